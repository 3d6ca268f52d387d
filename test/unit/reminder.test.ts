import * as assert from 'node:assert/strict';
import { nextReminder, parseReminderDays, parseReminderTime, weekdayOf, Weekday, WEEKDAYS } from '../../src/core/reminders/reminderTime';

// Dates are built from local calendar fields, so every test holds in any time zone; run with TZ=Europe/Berlin the DST
// tests cross real changes (31 March and 27 October 2024). 2024-01-15 is a Monday.

/** Epoch ms of a local date and time (month is 1-based here, unlike Date). */
function local(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return new Date(year, month - 1, day, hour, minute).getTime();
}

/** The local calendar fields of a time: [year, month (1-based), day, hour, minute]. */
function fields(t: number | undefined): number[] {
  assert.ok(t !== undefined, 'no reminder');
  const d = new Date(t);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()];
}

const WORKDAYS: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

describe('parseReminderTime', () => {
  it('treats empty, undefined and null as "off" with no problem', () => {
    for (const raw of ['', '   ', undefined, null]) {
      assert.deepEqual(parseReminderTime(raw), {}, JSON.stringify(raw));
    }
  });

  it('accepts H:MM and HH:MM from 0:00 to 23:59', () => {
    const cases: [string, number, number][] = [
      ['0:00', 0, 0],
      ['00:00', 0, 0],
      ['7:05', 7, 5],
      ['07:30', 7, 30],
      ['12:00', 12, 0],
      ['23:59', 23, 59],
      [' 18:15 ', 18, 15],
    ];
    for (const [raw, hour, minute] of cases) {
      assert.deepEqual(parseReminderTime(raw), { time: { hour, minute } }, raw);
    }
  });

  it('reports a value that is not a string', () => {
    for (const raw of [730, 7.5, true, {}, ['07:30'], { hour: 7, minute: 30 }]) {
      assert.deepEqual(parseReminderTime(raw), { problem: 'notAString' }, JSON.stringify(raw));
    }
  });

  it('reports a malformed time rather than ignoring it', () => {
    for (const raw of ['24:00', '23:60', '7:5', '7', '0730', '07:30:00', '7.30', '7:30 am', 'seven', '-1:00', '123:00', '7 :30', '٧:٣٠']) {
      assert.deepEqual(parseReminderTime(raw), { problem: 'badFormat' }, raw);
    }
  });
});

describe('parseReminderDays', () => {
  it('lists the week from Monday to Sunday', () => {
    assert.deepEqual(WEEKDAYS, ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
  });

  it('defaults to Monday–Friday with no problem when not set', () => {
    assert.deepEqual(parseReminderDays(undefined), { days: WORKDAYS });
    assert.deepEqual(parseReminderDays(null), { days: WORKDAYS });
  });

  it('defaults to Monday–Friday with a problem when not a list', () => {
    for (const raw of ['monday', 1, true, { 0: 'monday' }]) {
      assert.deepEqual(parseReminderDays(raw), { days: WORKDAYS, problem: 'notAList' }, JSON.stringify(raw));
    }
  });

  it('accepts known days, in week order, without duplicates', () => {
    assert.deepEqual(parseReminderDays(['saturday', 'monday', 'saturday', 'wednesday']), { days: ['monday', 'wednesday', 'saturday'] });
    assert.deepEqual(parseReminderDays([...WEEKDAYS]), { days: [...WEEKDAYS] });
  });

  it('matches names ignoring case and surrounding spaces', () => {
    assert.deepEqual(parseReminderDays(['Monday', ' SUNDAY ']), { days: ['monday', 'sunday'] });
  });

  it('accepts an empty list as "no days"', () => {
    assert.deepEqual(parseReminderDays([]), { days: [] });
  });

  it('drops unknown entries with a problem that lists them', () => {
    assert.deepEqual(parseReminderDays(['monday', 'mon', 3, null, 'funday', 'friday']), {
      days: ['monday', 'friday'],
      problem: 'unknownDay',
      dropped: ['mon', 3, null, 'funday'],
    });
    assert.deepEqual(parseReminderDays(['weekdays']), { days: [], problem: 'unknownDay', dropped: ['weekdays'] });
  });
});

describe('nextReminder', () => {
  const seven = { hour: 7, minute: 30 };

  it('knows the weekday of a local date', () => {
    assert.equal(weekdayOf(local(2024, 1, 15, 0, 0)), 'monday');
    assert.equal(weekdayOf(local(2024, 1, 21, 23, 59)), 'sunday');
  });

  it('is later today when the time has not come yet', () => {
    assert.deepEqual(fields(nextReminder(local(2024, 1, 15, 6, 0), seven, WORKDAYS)), [2024, 1, 15, 7, 30]);
  });

  it('is strictly after now: at the very minute it is the next day', () => {
    assert.deepEqual(fields(nextReminder(local(2024, 1, 15, 7, 30), seven, WORKDAYS)), [2024, 1, 16, 7, 30]);
    assert.deepEqual(fields(nextReminder(local(2024, 1, 15, 7, 30) - 1, seven, WORKDAYS)), [2024, 1, 15, 7, 30]);
  });

  it('skips days that are not chosen', () => {
    // Friday after the time → Monday.
    assert.deepEqual(fields(nextReminder(local(2024, 1, 19, 8, 0), seven, WORKDAYS)), [2024, 1, 22, 7, 30]);
    // Saturday morning → Monday.
    assert.deepEqual(fields(nextReminder(local(2024, 1, 20, 6, 0), seven, WORKDAYS)), [2024, 1, 22, 7, 30]);
  });

  it('is a week away with a single day whose time has passed today', () => {
    assert.deepEqual(fields(nextReminder(local(2024, 1, 17, 9, 0), seven, ['wednesday'])), [2024, 1, 24, 7, 30]);
  });

  it('crosses month and year ends', () => {
    assert.deepEqual(fields(nextReminder(local(2024, 12, 31, 23, 0), { hour: 0, minute: 0 }, [...WEEKDAYS])), [2025, 1, 1, 0, 0]);
    assert.deepEqual(fields(nextReminder(local(2024, 2, 29, 20, 0), { hour: 6, minute: 5 }, ['thursday'])), [2024, 3, 7, 6, 5]);
  });

  it('is undefined with no days', () => {
    assert.equal(nextReminder(local(2024, 1, 15, 6, 0), seven, []), undefined);
  });

  it('lands on each chosen weekday in turn over a week', () => {
    const seen: Weekday[] = [];
    let now = local(2024, 1, 15, 0, 0);
    for (let i = 0; i < 5; i++) {
      const next = nextReminder(now, seven, ['monday', 'wednesday', 'sunday']);
      assert.ok(next !== undefined);
      seen.push(weekdayOf(next));
      now = next;
    }
    assert.deepEqual(seen, ['monday', 'wednesday', 'sunday', 'monday', 'wednesday']);
  });

  describe('across a DST change (real with TZ=Europe/Berlin)', () => {
    it('keeps the wall-clock time over the spring-forward weekend', () => {
      // Saturday 30 March 2024 → Monday 1 April, across Sunday 31 March (23 hours long in Berlin).
      const next = nextReminder(local(2024, 3, 30, 9, 0), seven, WORKDAYS);
      assert.deepEqual(fields(next), [2024, 4, 1, 7, 30]);
    });

    it('keeps the wall-clock time over the fall-back weekend', () => {
      // Saturday 26 October 2024 → Monday 28 October, across Sunday 27 October (25 hours long in Berlin).
      const next = nextReminder(local(2024, 10, 26, 9, 0), seven, WORKDAYS);
      assert.deepEqual(fields(next), [2024, 10, 28, 7, 30]);
    });

    it('fires on the DST day itself at the local time', () => {
      for (const [month, day] of [
        [3, 31],
        [10, 27],
      ] as const) {
        const next = nextReminder(local(2024, month, day - 1, 20, 0), { hour: 8, minute: 0 }, ['sunday']);
        assert.deepEqual(fields(next), [2024, month, day, 8, 0], `${month}/${day}`);
      }
    });

    it('a week ahead is 7 calendar days, not 7 × 24 hours', () => {
      const next = nextReminder(local(2024, 3, 27, 9, 0), seven, ['wednesday']);
      assert.deepEqual(fields(next), [2024, 4, 3, 7, 30]);
    });

    it('a time that does not exist on the spring-forward day still gives a reminder that day, after now', () => {
      // 02:30 is skipped in Berlin on 31 March; elsewhere it simply exists.
      const now = local(2024, 3, 31, 0, 0);
      const next = nextReminder(now, { hour: 2, minute: 30 }, ['sunday']);
      assert.ok(next !== undefined && next > now);
      assert.deepEqual(fields(next).slice(0, 3), [2024, 3, 31]);
    });
  });
});
