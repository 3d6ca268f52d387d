import * as vscode from 'vscode';
import { Clock } from '../../core/warmup/clock';
import { COMMANDS } from '../base/commandIds';
import { TimerSource } from '../base/timers';
import { SettingsReader } from '../settings/settingsReader';
import { ReminderScheduler } from './reminders';

export interface RemindersDeps {
  readonly settings: SettingsReader;
  readonly clock: Clock;
  readonly timers: TimerSource;
}

/** The daily reminder as the API reads it. */
export interface RemindersFeature extends vscode.Disposable {
  /** When the reminder shows next (a pending snooze included), as wall-clock ms; undefined when it is off. */
  nextDueAt(): number | undefined;
}

/** The daily warm-up reminder; its **Start Warm-Up** button runs the command, which composes the warm-up on first use. */
export function registerReminders({ settings, clock, timers }: RemindersDeps): RemindersFeature {
  const reminders = new ReminderScheduler(clock, timers, () => settings.read('reminder'), settings.onDidChange, () => {
    void vscode.commands.executeCommand(COMMANDS.start);
  });
  return { nextDueAt: () => reminders.nextDueAt(), dispose: () => reminders.dispose() };
}
