import * as vscode from 'vscode';
import { DailyReminder, ReminderAnswer } from '../../core/reminders/dailyReminder';
import { Clock, TimerSource } from '../../core/warmup/clock';
import { COMMANDS } from '../base/commandIds';
import { DisposableStore } from '../base/dispose';
import { SettingsReader } from '../settings/settingsReader';
import { Claims } from '../windows/claims';
import { fieldOf, SharedFolder } from '../windows/sharedFolder';

export interface RemindersDeps {
  readonly settings: SettingsReader;
  readonly clock: Clock;
  readonly timers: TimerSource;
  /** The folder this machine's windows share: one of them shows each reminder, and a snooze holds for all. */
  readonly folder: SharedFolder;
  readonly claims: Claims;
}

const SNOOZE_FILE = 'reminder.json';

/** The daily reminder as the API reads it. */
export interface RemindersFeature extends vscode.Disposable {
  /** When the reminder shows next (a pending snooze included), as wall-clock ms; undefined when it is off. */
  nextDueAt(): number | undefined;
}

/** Shows a message with buttons and resolves with the clicked one's title: the shape of `showInformationMessage`. */
export type ShowMessage = (message: string, ...actions: string[]) => Thenable<string | undefined>;

const showInformation: ShowMessage = (message, ...actions) => vscode.window.showInformationMessage(message, ...actions);

/**
 * The reminder's notification, in the user's language, answering with the button clicked. Tests pass their own `show`,
 * since a real notification cannot be clicked from inside the extension host.
 */
export function reminderPrompt(show = showInformation): () => Thenable<ReminderAnswer> {
  return () => {
    const start = vscode.l10n.t('Start Warm-Up');
    const snooze = vscode.l10n.t('Snooze 10 min');
    return show(vscode.l10n.t('Time for your warm-up before the run.'), start, snooze).then((title) => {
      return title === start ? 'start' : title === snooze ? 'snooze' : undefined;
    });
  };
}

/**
 * The daily warm-up reminder; its **Start Warm-Up** button runs the command, which composes the warm-up on first use.
 * Every open window wakes for it, and exactly one shows it; **Snooze 10 min** there holds for all of them.
 */
export function registerReminders({ settings, clock, timers, folder, claims }: RemindersDeps): RemindersFeature {
  const store = new DisposableStore();
  const reminder = store.add(
    new DailyReminder({
      clock,
      timers,
      reminder: settings.read('reminder').reminder,
      prompt: reminderPrompt(),
      startWarmUp: () => void vscode.commands.executeCommand(COMMANDS.start),
      claim: (dueAt) => claims.claim('reminder', String(dueAt)),
      shareSnooze: (until) => void Promise.resolve(folder.write(SNOOZE_FILE, { snoozedUntil: until })).catch(() => undefined),
    }),
  );
  const readSnooze = async () => {
    const until = fieldOf(await folder.read(SNOOZE_FILE), 'snoozedUntil');
    if (typeof until === 'number' && Number.isFinite(until)) {
      reminder.snoozedElsewhere(until);
    }
  };
  store.add(settings.onDidChange((changed) => reminder.configure(changed.reminder)));
  store.add(folder.onDidChange((path) => path === SNOOZE_FILE && void readSnooze()));
  void readSnooze();
  return { nextDueAt: () => reminder.nextDueAt(), dispose: () => store.dispose() };
}
