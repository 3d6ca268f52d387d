/**
 * The drawing's movement, a few poses a second. A CSS animation inside an `<img>` SVG is serviced on every frame even
 * when it changes only a few times a second, so the drawings hold still by themselves and the page picks their pose
 * instead: each illustration answers `#p0` … `#p7` (an `:target` rule) with one of eight poses. Between two poses the
 * page does no work; it holds still while the step is paused or the panel hidden, and under reduced motion.
 */
const POSE_COUNT = 8;
const POSE_MS = 300;

export class Poses {
  private drawing = '';
  private pose = 0;
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
      this.pose = 0;
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
    this.pose = (this.pose + 1) % POSE_COUNT;
    this.image.setAttribute('src', `${this.drawing}#p${this.pose}`);
  }
}
