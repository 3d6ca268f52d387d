import { HeartRateSettings, HrSettingProblem, parseHeartRateSettings } from '../coaching/heartRate';
import { parseReminderDays, parseReminderTime, ReminderSettings } from '../reminders/reminderTime';
import { CustomRoutine, parseCustomRoutines, RoutineProblem } from '../routines/customRoutines';
import { PRESET_IDS } from '../routines/presets';
import { parseSettings, SettingProblem, WARMUP_SETTING_KEYS, WarmupSettings } from './warmupSettings';

/** Every setting the extension contributes, without the `warmup.` prefix: the keys of `package.json`. */
export const SETTING_KEYS = [
  ...WARMUP_SETTING_KEYS,
  'customRoutines',
  'heartRate.age',
  'heartRate.resting',
  'heartRate.max',
  'heartRate.method',
  'reminder.time',
  'reminder.days',
] as const;
export type AnySettingKey = (typeof SETTING_KEYS)[number];

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

/** Reads every setting through `get` (raw values, anything a user may type) and turns bad values into safe ones. */
export function parseAllSettings(get: (key: AnySettingKey) => unknown): { settings: Settings; problems: SettingsProblems } {
  const core = parseSettings(Object.fromEntries(WARMUP_SETTING_KEYS.map((key) => [key, get(key)])));
  const customs = parseCustomRoutines(get('customRoutines'), PRESET_IDS);
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
