import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Clock, systemClock } from '../../src/core/warmup/clock';
import { ReminderTime, Weekday } from '../../src/core/reminders/reminderTime';
import { LATE_GRACE_MS, MAX_WAIT_MS, ReminderScheduler, ReminderSettings, SNOOZE_MS } from '../../src/host/reminders/reminders';
import { Timers as Scheduler } from '../../src/host/base/timers';
import { SettingsReader } from '../../src/host/settings/settingsReader';
import { api, resetSettings, setSettings, until } from './support';

// The reminder is built here as the extension builds it, with its real Scheduler (real timers) or with a hand-moved
// clock and timers, and with the notification answered by the test: a real notification cannot be clicked from here.

const MINUTE = 60_000;
const START = 'Start Warm-Up';
const SNOOZE = 'Snooze 10 min';
const ALL_DAYS: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DAY_NAMES: Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Epoch ms of a local time `daysAhead` calendar days after the day of `from` (independent of the code under test). */
function localAt(from: number, daysAhead: number, hour: number, minute: number): number {
  const d = new Date(from);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + daysAhead, hour, minute).getTime();
}

function weekdayIn(from: number, daysAhead: number): Weekday {
  const d = new Date(from);
  return DAY_NAMES[new Date(d.getFullYear(), d.getMonth(), d.getDate() + daysAhead, 12).getDay()];
}

/** The notification as the test sees it: every time it is shown, answered by `answers` in turn (then dismissed). */
class Answers {
  readonly shown: { message: string; actions: string[] }[] = [];
  started = 0;
  constructor(private readonly answers: (string | undefined)[] = []) {}
  readonly prompt = (message: string, ...actions: string[]): Thenable<string | undefined> => {
    this.shown.push({ message, actions });
    return Promise.resolve(this.answers.shift());
  };
  readonly start = () => {
    this.started += 1;
  };
}

/** A clock and timers moved by hand. `advance` lets time pass with the machine awake; `sleep` with it asleep. */
class ManualTime implements Clock {
  private readonly timers = new Set<{ at: number; callback: () => void }>();
  /** Every wait asked for, in ms. */
  readonly waits: number[] = [];
  constructor(private time: number) {}

  now(): number {
    return this.time;
  }

  after(ms: number, callback: () => void): vscode.Disposable {
    const timer = { at: this.time + ms, callback };
    this.waits.push(ms);
    this.timers.add(timer);
    return new vscode.Disposable(() => this.timers.delete(timer));
  }

  get pending(): number {
    return this.timers.size;
  }

  /** Moves the clock by `ms`, firing each timer when its time comes (and any already overdue first). */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const next = [...this.timers].sort((a, b) => a.at - b.at)[0];
      if (!next || next.at > end) {
        break;
      }
      this.time = Math.max(this.time, next.at);
      this.timers.delete(next);
      next.callback();
    }
    this.time = end;
  }

  /** The machine sleeps: the wall clock moves on, timers do not fire and wait their remaining time after waking. */
  sleep(ms: number): void {
    this.time += ms;
    for (const timer of this.timers) {
      timer.at += ms;
    }
  }
}

/** Lets promise callbacks (the notification's answer) run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function reminder(time: ReminderTime | undefined, days: readonly Weekday[] = ALL_DAYS): ReminderSettings {
  return { reminder: { time, days } };
}

describe('reminders', () => {
  const disposables: vscode.Disposable[] = [];
  afterEach(() => {
    disposables.splice(0).forEach((d) => d.dispose());
  });

  /** A reminder at 07:30 every day, on a hand-moved clock that starts at 06:00 (in 2024, a Monday in January). */
  function manual(answers: (string | undefined)[] = [], settings = reminder({ hour: 7, minute: 30 })) {
    const time = new ManualTime(new Date(2024, 0, 15, 6, 0).getTime());
    const user = new Answers(answers);
    const changes = new vscode.EventEmitter<ReminderSettings>();
    const reminders = new ReminderScheduler(time, time, () => settings, changes.event, user.start, user.prompt);
    disposables.push(reminders, changes);
    return { time, user, changes, reminders };
  }

  describe('with the real settings and timers', () => {
    let scheduler: Scheduler;
    let reminders: ReminderScheduler;

    beforeEach(async () => {
      await resetSettings();
      const log = vscode.window.createOutputChannel('Warm-Up reminder test', { log: true });
      const settings = new SettingsReader(log);
      scheduler = new Scheduler();
      const user = new Answers();
      reminders = new ReminderScheduler(systemClock, scheduler, () => settings.read(), settings.onDidChange, user.start, user.prompt);
      disposables.push(reminders, scheduler, settings, log);
    });
    after(() => resetSettings());

    it('the extension holds one reminder timer while a reminder is set, none when it is off', async () => {
      const warmup = await api();
      const now = Date.now();
      await setSettings({ 'reminder.time': '5:55', 'reminder.days': [weekdayIn(now, 2)] });
      await until('the reminder', () => warmup.debug.nextReminder() === localAt(now, 2, 5, 55));
      assert.equal(warmup.debug.reminderTimers(), 1);
      assert.equal(warmup.debug.pendingTimers(), 0, 'the warm-up clock holds none');
      await setSettings({ 'reminder.time': undefined });
      await until('no reminder', () => warmup.debug.nextReminder() === undefined);
      assert.equal(warmup.debug.reminderTimers(), 0);
    });

    it('is off by default and then holds no timer', () => {
      assert.equal(reminders.nextDueAt(), undefined);
      assert.equal(scheduler.pending, 0);
    });

    it('a time and days set the next reminder, computed from the wall clock, with exactly one timer', async () => {
      const now = Date.now();
      const soon = new Date(now + 2 * MINUTE);
      await setSettings({ 'reminder.time': `${soon.getHours()}:${String(soon.getMinutes()).padStart(2, '0')}`, 'reminder.days': ALL_DAYS });
      const expected = localAt(soon.getTime(), 0, soon.getHours(), soon.getMinutes());
      await until('the reminder to be set', () => reminders.nextDueAt() === expected);
      assert.equal(scheduler.pending, 1);

      // One weekday three days ahead: the next reminder is on that day.
      const day = weekdayIn(now, 3);
      await setSettings({ 'reminder.time': '06:45', 'reminder.days': [day] });
      await until(`the reminder to move to ${day}`, () => reminders.nextDueAt() === localAt(now, 3, 6, 45));
      assert.equal(scheduler.pending, 1, 'still one timer');

      await setSettings({ walkMinutes: 7 });
      await until('the other setting to arrive', () => vscode.workspace.getConfiguration('warmup').get('walkMinutes') === 7);
      assert.equal(reminders.nextDueAt(), localAt(now, 3, 6, 45), 'other settings leave the reminder as it is');
      assert.equal(scheduler.pending, 1);
    });

    it('clearing the time or the days leaves no timer', async () => {
      await setSettings({ 'reminder.time': '12:15', 'reminder.days': ALL_DAYS });
      await until('the reminder to be set', () => reminders.nextDueAt() !== undefined);
      await setSettings({ 'reminder.time': '' });
      await until('the reminder to be off', () => reminders.nextDueAt() === undefined);
      assert.equal(scheduler.pending, 0);

      await setSettings({ 'reminder.time': '12:15' });
      await until('the reminder to be set again', () => reminders.nextDueAt() !== undefined);
      await setSettings({ 'reminder.days': [] });
      await until('no days', () => reminders.nextDueAt() === undefined);
      assert.equal(scheduler.pending, 0);
    });

    it('a malformed time sets no reminder and is reported', async () => {
      const warmup = await api();
      await setSettings({ 'reminder.time': '25:00' });
      await until('the warning', () => warmup.debug.settingWarnings().some((w) => w.includes('warmup.reminder.time') && w.includes('25:00')));
      assert.equal(reminders.nextDueAt(), undefined);
      assert.equal(scheduler.pending, 0);
    });
  });

  describe('firing, on real timers with a clock set just before the reminder', () => {
    /** A wall clock that runs at real speed but reads `lead` ms before the next 07:30; `jump` moves it. */
    function shiftedClock(lead: number) {
      const target = Date.now() < localAt(Date.now(), 0, 7, 30) ? localAt(Date.now(), 0, 7, 30) : localAt(Date.now(), 1, 7, 30);
      let offset = target - lead - Date.now();
      return { target, clock: { now: () => Date.now() + offset }, jump: (ms: number) => (offset += ms) };
    }

    function build(lead: number, answers: (string | undefined)[] = []) {
      const { target, clock, jump } = shiftedClock(lead);
      const scheduler = new Scheduler();
      const user = new Answers(answers);
      const changes = new vscode.EventEmitter<ReminderSettings>();
      const reminders = new ReminderScheduler(clock, scheduler, () => reminder({ hour: 7, minute: 30 }), changes.event, user.start, user.prompt);
      disposables.push(reminders, scheduler, changes);
      return { target, jump, scheduler, user, reminders };
    }

    it('shows the notification at the time; Start Warm-Up starts one, and the next day is set', async () => {
      const { target, scheduler, user, reminders } = build(150, [START]);
      assert.equal(reminders.nextDueAt(), target);
      assert.equal(scheduler.pending, 1);
      await until('the reminder', () => user.started === 1, 5_000);
      assert.deepEqual(user.shown, [{ message: 'Time for your warm-up before the run.', actions: [START, SNOOZE] }]);
      assert.equal(reminders.nextDueAt(), localAt(target, 1, 7, 30));
      assert.equal(scheduler.pending, 1, 'one timer, for tomorrow');
    });

    it('after a sleep that ended within the grace period it still shows', async () => {
      const { target, jump, user, reminders } = build(150);
      jump(LATE_GRACE_MS - MINUTE);
      await until('the late reminder', () => user.shown.length === 1, 5_000);
      assert.equal(reminders.nextDueAt(), localAt(target, 1, 7, 30));
    });

    it('after a longer sleep it skips to the next reminder', async () => {
      const { target, jump, scheduler, reminders } = build(150);
      jump(LATE_GRACE_MS + MINUTE);
      await until('the wake', () => reminders.nextDueAt() !== target, 5_000);
      await settle();
      assert.equal(reminders.nextDueAt(), localAt(target, 1, 7, 30));
      assert.equal(scheduler.pending, 1);
    });

    it('when the clock is set back it waits again for the same time', async () => {
      const { target, jump, scheduler, user, reminders } = build(150);
      jump(-MINUTE);
      await new Promise((resolve) => setTimeout(resolve, 400));
      assert.equal(user.shown.length, 0);
      assert.equal(reminders.nextDueAt(), target);
      assert.equal(scheduler.pending, 1);
    });
  });

  describe('on a hand-moved clock', () => {
    it('never waits more than the longest single wait, and shows once, at the time', async () => {
      const { time, user, reminders } = manual();
      time.advance(90 * MINUTE - 1);
      await settle();
      assert.equal(user.shown.length, 0);
      time.advance(1);
      await settle();
      assert.equal(user.shown.length, 1);
      assert.equal(time.now(), new Date(2024, 0, 15, 7, 30).getTime());
      assert.ok(time.waits.every((ms) => ms <= MAX_WAIT_MS), `waits: ${time.waits.join(', ')}`);
      assert.equal(time.pending, 1);
      assert.equal(reminders.nextDueAt(), new Date(2024, 0, 16, 7, 30).getTime());
    });

    it('a reminder a week away holds one timer all along and shows on its day', async () => {
      const { time, user } = manual([], reminder({ hour: 7, minute: 30 }, ['sunday']));
      for (let hour = 0; hour < 6 * 24; hour++) {
        time.advance(60 * MINUTE);
        assert.equal(time.pending, 1);
      }
      await settle();
      assert.equal(user.shown.length, 0);
      time.advance(2 * 24 * 60 * MINUTE);
      await settle();
      assert.equal(user.shown.length, 1, 'shown on Sunday 21 January at 07:30');
    });

    it('Snooze 10 min shows it again ten minutes later, as often as asked; Start then starts', async () => {
      const { time, user, reminders } = manual([SNOOZE, SNOOZE, START]);
      time.advance(90 * MINUTE);
      await settle();
      const shownAt = time.now();
      assert.equal(reminders.nextDueAt(), shownAt + SNOOZE_MS, 'the snooze comes before tomorrow');
      assert.equal(time.pending, 1, 'one timer for the snooze and the next reminder');
      time.advance(SNOOZE_MS);
      await settle();
      time.advance(SNOOZE_MS);
      await settle();
      assert.equal(user.shown.length, 3);
      assert.equal(user.started, 1);
      assert.equal(reminders.nextDueAt(), new Date(2024, 0, 16, 7, 30).getTime());
      assert.equal(time.pending, 1);
    });

    it('dismissing it shows nothing more until the next reminder', async () => {
      const { time, user } = manual([undefined]);
      time.advance(90 * MINUTE);
      await settle();
      time.advance(24 * 60 * MINUTE - 1);
      await settle();
      assert.equal(user.shown.length, 1);
      assert.equal(user.started, 0);
      time.advance(1);
      await settle();
      assert.equal(user.shown.length, 2);
    });

    it('a snooze slept through by more than the grace period is dropped', async () => {
      const { time, user, reminders } = manual([SNOOZE]);
      time.advance(90 * MINUTE);
      await settle();
      time.sleep(SNOOZE_MS + LATE_GRACE_MS + MINUTE);
      time.advance(MAX_WAIT_MS);
      await settle();
      assert.equal(user.shown.length, 1);
      assert.equal(reminders.nextDueAt(), new Date(2024, 0, 16, 7, 30).getTime());
    });

    it('a sleep across the reminder time is noticed within the longest wait after waking', async () => {
      const { time, user } = manual();
      time.advance(80 * MINUTE);
      time.sleep(13 * MINUTE); // asleep from 07:20 to 07:33: the reminder was due at 07:30
      time.advance(MAX_WAIT_MS);
      await settle();
      assert.equal(user.shown.length, 1);
    });

    it('follows setting changes; turning it off drops a pending snooze', async () => {
      const { time, changes, reminders } = manual([SNOOZE]);
      changes.fire(reminder({ hour: 6, minute: 10 }));
      assert.equal(reminders.nextDueAt(), new Date(2024, 0, 15, 6, 10).getTime());
      time.advance(10 * MINUTE);
      await settle();
      assert.equal(reminders.nextDueAt(), time.now() + SNOOZE_MS);
      changes.fire(reminder({ hour: 6, minute: 10 }, ['monday']));
      assert.equal(reminders.nextDueAt(), time.now() + SNOOZE_MS, 'the snooze stays while the reminder is on');
      changes.fire(reminder(undefined));
      assert.equal(reminders.nextDueAt(), undefined);
      assert.equal(time.pending, 0);
    });

    it('dispose leaves no timer, and an answer that comes later does nothing', async () => {
      let answer: (value: string | undefined) => void = () => undefined;
      const time = new ManualTime(new Date(2024, 0, 15, 7, 29).getTime());
      const user = new Answers();
      const changes = new vscode.EventEmitter<ReminderSettings>();
      disposables.push(changes);
      const reminders = new ReminderScheduler(time, time, () => reminder({ hour: 7, minute: 30 }), changes.event, user.start, () => {
        return new Promise((resolve) => (answer = resolve));
      });
      time.advance(MINUTE);
      reminders.dispose();
      assert.equal(time.pending, 0);
      answer(START);
      await settle();
      assert.equal(user.started, 0);
    });
  });
});
