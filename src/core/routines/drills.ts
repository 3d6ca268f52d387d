/**
 * The drill library: every kind of step a warm-up can contain, with the facts the timer and the views act on.
 *
 * Adding a drill (each step is asked for by the compiler or a test, so none can be forgotten):
 * 1. an entry in {@link LIBRARY} below, with its facts;
 * 2. its texts in `host/routines/drillTexts.ts` (the compiler asks: `Record<DrillId, …>`);
 * 3. its drawing in `media/illustrations/<id>.svg` (`test/unit/library.test.ts` asks);
 * 4. its id in the `drill` enum of `warmup.customRoutines` in `package.json` (`test/unit/manifest.test.ts` asks).
 * A drill the coach routine may use (`warmup.drills`) also goes into {@link COACH_DRILL_IDS}, with the manifest enum,
 * its `markdownEnumDescriptions` entry and a `drill.<id>` line in `package.nls.json` (the manifest test asks for each).
 * That does not add it to the default drills (`DEFAULT_SETTINGS.drills`). A drill that is one-sided, shows the
 * heart-rate ceiling or ends the routine makes `test/unit/library.test.ts` ask you to confirm that fact.
 */

/** What is said at half time of a drill: one leg then the other, or one direction then the other. */
export type HalfTime = 'switchLegs' | 'changeDirection';

/** A drill done as counted sets, each cued aloud (strides, the two sets of pogo hops). */
export interface DrillSets {
  /** How many sets share the step's time equally. */
  readonly count: number;
  /** The part of each set spent working; a rest cue ("ease off, walk back") follows it. None: no rest cue. */
  readonly workShare?: number;
}

/** What the timer and the views need to know about a drill. */
export interface DrillFacts {
  /** Said at half time: `switchLegs` on one-sided drills, `changeDirection` on lateral ones; none on the others. */
  readonly halfTime: HalfTime | undefined;
  /** Optional: the voice says so, and when to leave it out. */
  readonly optional: boolean;
  /** Counted sets, each announced. */
  readonly sets: DrillSets | undefined;
  /** Easy running: the panel shows the top of zone 2 as the heart-rate ceiling. */
  readonly showsHeartRateCeiling: boolean;
  /** The step that takes the runner into the run: nothing follows it, and a replan never adds steps after it. */
  readonly endsRoutine: boolean;
}

const drill = (facts: Partial<DrillFacts> = {}): DrillFacts => ({
  halfTime: undefined,
  optional: false,
  sets: undefined,
  showsHeartRateCeiling: false,
  endsRoutine: false,
  ...facts,
});

const oneSided = { halfTime: 'switchLegs' } as const;
const lateral = { halfTime: 'changeDirection' } as const;

export const LIBRARY = {
  walk: drill(),
  highKnees: drill(),
  highKneeMarch: drill(),
  buttKicks: drill(),
  buttKickMarch: drill(),
  lateralWalk: drill(lateral),
  walkBackwards: drill(),
  easeIn: drill({ showsHeartRateCeiling: true, endsRoutine: true }),
  easyJog: drill({ showsHeartRateCeiling: true }),
  legSwingsFrontBack: drill(oneSided),
  legSwingsSide: drill(oneSided),
  reverseLunges: drill(oneSided),
  walkingLunges: drill(),
  hipCircles: drill(oneSided),
  aSkips: drill(),
  carioca: drill(lateral),
  pogoHops: drill({ optional: true, sets: { count: 2 } }),
  strides: drill({ sets: { count: 4, workShare: 0.4 } }),
} as const satisfies Record<string, DrillFacts>;

/** Old drill ids still read from settings and stored warm-ups, and the drill each now means. */
export const DRILL_ALIASES: Readonly<Record<string, keyof typeof LIBRARY>> = {
  // v0.2's lunges were done in place, one leg then the other.
  lunges: 'reverseLunges',
};

/** Every kind of step a warm-up can contain: the ids of `warmup.customRoutines`. */
export type DrillId = keyof typeof LIBRARY;

export const DRILL_IDS = Object.keys(LIBRARY) as readonly DrillId[];

/** The coach's drills: the ids allowed in `warmup.drills`, in the coach's order. */
export const COACH_DRILL_IDS = ['highKnees', 'buttKicks', 'lateralWalk', 'walkBackwards'] as const satisfies readonly DrillId[];
export type CoachDrillId = (typeof COACH_DRILL_IDS)[number];

/** One planned step of a warm-up. */
export interface Step {
  readonly id: DrillId;
  readonly durationMs: number;
}

export function isCoachDrillId(value: unknown): value is CoachDrillId {
  return typeof value === 'string' && (COACH_DRILL_IDS as readonly string[]).includes(value);
}

export function isDrillId(value: unknown): value is DrillId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(LIBRARY, value);
}

/** The drill an id names, old ids included (see {@link DRILL_ALIASES}); undefined for anything else. */
export function drillOf(value: unknown): DrillId | undefined {
  if (isDrillId(value)) {
    return value;
  }
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(DRILL_ALIASES, value) ? DRILL_ALIASES[value] : undefined;
}

/** The facts of a drill. */
export function factsOf(id: DrillId): DrillFacts {
  return LIBRARY[id];
}

export function isOneSided(id: DrillId): boolean {
  return LIBRARY[id].halfTime === 'switchLegs';
}
