import * as vscode from 'vscode';
import { HrSettingProblem } from '../../core/coaching/heartRate';
import { RoutineProblem, STEP_SECONDS } from '../../core/routines/customRoutines';
import { isRoutineMissing } from '../../core/routines/routines';
import { ReminderProblem, Settings, SettingsProblems } from '../../core/settings/settings';
import { LIMITS, SettingProblem } from '../../core/settings/warmupSettings';

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

/** One message naming the custom routine and what is wrong with it. */
export function describeRoutineProblem(problem: RoutineProblem): string {
  const name = problem.routine;
  const detail = problem.detail ?? '';
  const reason = (() => {
    switch (problem.reason) {
      case 'notAList':
        return vscode.l10n.t('the setting must be a list of routines');
      case 'notAnObject':
        return vscode.l10n.t('it must be an object with a name and steps');
      case 'noName':
        return vscode.l10n.t('it has no name');
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
  })();
  return vscode.l10n.t('Custom routine "{0}" in warmup.customRoutines is left out: {1}. The coach routine is used in its place.', name, reason);
}

function unknownRoutineMessage(name: string): string {
  return vscode.l10n.t('Setting warmup.routine: "{0}" is not a preset or a valid custom routine, so the warm-up uses the coach routine.', name);
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

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}
