import { checkNumber, Range } from '../settings/numbers';
/** How training zones are derived: from heart-rate reserve (Karvonen) or from a share of max heart rate. */
export const HR_METHODS = ['karvonen', 'percentMax'] as const;
export type HrMethod = (typeof HR_METHODS)[number];

/** The heart-rate details after validation. An absent value means "not set". */
export interface HeartRateSettings {
  readonly age?: number;
  /** Resting heart rate, bpm. */
  readonly resting?: number;
  /** A measured max heart rate, bpm; it overrides the age-based estimate. */
  readonly max?: number;
  readonly method: HrMethod;
}

export type HrSettingKey = 'heartRate.age' | 'heartRate.resting' | 'heartRate.max' | 'heartRate.method';

/** A configured heart-rate value that was dropped, clamped or replaced. */
export interface HrSettingProblem {
  readonly key: HrSettingKey;
  readonly reason: 'notANumber' | 'notAnInteger' | 'tooSmall' | 'tooLarge' | 'unknownMethod';
  /** The value found in the configuration. */
  readonly given: unknown;
  /** The value used instead; undefined means the setting is treated as not set. */
  readonly used: unknown;
}

/** Allowed ranges (whole numbers); `test/unit/manifest.test.ts` checks that the manifest's schema says the same. */
export const HR_LIMITS = {
  age: { min: 10, max: 100 },
  resting: { min: 30, max: 120 },
  max: { min: 100, max: 230 },
} as const;

export const DEFAULT_HR_METHOD: HrMethod = 'karvonen';

/** One training zone in bpm, as the half-open interval [low, high), unrounded. */
export interface Zone {
  readonly zone: 1 | 2 | 3 | 4 | 5;
  readonly low: number;
  readonly high: number;
}

/** The five zones and how they were computed, so the UI can always say which method and which max it used. */
export interface ZonesResult {
  /** The method actually used. */
  readonly method: HrMethod;
  /** The method the user asked for. */
  readonly requested: HrMethod;
  /** True when Karvonen was asked for but no usable resting heart rate is known, so %max was used. */
  readonly fellBack: boolean;
  readonly maxHr: number;
  readonly maxSource: 'measured' | 'tanaka';
  /** The resting heart rate used; only set when the Karvonen method was used. */
  readonly resting?: number;
  readonly zones: readonly Zone[];
}

/** Zone boundaries as fractions: Z1 50–60 %, Z2 60–70 %, Z3 70–80 %, Z4 80–90 %, Z5 90–100 %. */
export const ZONE_BOUNDS = [0.5, 0.6, 0.7, 0.8, 0.9, 1] as const;

/** Estimated max heart rate by the Tanaka formula: 208 − 0.7 × age. */
export function tanakaMax(age: number): number {
  return 208 - 0.7 * age;
}

/**
 * Turns raw configuration values into heart-rate settings. Null and undefined mean "not set". A value of the wrong
 * type is dropped (not set); an out-of-range number is clamped; a fraction is rounded. A resting heart rate at or
 * above the max (measured, or estimated from age) is dropped. An unknown method falls back to Karvonen.
 */
export function parseHeartRateSettings(raw: { age?: unknown; resting?: unknown; max?: unknown; method?: unknown }): {
  settings: HeartRateSettings;
  problems: HrSettingProblem[];
} {
  const problems: HrSettingProblem[] = [];
  const age = parseWholeNumber('heartRate.age', raw.age, HR_LIMITS.age, problems);
  let resting = parseWholeNumber('heartRate.resting', raw.resting, HR_LIMITS.resting, problems);
  const max = parseWholeNumber('heartRate.max', raw.max, HR_LIMITS.max, problems);
  const method = parseMethod(raw.method, problems);

  const effectiveMax = max ?? (age === undefined ? undefined : tanakaMax(age));
  if (resting !== undefined && effectiveMax !== undefined && resting >= effectiveMax) {
    // One problem per key: this replaces any earlier clamping report for the resting value.
    const earlier = problems.findIndex((p) => p.key === 'heartRate.resting');
    if (earlier >= 0) {
      problems.splice(earlier, 1);
    }
    problems.push({ key: 'heartRate.resting', reason: 'tooLarge', given: raw.resting, used: undefined });
    resting = undefined;
  }

  const settings: HeartRateSettings = {
    ...(age === undefined ? {} : { age }),
    ...(resting === undefined ? {} : { resting }),
    ...(max === undefined ? {} : { max }),
    method,
  };
  return { settings, problems };
}

function parseWholeNumber(key: HrSettingKey, value: unknown, range: Range, problems: HrSettingProblem[]): number | undefined {
  const checked = checkNumber(value, range, true, undefined);
  if (checked.problem) {
    problems.push({ key, reason: checked.problem, given: value, used: checked.value });
  }
  return checked.value;
}

function parseMethod(value: unknown, problems: HrSettingProblem[]): HrMethod {
  if (value === undefined || value === null) {
    return DEFAULT_HR_METHOD;
  }
  if ((HR_METHODS as readonly unknown[]).includes(value)) {
    return value as HrMethod;
  }
  problems.push({ key: 'heartRate.method', reason: 'unknownMethod', given: value, used: DEFAULT_HR_METHOD });
  return DEFAULT_HR_METHOD;
}

/**
 * Computes the five zones, or undefined when neither a measured max nor an age is known. A measured max overrides
 * the Tanaka estimate. Karvonen needs a resting heart rate below the max; without one, %max is used and `fellBack`
 * says so.
 */
export function computeZones(s: HeartRateSettings): ZonesResult | undefined {
  const maxSource = s.max !== undefined ? 'measured' : s.age !== undefined ? 'tanaka' : undefined;
  if (maxSource === undefined) {
    return undefined;
  }
  const maxHr = s.max ?? tanakaMax(s.age ?? 0);
  const resting = s.resting !== undefined && s.resting < maxHr ? s.resting : undefined;
  const karvonen = s.method === 'karvonen' && resting !== undefined;
  const base = karvonen ? resting : 0;
  const span = maxHr - base;
  // Each boundary is computed once, so a zone's high is exactly the next zone's low.
  const bounds = ZONE_BOUNDS.map((p) => base + p * span);
  const zones: Zone[] = ([1, 2, 3, 4, 5] as const).map((zone) => ({ zone, low: bounds[zone - 1], high: bounds[zone] }));
  return {
    method: karvonen ? 'karvonen' : 'percentMax',
    requested: s.method,
    fellBack: s.method === 'karvonen' && !karvonen,
    maxHr,
    maxSource,
    ...(karvonen ? { resting } : {}),
    zones,
  };
}

/**
 * Formats adjacent zones for display in whole bpm without a shared endpoint (`135–146`, `147–159`): each zone's top
 * is rounded, and a zone starts one above the top shown for the zone below it.
 */
export function formatBpmRanges(zones: readonly Zone[]): string[] {
  let shownTop: number | undefined;
  return zones.map((zone) => {
    const low = shownTop === undefined ? Math.round(zone.low) : Math.max(Math.round(zone.low), shownTop + 1);
    shownTop = Math.max(low, Math.round(zone.high));
    return `${low}–${shownTop}`;
  });
}
