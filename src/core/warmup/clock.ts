/** A source of wall-clock time in milliseconds. Injected so that tests can control time. */
export interface Clock {
  now(): number;
}

/** The real wall clock. */
export const systemClock: Clock = { now: () => Date.now() };

/** Starts one-shot timers; the reminder and the warm-up clock take it injected, so tests can move time by hand. */
export interface TimerSource {
  /** Calls `callback` once, after about `ms`; disposing the result first cancels it. */
  after(ms: number, callback: () => void): { dispose(): unknown };
}
