import * as vscode from 'vscode';
import { HrSettingProblem } from '../../core/coaching/heartRate';
import { MAX_NAME_LENGTH, MAX_ROUTINES, RoutineProblem, STEP_SECONDS } from '../../core/routines/customRoutines';
import { isRoutineMissing } from '../../core/routines/routines';
import { ReminderProblem, Settings, SettingsProblems } from '../../core/settings/settings';
import { LIMITS, SettingProblem } from '../../core/settings/warmupSettings';
import { plainText, plainValue } from '../base/untrusted';

/** One sentence naming the setting, what was wrong and the value used instead. */
export function describeSettingProblem(problem: SettingProblem | HrSettingProblem): string {
  const setting = `warmup.${problem.key}`;
  const given = show(problem.given);
  const used = problem.used === undefined ? vscode.l10n.t('no value') : show(problem.used);
  switch (problem.reason) {
    case 'notANumber':
      return vscode.l10n.t('Setting {0}: {1} is not a number, so the warm-up uses {2}.', setting, given, used);
    case 'notAnInteger':
      return vscode.l10n.t('Setting {0}: {1} is not a whole number, so the warm-up uses {2}.', setting, given, used);
    case 'tooSmall':
      return vscode.l10n.t('Setting {0}: {1} is below the minimum, so the warm-up uses {2}.', setting, given, used);
    case 'tooLarge':
      return vscode.l10n.t('Setting {0}: {1} is above the maximum, so the warm-up uses {2}.', setting, given, used);
    case 'notABoolean':
      return vscode.l10n.t('Setting {0}: {1} is not true or false, so the warm-up uses {2}.', setting, given, used);
    case 'notAList':
      return vscode.l10n.t('Setting {0}: {1} is not a list of drills, so the warm-up uses {2}.', setting, given, used);
    case 'unknownDrill':
      return vscode.l10n.t('Setting {0}: {1} contains unknown drills, so the warm-up uses {2}.', setting, given, used);
    case 'tooManyDrills':
      return vscode.l10n.t('Setting {0}: more than {1} drills, so the warm-up uses the first {1}.', setting, LIMITS.maxDrills);
    case 'notAString':
      return vscode.l10n.t('Setting {0}: {1} is not a name, so the warm-up uses {2}.', setting, given, used);
    case 'unknownMethod':
      return vscode.l10n.t('Setting {0}: {1} is not a known method, so the zones use {2}.', setting, given, used);
  }
}

/** One message naming the custom routine (or the whole list) and what is wrong with it. */
export function describeRoutineProblem(problem: RoutineProblem): string {
  const reason = routineReason(problem.reason, plainText(problem.detail ?? '', 40));
  if (problem.reason === 'notAList' || problem.reason === 'tooManyRoutines') {
    return vscode.l10n.t('Setting warmup.customRoutines: {0}.', reason);
  }
  return vscode.l10n.t('Custom routine "{0}" in warmup.customRoutines is left out: {1}. The coach routine is used in its place.', plainText(problem.routine, 60), reason);
}

function routineReason(reason: RoutineProblem['reason'], detail: string): string {
  switch (reason) {
    case 'notAList':
      return vscode.l10n.t('the setting must be a list of routines');
    case 'tooManyRoutines':
      return vscode.l10n.t('it holds {0} routines; only the first {1} are read', detail, MAX_ROUTINES);
    case 'notAnObject':
      return vscode.l10n.t('it must be an object with a name and steps');
    case 'noName':
      return vscode.l10n.t('it has no name');
    case 'nameTooLong':
      return vscode.l10n.t('its name has {0} characters, more than {1}', detail, MAX_NAME_LENGTH);
    case 'duplicateName':
      return vscode.l10n.t('another routine already has this name');
    case 'noSteps':
      return vscode.l10n.t('it has no steps');
    case 'tooManySteps':
      return vscode.l10n.t('it has {0} steps, more than allowed', detail);
    case 'badStep':
      return vscode.l10n.t('step {0} must be an object with a drill and seconds', detail);
    case 'unknownDrill':
      return vscode.l10n.t('"{0}" is not a known drill', detail);
    case 'secondsOutOfRange':
      return vscode.l10n.t('{0} seconds is outside {1} to {2}', detail, STEP_SECONDS.min, STEP_SECONDS.max);
  }
}

function unknownRoutineMessage(name: string): string {
  return vscode.l10n.t('Setting warmup.routine: "{0}" is not a preset or a valid custom routine, so the warm-up uses the coach routine.', plainText(name, 60));
}

/** The message for a reminder time or day list that could not be used. */
export function describeReminderProblem(problem: ReminderProblem): string {
  switch (problem.reason) {
    case 'notATime':
      return vscode.l10n.t('Setting warmup.reminder.time: {0} is not a time like "12:15", so no reminder is set.', show(problem.given));
    case 'notAList':
      return vscode.l10n.t('Setting warmup.reminder.days must be a list of weekdays, so Monday to Friday is used.');
    case 'unknownDay':
      return vscode.l10n.t('Setting warmup.reminder.days: {0} is not a weekday and is ignored.', show(problem.given));
  }
}

/** Every warning the settings call for, and those about the reminder alone (reported at start-up). */
export function settingsMessages(settings: Settings, problems: SettingsProblems): { all: string[]; reminder: string[] } {
  const reminder = problems.reminder.map(describeReminderProblem);
  const all = [
    ...problems.warmup.map(describeSettingProblem),
    ...problems.customRoutines.map(describeRoutineProblem),
    ...problems.heartRate.map(describeSettingProblem),
    ...reminder,
    ...(isRoutineMissing(settings) ? [unknownRoutineMessage(settings.warmup.routine)] : []),
  ];
  return { all, reminder };
}

/** The one notification for new problems: the problem itself, or the first and how many more are in the log. */
export function warningFor(fresh: readonly string[]): { message: string; details: boolean } | undefined {
  if (fresh.length <= 1) {
    return fresh.length === 1 ? { message: fresh[0], details: false } : undefined;
  }
  return { message: summaryMessage(fresh[0], fresh.length - 1), details: true };
}

/** The log lines for new problems: each of the first `max`, then one line for the rest. */
export function logLines(fresh: readonly string[], max: number): string[] {
  return fresh.length > max ? [...fresh.slice(0, max), moreInLogMessage(fresh.length - max)] : [...fresh];
}

/** One notification for several problems: the first, and how many more the log holds. */
export function summaryMessage(first: string, more: number): string {
  return more === 1
    ? vscode.l10n.t('{0} One more problem with the warm-up settings is in the Warm-Up output.', first)
    : vscode.l10n.t('{0} {1} more problems with the warm-up settings are in the Warm-Up output.', first, more);
}

/** The log line that stands for problems not logged one by one. */
export function moreInLogMessage(more: number): string {
  return vscode.l10n.t('…and {0} more problems with the warm-up settings.', more);
}

/** The button that opens the Warm-Up output. */
export function showDetailsLabel(): string {
  return vscode.l10n.t('Show Details');
}

/** A configured value as the warning shows it: JSON, inert, short. */
function show(value: unknown): string {
  return plainValue(value);
}
