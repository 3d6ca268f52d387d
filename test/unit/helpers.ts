import { buildRoutine, totalDuration } from '../../src/core/routines/routine';
import { parseSettings } from '../../src/core/settings/warmupSettings';
import { Step } from '../../src/core/routines/drills';

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;

/** A realistic wall-clock start (some day in 2023), so no test relies on time starting at 0. */
export const T0 = 1_700_000_000_000;

/** A clock the test moves by hand. */
export class FakeClock {
  constructor(private time: number = T0) {}
  now(): number {
    return this.time;
  }
  tick(ms: number): number {
    this.time += ms;
    return this.time;
  }
}

/** Small deterministic pseudo-random generator (xorshift32), so irregular ticks are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x1_0000_0000;
  };
}

/** The default routine: walk 5 min, 4 drills of 30 s, ease-in 2 min (6 steps, 9 min). */
export function defaultRoutine(): readonly Step[] {
  return buildRoutine(parseSettings({}).settings);
}

/** A 15-minute routine: walk 5 min, 8 drills of 60 s, ease-in 2 min (10 steps). */
export function fifteenMinuteRoutine(): readonly Step[] {
  const { settings, problems } = parseSettings({
    walkMinutes: 5,
    drillSeconds: 60,
    drills: ['highKnees', 'buttKicks', 'lateralWalk', 'walkBackwards', 'highKnees', 'buttKicks', 'lateralWalk', 'walkBackwards'],
    easeInMinutes: 2,
  });
  if (problems.length > 0) {
    throw new Error('fifteenMinuteRoutine: settings unexpectedly rejected');
  }
  const steps = buildRoutine(settings);
  if (totalDuration(steps) !== 15 * MINUTE) {
    throw new Error('fifteenMinuteRoutine: not 15 minutes');
  }
  return steps;
}

/**
 * Where the wall clock says a warm-up started at `startedAt` should be at `now`, computed
 * only from the plan: the step whose planned end is the first one after `now`.
 */
export function expectedAt(steps: readonly Step[], startedAt: number, now: number): { index: number; remainingMs: number } | 'done' {
  let end = startedAt;
  for (let index = 0; index < steps.length; index += 1) {
    end += steps[index].durationMs;
    if (now < end) {
      return { index, remainingMs: end - now };
    }
  }
  return 'done';
}
