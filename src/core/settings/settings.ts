import { HeartRateSettings, HrSettingProblem, parseHeartRateSettings } from '../coaching/heartRate';
import { parseReminderDays, parseReminderTime, ReminderSettings } from '../reminders/reminderTime';
import { CustomRoutine, parseCustomRoutines, RoutineProblem } from '../routines/customRoutines';
import { PRESET_IDS } from '../routines/presets';
import { parseSettings, SettingProblem, WARMUP_SETTING_KEYS, WarmupSettings } from './warmupSettings';

/** The heart-rate and reminder settings: the runner's own, like sound, voice and volume. */
const BODY_AND_DAY_KEYS = ['heartRate.age', 'heartRate.resting', 'heartRate.max', 'heartRate.method', 'reminder.time', 'reminder.days'] as const;

/** Every setting the extension contributes, without the `warmup.` prefix: the keys of `package.json`. */
export const SETTING_KEYS = [...WARMUP_SETTING_KEYS, 'customRoutines', ...BODY_AND_DAY_KEYS] as const;
export type AnySettingKey = (typeof SETTING_KEYS)[number];

/**
 * The runner's own settings (their body, their day, their ears): only user settings may set them, never a folder's
 * `.vscode/settings.json` (`"scope": "application"` in the manifest, so they also sync and follow every profile).
 */
export const PERSONAL_SETTING_KEYS = ['sound', 'voice', 'volume', 'askAfterRun', ...BODY_AND_DAY_KEYS] as const satisfies readonly AnySettingKey[];

/** The settings a folder may set (a team's routines); in Restricted Mode VS Code ignores a folder's values of these. */
export const FOLDER_SETTING_KEYS = SETTING_KEYS.filter((key) => !(PERSONAL_SETTING_KEYS as readonly string[]).includes(key));

/** Every `warmup.*` setting after validation. */
export interface Settings {
  readonly warmup: WarmupSettings;
  readonly customRoutines: readonly CustomRoutine[];
  readonly heartRate: HeartRateSettings;
  readonly reminder: ReminderSettings;
}

/** A reminder time or day list that could not be used as it is. */
export type ReminderProblem =
  | { readonly key: 'reminder.time'; readonly reason: 'notATime'; readonly given: unknown }
  | { readonly key: 'reminder.days'; readonly reason: 'notAList' }
  | { readonly key: 'reminder.days'; readonly reason: 'unknownDay'; readonly given: readonly unknown[] };

/** Every value that was replaced by a safe one, by group. */
export interface SettingsProblems {
  readonly warmup: readonly SettingProblem[];
  readonly customRoutines: readonly RoutineProblem[];
  readonly heartRate: readonly HrSettingProblem[];
  readonly reminder: readonly ReminderProblem[];
}

/** `warmup.customRoutines` as read: the valid routines and the problems of the others. */
export type ParsedRoutines = ReturnType<typeof parseCustomRoutines>;

/** Reads `warmup.customRoutines`: the costly part of the settings, worth keeping until that setting changes. */
export function parseRoutinesSetting(get: (key: AnySettingKey) => unknown): ParsedRoutines {
  return parseCustomRoutines(get('customRoutines'), PRESET_IDS);
}

/**
 * Reads every setting through `get` (raw values, anything a user may type) and turns bad values into safe ones.
 * `customs` is `warmup.customRoutines` already read, when it has not changed since.
 */
export function parseAllSettings(
  get: (key: AnySettingKey) => unknown,
  customs: ParsedRoutines = parseRoutinesSetting(get),
): { settings: Settings; problems: SettingsProblems } {
  const core = parseSettings(Object.fromEntries(WARMUP_SETTING_KEYS.map((key) => [key, get(key)])));
  const heartRate = parseHeartRateSettings({
    age: get('heartRate.age'),
    resting: get('heartRate.resting'),
    max: get('heartRate.max'),
    method: get('heartRate.method'),
  });
  const rawTime = get('reminder.time');
  const time = parseReminderTime(rawTime);
  const days = parseReminderDays(get('reminder.days'));
  const reminder: ReminderProblem[] = [];
  if (time.problem) {
    reminder.push({ key: 'reminder.time', reason: 'notATime', given: rawTime });
  }
  if (days.problem === 'notAList') {
    reminder.push({ key: 'reminder.days', reason: 'notAList' });
  } else if (days.problem === 'unknownDay') {
    reminder.push({ key: 'reminder.days', reason: 'unknownDay', given: days.dropped ?? [] });
  }
  return {
    settings: { warmup: core.settings, customRoutines: customs.routines, heartRate: heartRate.settings, reminder: { time: time.time, days: days.days } },
    problems: { warmup: core.problems, customRoutines: customs.problems, heartRate: heartRate.problems, reminder },
  };
}
