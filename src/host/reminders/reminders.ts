import * as vscode from 'vscode';
import { Clock } from '../../core/warmup/clock';
import { nextReminder } from '../../core/reminders/reminderTime';
import type { Settings } from '../../core/settings/settings';
import { DisposableSlot } from '../base/dispose';
import type { TimerSource } from '../base/timers';

/**
 * The longest single wait. `setTimeout` cannot wait more than about 24.8 days, and Node's timers run on a monotonic
 * clock that stops while the machine sleeps (Linux, macOS), so a long timer fires late by however long the laptop
 * slept. Waking at least every five minutes and deciding from the wall clock notices a reminder time that passed during
 * sleep within five minutes of waking, well inside {@link LATE_GRACE_MS}. Each wake costs one date computation.
 */
export const MAX_WAIT_MS = 5 * 60_000;

/** A reminder (or snooze) found late by at most this much, because the machine slept through it, is still shown. */
export const LATE_GRACE_MS = 10 * 60_000;

/** How long **Snooze 10 min** waits. */
export const SNOOZE_MS = 10 * 60_000;

/** The only settings the reminder reads. */
export type ReminderSettings = Pick<Settings, 'reminder'>;

/** Shows the reminder with its buttons; resolves with the chosen button's title, or undefined when dismissed. */
export type ReminderPrompt = (message: string, ...actions: string[]) => Thenable<string | undefined>;

const showNotification: ReminderPrompt = (message, ...actions) => vscode.window.showInformationMessage(message, ...actions);

/**
 * The daily warm-up reminder (`warmup.reminder.time` on the `warmup.reminder.days`).
 *
 * It holds at most one timer, none while the reminder is off, and never waits longer than {@link MAX_WAIT_MS} in one
 * go: each wake reads the wall clock and decides from it (time is measured, never counted). A reminder whose time has
 * passed by up to {@link LATE_GRACE_MS} when it wakes (the machine slept) is still shown; one passed by more is skipped
 * for the next. A reminder that passed while VS Code was closed is not shown at start-up.
 *
 * The notification offers **Start Warm-Up** (calls `startWarmUp`) and **Snooze 10 min** (shows it again ten minutes
 * later; snoozing again works the same); dismissing it waits for the next reminder. The answer is handled when it comes,
 * never awaited. Only one snooze is pending at a time, and a reminder that shows replaces it. Turning the reminder off
 * (no time, or no days) also drops a pending snooze; changes to other `warmup.*` settings leave everything as it is.
 */
export class ReminderScheduler implements vscode.Disposable {
  private reminder: Settings['reminder'] = { time: undefined, days: [] };
  /** Identifies the time and days in force, so changes to other `warmup.*` settings leave the timer alone. */
  private configured: string | undefined;
  private regularAt: number | undefined;
  private snoozedUntil: number | undefined;
  private readonly timer = new DisposableSlot();
  private disposed = false;
  private readonly subscription: vscode.Disposable;

  /**
   * @param scheduler the extension passes its Timers, whose `pending` counts the timer.
   * @param prompt shows the notification; defaults to `vscode.window.showInformationMessage` (tests answer it instead).
   */
  constructor(
    private readonly clock: Clock,
    private readonly scheduler: TimerSource,
    getSettings: () => ReminderSettings,
    onDidChangeSettings: vscode.Event<ReminderSettings>,
    private readonly startWarmUp: () => void,
    private readonly prompt: ReminderPrompt = showNotification,
  ) {
    this.subscription = onDidChangeSettings((settings) => this.configure(settings.reminder));
    this.configure(getSettings().reminder);
  }

  /** When the reminder shows next (a pending snooze included), as wall-clock ms; undefined when none is due. */
  nextDueAt(): number | undefined {
    if (this.regularAt === undefined || this.snoozedUntil === undefined) {
      return this.regularAt ?? this.snoozedUntil;
    }
    return Math.min(this.regularAt, this.snoozedUntil);
  }

  dispose(): void {
    this.disposed = true;
    this.subscription.dispose();
    this.timer.dispose();
  }

  private configure(reminder: Settings['reminder']): void {
    const configured = reminder.time ? `${reminder.time.hour}:${reminder.time.minute} ${reminder.days.join(',')}` : '';
    if (configured === this.configured) {
      return;
    }
    this.configured = configured;
    this.reminder = reminder;
    this.regularAt = this.nextRegular(this.clock.now());
    if (this.regularAt === undefined) {
      this.snoozedUntil = undefined;
    }
    this.arm();
  }

  private nextRegular(now: number): number | undefined {
    const { time, days } = this.reminder;
    return time ? nextReminder(now, time, days) : undefined;
  }

  private arm(): void {
    this.timer.clear();
    const due = this.nextDueAt();
    if (due === undefined || this.disposed) {
      return;
    }
    const wait = Math.min(Math.max(due - this.clock.now(), 0), MAX_WAIT_MS);
    this.timer.value = this.scheduler.after(wait, () => {
      this.timer.release();
      this.wake();
    });
  }

  /** Decides from the wall clock alone: it may have moved either way, by any amount, since the timer was set. */
  private wake(): void {
    const now = this.clock.now();
    const due = (at: number | undefined) => at !== undefined && now >= at;
    const onTime = (at: number | undefined) => at !== undefined && now - at <= LATE_GRACE_MS;
    let show = false;
    if (due(this.snoozedUntil)) {
      show = onTime(this.snoozedUntil);
      this.snoozedUntil = undefined;
    }
    if (due(this.regularAt)) {
      show ||= onTime(this.regularAt);
    }
    this.regularAt = this.nextRegular(now);
    if (show) {
      // The notification now showing replaces any older snooze; the user can snooze it again.
      this.snoozedUntil = undefined;
      this.remind();
    }
    this.arm();
  }

  private remind(): void {
    const start = vscode.l10n.t('Start Warm-Up');
    const snooze = vscode.l10n.t('Snooze 10 min');
    void this.prompt(vscode.l10n.t('Time for your warm-up before the run.'), start, snooze).then((answer) => {
      if (this.disposed) {
        return;
      }
      if (answer === start) {
        this.startWarmUp();
      } else if (answer === snooze) {
        this.snoozedUntil = this.clock.now() + SNOOZE_MS;
        this.arm();
      }
    });
  }
}
