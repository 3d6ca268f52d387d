/** The coach's drills: the ids allowed in `warmup.drills`, in the coach's order. */
export const DRILL_IDS = ['highKnees', 'buttKicks', 'lateralWalk', 'walkBackwards'] as const;
export type DrillId = (typeof DRILL_IDS)[number];

/** What the timer needs to know about a drill of the library. */
export interface DrillFacts {
  /** One leg at a time: the runner is told to switch legs at half time. */
  readonly oneSided: boolean;
}

/**
 * The drill library. Adding a drill is one entry here, its texts in `host/texts.ts`
 * (the compiler asks for them) and its drawing in `media/illustrations/<id>.svg`.
 */
export const LIBRARY = {
  walk: { oneSided: false },
  highKnees: { oneSided: false },
  buttKicks: { oneSided: false },
  lateralWalk: { oneSided: false },
  walkBackwards: { oneSided: false },
  easeIn: { oneSided: false },
  easyJog: { oneSided: false },
  legSwingsFrontBack: { oneSided: true },
  legSwingsSide: { oneSided: true },
  lunges: { oneSided: true },
  hipCircles: { oneSided: true },
  aSkips: { oneSided: false },
  carioca: { oneSided: false },
  pogoHops: { oneSided: false },
  strides: { oneSided: false },
} as const satisfies Record<string, DrillFacts>;

/** Every kind of step a warm-up can contain. */
export type StepId = keyof typeof LIBRARY;

/** One planned step of a warm-up. */
export interface Step {
  readonly id: StepId;
  readonly durationMs: number;
}

export const STEP_IDS = Object.keys(LIBRARY) as readonly StepId[];

export function isDrillId(value: unknown): value is DrillId {
  return typeof value === 'string' && (DRILL_IDS as readonly string[]).includes(value);
}

export function isStepId(value: unknown): value is StepId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LIBRARY, value);
}

export function isOneSided(id: StepId): boolean {
  return LIBRARY[id].oneSided;
}
