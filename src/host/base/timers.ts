import type { TimerSource } from '../../core/warmup/clock';
import { IDisposable } from './dispose';

export type { TimerSource };

/** Real one-shot timers whose outstanding count can be read, so tests can prove none is left behind. */
export class Timers implements TimerSource, IDisposable {
  private readonly handles = new Set<ReturnType<typeof setTimeout>>();

  after(ms: number, callback: () => void): IDisposable {
    const handle = setTimeout(() => {
      this.handles.delete(handle);
      callback();
    }, ms);
    this.handles.add(handle);
    return {
      dispose: () => {
        clearTimeout(handle);
        this.handles.delete(handle);
      },
    };
  }

  get pending(): number {
    return this.handles.size;
  }

  dispose(): void {
    this.handles.forEach((handle) => clearTimeout(handle));
    this.handles.clear();
  }
}

/** Waits for `work` to settle, or `ms` at most, whichever comes first; never rejects, and leaves no timer behind. */
export function settledWithin(work: Promise<unknown>, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const handle = setTimeout(resolve, ms);
    const done = () => {
      clearTimeout(handle);
      resolve();
    };
    work.then(done, done);
  });
}
