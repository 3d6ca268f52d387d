import { drillOf, Step } from './drills';

/** A routine the user wrote in `warmup.customRoutines`, after validation. */
export interface CustomRoutine {
  readonly name: string;
  readonly steps: readonly Step[];
}

export type RoutineProblemReason =
  | 'notAList'
  | 'tooManyRoutines'
  | 'notAnObject'
  | 'noName'
  | 'nameTooLong'
  | 'duplicateName'
  | 'noSteps'
  | 'tooManySteps'
  | 'badStep'
  | 'unknownDrill'
  | 'secondsOutOfRange';

/** Why one custom routine was left out. `routine` is its name, or `#n` (1-based) when it has none. */
export interface RoutineProblem {
  readonly routine: string;
  readonly reason: RoutineProblemReason;
  /** The offending value: a drill id, a number of seconds, a step number. */
  readonly detail?: string;
}

export const STEP_SECONDS = { min: 5, max: 1800 } as const;
/** The most steps one routine may have. */
export const MAX_STEPS = 60;
/** The most routines read; more are left out with one problem, so a huge setting cannot stall the extension host. */
export const MAX_ROUTINES = 50;
/** The longest routine name: enough to tell routines apart in the picker. */
export const MAX_NAME_LENGTH = 60;

/**
 * Validates `warmup.customRoutines`. A routine that breaks a rule is left out with one problem
 * naming it; the others are kept. `reserved` are names already taken (the presets' ids).
 */
export function parseCustomRoutines(raw: unknown, reserved: readonly string[] = []): { routines: CustomRoutine[]; problems: RoutineProblem[] } {
  const routines: CustomRoutine[] = [];
  const problems: RoutineProblem[] = [];
  if (raw === undefined || raw === null) {
    return { routines, problems };
  }
  if (!Array.isArray(raw)) {
    return { routines, problems: [{ routine: 'warmup.customRoutines', reason: 'notAList' }] };
  }
  if (raw.length > MAX_ROUTINES) {
    problems.push({ routine: 'warmup.customRoutines', reason: 'tooManyRoutines', detail: String(raw.length) });
  }
  const taken = new Set(reserved.map(fold));
  raw.slice(0, MAX_ROUTINES).forEach((entry: unknown, i) => {
    const result = parseOne(entry, `#${i + 1}`, taken);
    if ('problem' in result) {
      problems.push(result.problem);
    } else {
      taken.add(fold(result.routine.name));
      routines.push(result.routine);
    }
  });
  return { routines, problems };
}

function parseOne(entry: unknown, position: string, taken: Set<string>): { routine: CustomRoutine } | { problem: RoutineProblem } {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
    return { problem: { routine: position, reason: 'notAnObject' } };
  }
  const { name, steps } = entry as Record<string, unknown>;
  if (typeof name !== 'string' || name.trim() === '') {
    return { problem: { routine: position, reason: 'noName' } };
  }
  const routine = name.trim();
  if (routine.length > MAX_NAME_LENGTH) {
    return { problem: { routine: `${routine.slice(0, MAX_NAME_LENGTH)}…`, reason: 'nameTooLong', detail: String(routine.length) } };
  }
  if (taken.has(fold(routine))) {
    return { problem: { routine, reason: 'duplicateName' } };
  }
  if (!Array.isArray(steps) || steps.length === 0) {
    return { problem: { routine, reason: 'noSteps' } };
  }
  if (steps.length > MAX_STEPS) {
    return { problem: { routine, reason: 'tooManySteps', detail: String(steps.length) } };
  }
  const parsed: Step[] = [];
  for (const [i, step] of steps.entries()) {
    if (typeof step !== 'object' || step === null || Array.isArray(step)) {
      return { problem: { routine, reason: 'badStep', detail: String(i + 1) } };
    }
    const { drill: named, seconds } = step as Record<string, unknown>;
    // An old drill id (v0.2's `lunges`) still works, as the drill it now means, with no warning.
    const drill = drillOf(named);
    if (drill === undefined) {
      return { problem: { routine, reason: 'unknownDrill', detail: String(named) } };
    }
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < STEP_SECONDS.min || seconds > STEP_SECONDS.max) {
      return { problem: { routine, reason: 'secondsOutOfRange', detail: String(seconds) } };
    }
    parsed.push({ id: drill, durationMs: Math.round(seconds * 1000) });
  }
  return { routine: { name: routine, steps: parsed } };
}

/** Names compare without regard to case, so "Tempo" and "tempo" cannot both exist. */
function fold(name: string): string {
  return name.trim().toLowerCase();
}
