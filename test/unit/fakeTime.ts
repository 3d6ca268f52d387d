import type { Clock, TimerSource } from '../../src/core/warmup/clock';

/** A clock and timers moved by hand. `advance` lets time pass with the machine awake; `sleep` with it asleep. */
export class ManualTime implements Clock, TimerSource {
  private readonly timers = new Set<{ at: number; callback: () => void }>();
  /** Every wait asked for, in ms. */
  readonly waits: number[] = [];
  constructor(private time: number) {}

  now(): number {
    return this.time;
  }

  after(ms: number, callback: () => void): { dispose(): void } {
    const timer = { at: this.time + ms, callback };
    this.waits.push(ms);
    this.timers.add(timer);
    return { dispose: () => this.timers.delete(timer) };
  }

  get pending(): number {
    return this.timers.size;
  }

  /** Moves the clock by `ms`, firing each timer when its time comes (and any already overdue first). */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const next = [...this.timers].sort((a, b) => a.at - b.at)[0];
      if (!next || next.at > end) {
        break;
      }
      this.time = Math.max(this.time, next.at);
      this.timers.delete(next);
      next.callback();
    }
    this.time = end;
  }

  /** The machine sleeps: the wall clock moves on, timers do not fire and wait their remaining time after waking. */
  sleep(ms: number): void {
    this.time += ms;
    for (const timer of this.timers) {
      timer.at += ms;
    }
  }
}

/** Real timers (`setTimeout`) that count the ones still pending, so a test can prove one is held and none leaks. */
export class CountedTimers implements TimerSource {
  private readonly cancels = new Set<() => void>();

  after(ms: number, callback: () => void): { dispose(): void } {
    const cancel = () => {
      clearTimeout(handle);
      this.cancels.delete(cancel);
    };
    const handle = setTimeout(() => {
      cancel();
      callback();
    }, ms);
    this.cancels.add(cancel);
    return { dispose: cancel };
  }

  get pending(): number {
    return this.cancels.size;
  }

  dispose(): void {
    this.cancels.forEach((cancel) => cancel());
  }
}

/** Waits `ms` of real time; `wait(0)` lets pending promise callbacks run. */
export function wait(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `check` until it holds, or fails naming `what` after `timeoutMs` (inside the unit tier's 5 s). */
export async function until(what: string, check: () => boolean, timeoutMs = 3_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !check(); await wait(20)) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
  }
}
