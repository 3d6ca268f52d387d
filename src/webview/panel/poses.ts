/**
 * The drawing's movement, a few poses a second. A CSS animation inside an `<img>` SVG is serviced on every frame even
 * when it changes only a few times a second, so the drawings hold still by themselves and the page picks their pose
 * instead: each illustration answers `#p0` … `#p7` (an `:target` rule) with one of its poses.
 *
 * Every change on screen costs a whole frame, however small (in a software-composited browser a 4-px square changing
 * three times a second costs as much as a new pose). So the poses keep time with the clock: one comes with each
 * second's new state, in the same frame as the clock's new digits, and the others fall evenly between two seconds.
 * The page holds still while the step is paused or the panel hidden, and under reduced motion.
 */
const POSES_PER_SECOND = 3;
const SECOND_MS = 1000;
/**
 * The pose shown in each slot. The drawings swing through four steps and back (`steps(4,jump-none)`, alternating),
 * so slot 4 repeats slot 3 and slot 7 repeats slot 0: those slots keep the picture and cost nothing.
 */
const SLOTS = [0, 1, 2, 3, 3, 5, 6, 0];

export class Poses {
  private drawing = '';
  private slot = 0;
  private moving = false;
  private between: ReturnType<typeof setTimeout>[] = [];
  private readonly reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  constructor(private readonly image: HTMLImageElement) {
    this.reducedMotion.addEventListener('change', () => this.show(this.drawing, this.moving));
  }

  /**
   * Shows `drawing` (an illustration's URI). While `moving`, each call (a running step's state comes once a second)
   * steps to the next pose and schedules the poses until the next second.
   */
  show(drawing: string, moving: boolean): void {
    this.between.forEach(clearTimeout);
    this.between = [];
    this.moving = moving;
    const run = moving && !this.reducedMotion.matches;
    if (drawing !== this.drawing) {
      this.drawing = drawing;
      this.slot = 0;
      this.image.setAttribute('src', drawing);
    } else if (run) {
      this.next();
    }
    for (let k = 1; run && k < POSES_PER_SECOND; k += 1) {
      this.between.push(setTimeout(() => this.next(), (k * SECOND_MS) / POSES_PER_SECOND));
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
