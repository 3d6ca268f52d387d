/**
 * The drawing's movement, a few poses a second. A CSS animation inside an `<img>` SVG is serviced on every frame even
 * when it changes only a few times a second, so the drawings hold still by themselves and the page picks their pose
 * instead: each illustration answers `#p0` … `#p7` (an `:target` rule) with one of its poses. Between two poses the
 * page does no work; it holds still while the step is paused or the panel hidden, and under reduced motion.
 */
const POSE_MS = 300;
/**
 * The pose shown in each 300 ms slot. The drawings swing through four steps and back (`steps(4,jump-none)`,
 * alternating), so slot 4 repeats slot 3 and slot 7 repeats slot 0: those slots keep the picture and cost nothing.
 */
const SLOTS = [0, 1, 2, 3, 3, 5, 6, 0];

export class Poses {
  private drawing = '';
  private slot = 0;
  private moving = false;
  private timer: ReturnType<typeof setInterval> | undefined;
  private readonly reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  constructor(private readonly image: HTMLImageElement) {
    this.reducedMotion.addEventListener('change', () => this.show(this.drawing, this.moving));
  }

  /** Shows `drawing` (an illustration's URI), moving through its poses when `moving`. */
  show(drawing: string, moving: boolean): void {
    if (drawing !== this.drawing) {
      this.drawing = drawing;
      this.slot = 0;
      this.image.setAttribute('src', drawing);
    }
    this.moving = moving;
    const run = moving && !this.reducedMotion.matches;
    if (run && this.timer === undefined) {
      this.timer = setInterval(() => this.next(), POSE_MS);
    } else if (!run && this.timer !== undefined) {
      clearInterval(this.timer);
      this.timer = undefined;
    }
  }

  private next(): void {
    const before = SLOTS[this.slot];
    this.slot = (this.slot + 1) % SLOTS.length;
    if (SLOTS[this.slot] !== before) {
      this.image.setAttribute('src', `${this.drawing}#p${SLOTS[this.slot]}`);
    }
  }
}
