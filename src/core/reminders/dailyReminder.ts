import type { Clock, TimerSource } from '../warmup/clock';
import { nextReminder, ReminderSettings } from './reminderTime';

/**
 * The longest single wait. `setTimeout` cannot wait more than about 24.8 days, and Node's timers run on a monotonic
 * clock that stops while the machine sleeps (Linux, macOS), so a timer fires late by however long the laptop slept.
 * Waking at least once a minute and comparing the wall clock with the wait notices a wake within a minute of it; each
 * wake costs one date computation.
 */
export const MAX_WAIT_MS = 60_000;

/** A timer that fires this much later by the wall clock than it was asked to has slept through the difference. */
const SLEEP_SLACK_MS = 2_000;

/**
 * A reminder (or snooze) that came due while the machine slept is still shown when it wakes up to this much after the
 * reminder time; a later wake skips to the next reminder.
 */
export const LATE_GRACE_MS = 10 * 60_000;

/** How long **Snooze 10 min** waits. */
export const SNOOZE_MS = 10 * 60_000;

/** The user's answer to the reminder: a button, or undefined when it was dismissed. */
export type ReminderAnswer = 'start' | 'snooze' | undefined;

export interface DailyReminderDeps {
  readonly clock: Clock;
  /** The extension passes its Timers, whose `pending` counts the timer. */
  readonly timers: TimerSource;
  /** The reminder settings in force at start; later ones come through {@link DailyReminder.configure}. */
  readonly reminder: ReminderSettings;
  /** Shows the reminder with its buttons and resolves with the answer; the host shows a notification, tests answer it. */
  readonly prompt: () => PromiseLike<ReminderAnswer>;
  readonly startWarmUp: () => void;
  /**
   * Asks the other windows whether this one shows the reminder due at `dueAt`: resolves true in exactly one of them.
   * Without it, this window always shows it.
   */
  readonly claim?: (dueAt: number) => PromiseLike<boolean>;
  /** Tells the other windows that the runner snoozed the reminder until `until`. */
  readonly shareSnooze?: (until: number) => void;
}

/**
 * The daily warm-up reminder (`warmup.reminder.time` on the `warmup.reminder.days`).
 *
 * It holds at most one timer, none while the reminder is off, and never waits longer than {@link MAX_WAIT_MS} in one
 * go: each wake reads the wall clock and decides from it (time is measured, never counted). A reminder whose time has
 * passed by up to {@link LATE_GRACE_MS} when it wakes (the machine slept) is still shown; one passed by more is skipped
 * for the next. A reminder that passed while VS Code was closed is not shown at start-up.
 *
 * The prompt offers **Start Warm-Up** (calls `startWarmUp`) and **Snooze 10 min** (shows it again ten minutes later;
 * snoozing again works the same); dismissing it waits for the next reminder. The answer is handled when it comes,
 * never awaited. Only one snooze is pending at a time, and a reminder that shows replaces it. Turning the reminder off
 * (no time, or no days) also drops a pending snooze; changes to other `warmup.*` settings leave everything as it is.
 */
export class DailyReminder {
  private reminder: ReminderSettings = { time: undefined, days: [] };
  /** Identifies the time and days in force, so changes to other `warmup.*` settings leave the timer alone. */
  private configured: string | undefined;
  private regularAt: number | undefined;
  private snoozedUntil: number | undefined;
  /** The one pending timer; undefined once it has fired or been cancelled. */
  private timer: { dispose(): unknown } | undefined;
  /** When the timer was set (wall clock) and for how long: a later firing means the machine slept meanwhile. */
  private armed = { at: 0, wait: 0 };
  private disposed = false;

  constructor(private readonly deps: DailyReminderDeps) {
    this.configure(deps.reminder);
  }

  /** When the reminder shows next (a pending snooze included), as wall-clock ms; undefined when none is due. */
  nextDueAt(): number | undefined {
    if (this.regularAt === undefined || this.snoozedUntil === undefined) {
      return this.regularAt ?? this.snoozedUntil;
    }
    return Math.min(this.regularAt, this.snoozedUntil);
  }

  /** Takes the reminder settings after a change; the same time and days as before change nothing. */
  configure(reminder: ReminderSettings): void {
    const configured = reminder.time ? `${reminder.time.hour}:${reminder.time.minute} ${reminder.days.join(',')}` : '';
    if (configured === this.configured) {
      return;
    }
    this.configured = configured;
    this.reminder = reminder;
    this.regularAt = this.nextRegular(this.deps.clock.now());
    if (this.regularAt === undefined) {
      this.snoozedUntil = undefined;
    }
    this.arm();
  }

  /** Another window's runner snoozed the reminder until `until`: it comes back then, in one window. */
  snoozedElsewhere(until: number): void {
    const now = this.deps.clock.now();
    // Anything else in the shared file (an old snooze, a wrong clock, a hand edit) is no snooze of the runner's now.
    if (until > now && until <= now + SNOOZE_MS && until !== this.snoozedUntil && this.regularAt !== undefined) {
      this.snoozedUntil = until;
      this.arm();
    }
  }

  /** Cancels the timer; an answer that comes later does nothing. */
  dispose(): void {
    this.disposed = true;
    this.cancelTimer();
  }

  private nextRegular(now: number): number | undefined {
    const { time, days } = this.reminder;
    return time ? nextReminder(now, time, days) : undefined;
  }

  private arm(): void {
    this.cancelTimer();
    const due = this.nextDueAt();
    if (due === undefined || this.disposed) {
      return;
    }
    const now = this.deps.clock.now();
    const wait = Math.min(Math.max(due - now, 0), MAX_WAIT_MS);
    this.armed = { at: now, wait };
    this.timer = this.deps.timers.after(wait, () => {
      this.timer = undefined; // it has fired: nothing left to cancel
      this.wake();
    });
  }

  private cancelTimer(): void {
    this.timer?.dispose();
    this.timer = undefined;
  }

  /**
   * Decides from the wall clock alone: it may have moved either way, by any amount, since the timer was set. After a
   * sleep, lateness counts from the earliest moment the machine can have woken (the timer ran `wait` awake), so a
   * reminder that came due while it slept shows when it wakes within LATE_GRACE_MS of the reminder time.
   */
  private wake(): void {
    const now = this.deps.clock.now();
    const slept = now - (this.armed.at + this.armed.wait) > SLEEP_SLACK_MS;
    const awakeSince = slept ? now - this.armed.wait : now;
    const due = (at: number | undefined) => at !== undefined && now >= at;
    const onTime = (at: number | undefined) => at !== undefined && awakeSince - at <= LATE_GRACE_MS;
    let shown: number | undefined;
    if (due(this.snoozedUntil)) {
      shown = onTime(this.snoozedUntil) ? this.snoozedUntil : undefined;
      this.snoozedUntil = undefined;
    }
    if (due(this.regularAt)) {
      shown ??= onTime(this.regularAt) ? this.regularAt : undefined;
    }
    this.regularAt = this.nextRegular(now);
    if (shown !== undefined) {
      // The prompt now showing replaces any older snooze; the user can snooze it again.
      this.snoozedUntil = undefined;
      this.remind(shown);
    }
    this.arm();
  }

  /** Shows the reminder due at `dueAt`, in this window if it wins the claim (every open window wakes for it). */
  private remind(dueAt: number): void {
    const claim = this.deps.claim ?? (() => Promise.resolve(true));
    void Promise.resolve(claim(dueAt)).then((won) => won && !this.disposed && this.prompt());
  }

  private prompt(): void {
    // A prompt that fails (the window is closing) counts as dismissed.
    void this.deps.prompt().then(
      (answer) => this.answered(answer),
      () => undefined,
    );
  }

  private answered(answer: ReminderAnswer): void {
    if (this.disposed) {
      return;
    }
    if (answer === 'start') {
      this.deps.startWarmUp();
    } else if (answer === 'snooze') {
      this.snoozedUntil = this.deps.clock.now() + SNOOZE_MS;
      this.deps.shareSnooze?.(this.snoozedUntil);
      this.arm();
    }
  }
}
