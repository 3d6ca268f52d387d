/** A source of wall-clock time in milliseconds. Injected so that tests can control time. */
export interface Clock {
  now(): number;
}

/** The real wall clock. */
export const systemClock: Clock = { now: () => Date.now() };
