import * as assert from 'node:assert/strict';
import { DailyReminder, LATE_GRACE_MS, MAX_WAIT_MS, ReminderAnswer, SNOOZE_MS } from '../../src/core/reminders/dailyReminder';
import { ReminderSettings, ReminderTime, Weekday, WEEKDAYS } from '../../src/core/reminders/reminderTime';
import type { Clock } from '../../src/core/warmup/clock';
import { CountedTimers, ManualTime, until, wait } from './fakeTime';
import { MINUTE } from './helpers';

// The reminder on a hand-moved clock and timers, or on real timers with a clock set just before the reminder, and
// with its prompt answered by the test. The notification itself and the real settings are tested in the extension host.

/** Epoch ms of a local time `daysAhead` calendar days after the day of `from` (independent of the code under test). */
function localAt(from: number, daysAhead: number, hour: number, minute: number): number {
  const d = new Date(from);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + daysAhead, hour, minute).getTime();
}

/** The prompt as the test sees it: counts every time it is shown, answered by `answers` in turn (then dismissed). */
class Answers {
  shown = 0;
  started = 0;
  constructor(private readonly answers: ReminderAnswer[] = []) {}
  readonly prompt = (): Promise<ReminderAnswer> => {
    this.shown += 1;
    return Promise.resolve(this.answers.shift());
  };
  readonly start = () => {
    this.started += 1;
  };
}

/** Lets promise callbacks (the prompt's answer) run. */
const settle = () => wait(0);

function reminder(time: ReminderTime | undefined, days: readonly Weekday[] = WEEKDAYS): ReminderSettings {
  return { time, days };
}

describe('DailyReminder', () => {
  const disposables: { dispose(): void }[] = [];
  afterEach(() => {
    disposables.splice(0).forEach((d) => d.dispose());
  });

  function build(clock: Clock, timers: ManualTime | CountedTimers, user: Answers, settings = reminder({ hour: 7, minute: 30 })) {
    const reminders = new DailyReminder({ clock, timers, reminder: settings, prompt: user.prompt, startWarmUp: user.start });
    disposables.push(reminders);
    return reminders;
  }

  /** A reminder at 07:30 every day, on a hand-moved clock that starts at 06:00 (in 2024, a Monday in January). */
  function manual(answers: ReminderAnswer[] = [], settings = reminder({ hour: 7, minute: 30 })) {
    const time = new ManualTime(new Date(2024, 0, 15, 6, 0).getTime());
    const user = new Answers(answers);
    return { time, user, reminders: build(time, time, user, settings) };
  }

  describe('firing, on real timers with a clock set just before the reminder', () => {
    /** A wall clock that runs at real speed but reads `lead` ms before the next 07:30; `jump` moves it. */
    function shiftedClock(lead: number) {
      const target = Date.now() < localAt(Date.now(), 0, 7, 30) ? localAt(Date.now(), 0, 7, 30) : localAt(Date.now(), 1, 7, 30);
      let offset = target - lead - Date.now();
      return { target, clock: { now: () => Date.now() + offset }, jump: (ms: number) => (offset += ms) };
    }

    function real(lead: number, answers: ReminderAnswer[] = []) {
      const { target, clock, jump } = shiftedClock(lead);
      const timers = new CountedTimers();
      disposables.push(timers);
      const user = new Answers(answers);
      return { target, jump, timers, user, reminders: build(clock, timers, user) };
    }

    it('shows the prompt at the time; Start Warm-Up starts one, and the next day is set', async () => {
      const { target, timers, user, reminders } = real(150, ['start']);
      assert.equal(reminders.nextDueAt(), target);
      assert.equal(timers.pending, 1);
      await until('the reminder', () => user.started === 1);
      assert.equal(user.shown, 1);
      assert.equal(reminders.nextDueAt(), localAt(target, 1, 7, 30));
      assert.equal(timers.pending, 1, 'one timer, for tomorrow');
    });

    it('after a sleep that ended within the grace period it still shows', async () => {
      const { target, jump, user, reminders } = real(150);
      jump(LATE_GRACE_MS - MINUTE);
      await until('the late reminder', () => user.shown === 1);
      assert.equal(reminders.nextDueAt(), localAt(target, 1, 7, 30));
    });

    it('after a longer sleep it skips to the next reminder', async () => {
      const { target, jump, timers, user, reminders } = real(150);
      jump(LATE_GRACE_MS + MINUTE);
      await until('the wake', () => reminders.nextDueAt() !== target);
      await settle();
      assert.equal(user.shown, 0);
      assert.equal(reminders.nextDueAt(), localAt(target, 1, 7, 30));
      assert.equal(timers.pending, 1);
    });

    it('when the clock is set back it waits again for the same time', async () => {
      const { target, jump, timers, user, reminders } = real(150);
      jump(-MINUTE);
      await wait(400);
      assert.equal(user.shown, 0);
      assert.equal(reminders.nextDueAt(), target);
      assert.equal(timers.pending, 1);
    });
  });

  describe('on a hand-moved clock', () => {
    it('never waits more than the longest single wait, and shows once, at the time', async () => {
      const { time, user, reminders } = manual();
      time.advance(90 * MINUTE - 1);
      await settle();
      assert.equal(user.shown, 0);
      time.advance(1);
      await settle();
      assert.equal(user.shown, 1);
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
      assert.equal(user.shown, 0);
      time.advance(2 * 24 * 60 * MINUTE);
      await settle();
      assert.equal(user.shown, 1, 'shown on Sunday 21 January at 07:30');
    });

    it('Snooze 10 min shows it again ten minutes later, as often as asked; Start then starts', async () => {
      const { time, user, reminders } = manual(['snooze', 'snooze', 'start']);
      time.advance(90 * MINUTE);
      await settle();
      const shownAt = time.now();
      assert.equal(reminders.nextDueAt(), shownAt + SNOOZE_MS, 'the snooze comes before tomorrow');
      assert.equal(time.pending, 1, 'one timer for the snooze and the next reminder');
      time.advance(SNOOZE_MS);
      await settle();
      time.advance(SNOOZE_MS);
      await settle();
      assert.equal(user.shown, 3);
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
      assert.equal(user.shown, 1);
      assert.equal(user.started, 0);
      time.advance(1);
      await settle();
      assert.equal(user.shown, 2);
    });

    it('a snooze slept through by more than the grace period is dropped', async () => {
      const { time, user, reminders } = manual(['snooze']);
      time.advance(90 * MINUTE);
      await settle();
      time.sleep(SNOOZE_MS + LATE_GRACE_MS + MINUTE);
      time.advance(MAX_WAIT_MS);
      await settle();
      assert.equal(user.shown, 1);
      assert.equal(reminders.nextDueAt(), new Date(2024, 0, 16, 7, 30).getTime());
    });

    it('a sleep across the reminder time is noticed within the longest wait after waking', async () => {
      const { time, user } = manual();
      time.advance(80 * MINUTE);
      time.sleep(13 * MINUTE); // asleep from 07:20 to 07:33: the reminder was due at 07:30
      time.advance(MAX_WAIT_MS);
      await settle();
      assert.equal(user.shown, 1);
    });

    it('shows a reminder slept through within a minute of a wake 5 to 10 minutes after its time', async () => {
      for (const [asleepAt, wakeAfter] of [[85.5, 6], [87, 8], [80, 10], [29, 9.5]]) {
        const { time, user } = manual();
        time.advance(asleepAt * MINUTE); // from 06:00; the reminder is due at 07:30 (+90 min)
        time.sleep((90 + wakeAfter - asleepAt) * MINUTE);
        time.advance(MINUTE);
        await settle();
        assert.equal(user.shown, 1, `asleep at +${asleepAt} min, awake ${wakeAfter} min after 07:30`);
        disposables.splice(0).forEach((d) => d.dispose());
      }
    });

    it('skips a reminder slept through when the wake comes more than the grace period after it', async () => {
      const { time, user, reminders } = manual();
      time.advance(85 * MINUTE);
      time.sleep(5 * MINUTE + LATE_GRACE_MS + 2 * MINUTE);
      time.advance(2 * MINUTE);
      await settle();
      assert.equal(user.shown, 0);
      assert.equal(reminders.nextDueAt(), new Date(2024, 0, 16, 7, 30).getTime());
    });

    it('follows setting changes; turning it off drops a pending snooze', async () => {
      const { time, reminders } = manual(['snooze']);
      reminders.configure(reminder({ hour: 6, minute: 10 }));
      assert.equal(reminders.nextDueAt(), new Date(2024, 0, 15, 6, 10).getTime());
      time.advance(10 * MINUTE);
      await settle();
      assert.equal(reminders.nextDueAt(), time.now() + SNOOZE_MS);
      reminders.configure(reminder({ hour: 6, minute: 10 }, ['monday']));
      assert.equal(reminders.nextDueAt(), time.now() + SNOOZE_MS, 'the snooze stays while the reminder is on');
      reminders.configure(reminder(undefined));
      assert.equal(reminders.nextDueAt(), undefined);
      assert.equal(time.pending, 0);
    });

    it('dispose leaves no timer, and an answer that comes later does nothing', async () => {
      let answer: (value: ReminderAnswer) => void = () => undefined;
      const time = new ManualTime(new Date(2024, 0, 15, 7, 29).getTime());
      const user = new Answers();
      const reminders = new DailyReminder({
        clock: time,
        timers: time,
        reminder: reminder({ hour: 7, minute: 30 }),
        prompt: () => new Promise((resolve) => (answer = resolve)),
        startWarmUp: user.start,
      });
      time.advance(MINUTE);
      reminders.dispose();
      assert.equal(time.pending, 0);
      answer('start');
      await settle();
      assert.equal(user.started, 0);
    });
  });

  describe('in several windows', () => {
    /** Windows on one clock: the first window to claim a reminder's time wins it; a snooze in one reaches all. */
    function windows(count: number, answers: ReminderAnswer[][]) {
      const time = new ManualTime(new Date(2024, 0, 15, 6, 0).getTime());
      const claimed = new Map<number, number>();
      const all: { user: Answers; reminders: DailyReminder }[] = [];
      const open = (index: number) => {
        const user = new Answers(answers[index] ?? []);
        const reminders: DailyReminder = new DailyReminder({
          clock: time,
          timers: time,
          reminder: reminder({ hour: 7, minute: 30 }),
          prompt: user.prompt,
          startWarmUp: user.start,
          claim: (dueAt) => {
            const winner = claimed.get(dueAt) ?? index;
            claimed.set(dueAt, winner);
            return Promise.resolve(winner === index);
          },
          shareSnooze: (until) => all.forEach((other) => other.reminders !== reminders && other.reminders.snoozedElsewhere(until)),
        });
        disposables.push(reminders);
        all.push({ user, reminders });
      };
      for (let index = 0; index < count; index += 1) open(index);
      return { time, all, open };
    }

    it('shows each reminder in exactly one window, and a snooze there holds for all of them', async () => {
      const { time, all, open } = windows(3, [['snooze', undefined], [], []]);
      time.advance(90 * MINUTE);
      await settle();
      assert.deepEqual(all.map((w) => w.user.shown), [1, 0, 0]);
      const snoozedUntil = time.now() + SNOOZE_MS;
      assert.deepEqual(all.map((w) => w.reminders.nextDueAt()), [snoozedUntil, snoozedUntil, snoozedUntil], 'every window knows the snooze');
      open(3); // a window opened after the reminder showed (the host tells it of the snooze from the shared folder)
      time.advance(SNOOZE_MS);
      await settle();
      const shown = all.map((w) => w.user.shown);
      assert.equal(shown.reduce((sum, n) => sum + n, 0), 2, `the snoozed reminder shows once more, in one window: ${shown.join(', ')}`);
      assert.equal(all[3].reminders.nextDueAt(), new Date(2024, 0, 16, 7, 30).getTime(), 'a window opened after the reminder showed waits for tomorrow');
    });

    it('ignores a shared snooze that is not a snooze of now (old, far ahead, or with the reminder off)', async () => {
      const { time, all } = windows(1, []);
      const [{ reminders }] = all;
      const regular = reminders.nextDueAt();
      reminders.snoozedElsewhere(time.now() - MINUTE);
      reminders.snoozedElsewhere(time.now() + 2 * SNOOZE_MS);
      assert.equal(reminders.nextDueAt(), regular);
      reminders.configure(reminder(undefined));
      reminders.snoozedElsewhere(time.now() + MINUTE);
      assert.equal(reminders.nextDueAt(), undefined);
    });
  });
});
