/** The drills a runner can choose in `warmup.drills`, in the coach's order. */
export const DRILL_IDS = ['highKnees', 'buttKicks', 'lateralWalk', 'walkBackwards'] as const;
export type DrillId = (typeof DRILL_IDS)[number];

/** Every kind of step a warm-up can contain. */
export type StepId = 'walk' | DrillId | 'easeIn';

/** One planned step of a warm-up. */
export interface Step {
  readonly id: StepId;
  readonly durationMs: number;
}

export function isDrillId(value: unknown): value is DrillId {
  return typeof value === 'string' && (DRILL_IDS as readonly string[]).includes(value);
}

export const STEP_IDS: readonly StepId[] = ['walk', ...DRILL_IDS, 'easeIn'];

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && (STEP_IDS as readonly string[]).includes(value);
}
