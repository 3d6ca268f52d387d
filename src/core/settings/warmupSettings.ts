import { checkNumber, Range } from './numbers';
import { CoachDrillId, isCoachDrillId } from '../routines/drills';

/** The warm-up settings after validation: every value is safe to use. */
export interface WarmupSettings {
  readonly walkMinutes: number;
  readonly drillSeconds: number;
  readonly drills: readonly CoachDrillId[];
  readonly easeInMinutes: number;
  readonly sound: boolean;
  readonly voice: boolean;
  /** Loudness of beeps and voice, 0–100. */
  readonly volume: number;
  /** Which routine Start Warm-Up runs: a preset id or a custom routine's name (checked by the caller). */
  readonly routine: string;
  /** Ask how the first minutes of the run felt, when VS Code is back in focus after the run. */
  readonly askAfterRun: boolean;
}

export type SettingKey = keyof WarmupSettings;

/** Why a configured value was not used. */
export type ProblemReason = 'notANumber' | 'notAnInteger' | 'tooSmall' | 'tooLarge' | 'notABoolean' | 'notAList' | 'unknownDrill' | 'tooManyDrills' | 'notAString';

/** A configured value that was replaced by a safe one. */
export interface SettingProblem {
  readonly key: SettingKey;
  readonly reason: ProblemReason;
  /** The value found in the configuration. */
  readonly given: unknown;
  /** The value used instead. */
  readonly used: unknown;
}

export const DEFAULT_SETTINGS: WarmupSettings = {
  walkMinutes: 5,
  drillSeconds: 30,
  // Not COACH_DRILL_IDS: a drill the coach may use is not thereby added to everyone's warm-up.
  drills: ['highKnees', 'buttKicks', 'lateralWalk', 'walkBackwards'],
  easeInMinutes: 2,
  sound: true,
  voice: true,
  volume: 80,
  routine: 'coach',
  askAfterRun: true,
};

/** The keys of the warm-up settings, in the order of {@link DEFAULT_SETTINGS}. */
export const WARMUP_SETTING_KEYS = Object.keys(DEFAULT_SETTINGS) as readonly SettingKey[];

/** Allowed ranges; `test/unit/manifest.test.ts` checks that the manifest's schema says the same. */
export const LIMITS = {
  walkMinutes: { min: 1, max: 30 },
  drillSeconds: { min: 10, max: 180 },
  easeInMinutes: { min: 0, max: 10 },
  volume: { min: 0, max: 100 },
  maxDrills: 20,
} as const;

export interface ParsedSettings {
  readonly settings: WarmupSettings;
  readonly problems: readonly SettingProblem[];
}

/** Turns raw configuration values (anything a user may type into settings.json) into safe settings. */
export function parseSettings(raw: Partial<Record<SettingKey, unknown>>): ParsedSettings {
  const problems: SettingProblem[] = [];
  const settings: WarmupSettings = {
    walkMinutes: parseNumber('walkMinutes', raw.walkMinutes, LIMITS.walkMinutes, false, problems),
    drillSeconds: parseNumber('drillSeconds', raw.drillSeconds, LIMITS.drillSeconds, true, problems),
    drills: parseDrills(raw.drills, problems),
    easeInMinutes: parseNumber('easeInMinutes', raw.easeInMinutes, LIMITS.easeInMinutes, false, problems),
    sound: parseBoolean('sound', raw.sound, problems),
    voice: parseBoolean('voice', raw.voice, problems),
    volume: parseNumber('volume', raw.volume, LIMITS.volume, true, problems),
    routine: parseName(raw.routine, problems),
    askAfterRun: parseBoolean('askAfterRun', raw.askAfterRun, problems),
  };
  return { settings, problems };
}

type NumberKey = 'walkMinutes' | 'drillSeconds' | 'easeInMinutes' | 'volume';

function parseNumber(key: NumberKey, value: unknown, range: Range, integer: boolean, problems: SettingProblem[]): number {
  const checked = checkNumber(value, range, integer, DEFAULT_SETTINGS[key]);
  if (checked.problem) {
    problems.push({ key, reason: checked.problem, given: value, used: checked.value });
  }
  return checked.value;
}

function parseBoolean(key: 'sound' | 'voice' | 'askAfterRun', value: unknown, problems: SettingProblem[]): boolean {
  if (value === undefined || value === null) {
    return DEFAULT_SETTINGS[key];
  }
  if (typeof value !== 'boolean') {
    problems.push({ key, reason: 'notABoolean', given: value, used: DEFAULT_SETTINGS[key] });
    return DEFAULT_SETTINGS[key];
  }
  return value;
}

function parseName(value: unknown, problems: SettingProblem[]): string {
  if (value === undefined || value === null || value === '') {
    return DEFAULT_SETTINGS.routine;
  }
  if (typeof value !== 'string') {
    problems.push({ key: 'routine', reason: 'notAString', given: value, used: DEFAULT_SETTINGS.routine });
    return DEFAULT_SETTINGS.routine;
  }
  return value.trim();
}

function parseDrills(value: unknown, problems: SettingProblem[]): readonly CoachDrillId[] {
  if (value === undefined || value === null) {
    return DEFAULT_SETTINGS.drills;
  }
  if (!Array.isArray(value)) {
    problems.push({ key: 'drills', reason: 'notAList', given: value, used: DEFAULT_SETTINGS.drills });
    return DEFAULT_SETTINGS.drills;
  }
  const known = value.filter(isCoachDrillId);
  const kept = known.slice(0, LIMITS.maxDrills);
  if (known.length !== value.length) {
    problems.push({ key: 'drills', reason: 'unknownDrill', given: value, used: kept });
  } else if (known.length > kept.length) {
    problems.push({ key: 'drills', reason: 'tooManyDrills', given: value, used: kept });
  }
  return kept;
}
