import * as assert from 'node:assert/strict';
import { countThisWeek, formatIsoWithOffset, recent, startOfWeek, streakDays, weeklyCounts } from '../../src/core/coaching/calendar';
import { toCsv } from '../../src/core/coaching/csv';
import { HISTORY_CAP, HistoryEntry, latestStarted, parseHistory } from '../../src/core/coaching/history';

// Dates are built from local calendar fields, so every test holds in any time zone.
// 2024-01-15 is a Monday. DST changes in 2024: US 10 March / 3 November, EU 31 March / 27 October.

/** Epoch ms of a local date and time (month is 1-based here, unlike Date). */
function local(year: number, month: number, day: number, hour = 0, minute = 0): number {
  return new Date(year, month - 1, day, hour, minute).getTime();
}

function entry(startedAt: number, overrides: Partial<HistoryEntry> = {}): HistoryEntry {
  return { startedAt, routine: 'coach', stepsDone: 7, stepsTotal: 7, outcome: 'finished', ...overrides };
}

/** Asserts that `t` is local midnight at the start of a Monday with the given date. */
function assertLocalMonday(t: number, year: number, month: number, day: number): void {
  const d = new Date(t);
  assert.deepEqual(
    [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getDay(), d.getHours(), d.getMinutes()],
    [year, month, day, 1, 0, 0],
    `week start ${d.toString()}`,
  );
}

/** Runs `body` with the process in time zone `zone` (Node re-reads TZ when it changes). */
function inZone<T>(zone: string, body: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = zone;
  try {
    return body();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

describe('parseHistory', () => {
  const good = entry(local(2024, 2, 1, 7), { routine: 'officeQuick', stepsDone: 3, stepsTotal: 5, outcome: 'stopped', legs: 'ok' });

  it('returns an empty history for anything that is not a list', () => {
    for (const raw of [undefined, null, 0, 'x', {}, { length: 1, 0: good }]) {
      assert.deepEqual(parseHistory(raw), [], String(raw));
    }
  });

  it('keeps well-formed entries and survives a JSON round trip', () => {
    const history = [entry(local(2024, 2, 1, 6)), good];
    assert.deepEqual(parseHistory(JSON.parse(JSON.stringify(history))), history);
  });

  it('drops malformed entries without throwing', () => {
    const bad: unknown[] = [
      null,
      42,
      'entry',
      [good],
      { ...good, startedAt: undefined },
      { ...good, startedAt: '2024-02-01' },
      { ...good, startedAt: NaN },
      { ...good, startedAt: -1 },
      { ...good, startedAt: 1.5 },
      { ...good, routine: 3 },
      { ...good, routine: '' },
      { ...good, stepsDone: '3' },
      { ...good, stepsDone: -1 },
      { ...good, stepsDone: 6, stepsTotal: 5 },
      { ...good, stepsDone: 0, stepsTotal: 0 },
      { ...good, stepsTotal: Infinity },
      { ...good, outcome: 'done' },
      { ...good, outcome: undefined },
    ];
    assert.deepEqual(parseHistory([...bad, good]), [good]);
  });

  it('keeps a warm-up whose legs answer is malformed, without the answer', () => {
    const { legs: _legs, ...rest } = good;
    for (const legs of ['Heavy', 3, null, {}]) {
      assert.deepEqual(parseHistory([{ ...good, legs }]), [rest], String(legs));
    }
  });

  it('keeps only the known fields', () => {
    assert.deepEqual(parseHistory([{ ...good, extra: 'x', __proto__: { y: 1 } }]), [good]);
  });

  it('sorts by start time', () => {
    const a = entry(300);
    const b = entry(100);
    const c = entry(200);
    assert.deepEqual(parseHistory([a, b, c]), [b, c, a]);
  });

  it('rejects start times no date can show, and keeps a future one', () => {
    const future = entry(Date.UTC(2030, 2, 9));
    assert.deepEqual(parseHistory([entry(8.64e15 + 1), entry(9e15), entry(Number.MAX_SAFE_INTEGER), future]), [future]);
  });

  it('never takes a future-dated entry for the latest warm-up', () => {
    const today = entry(Date.UTC(2026, 10, 26, 12));
    const wrongClock = entry(Date.UTC(2030, 2, 9));
    assert.deepEqual(latestStarted(parseHistory([today, wrongClock]), Date.UTC(2026, 10, 26, 13)), today);
    assert.equal(latestStarted([wrongClock], Date.UTC(2026, 10, 26, 13)), undefined);
  });

  it(`keeps the newest ${HISTORY_CAP} of a longer stored list`, () => {
    const many = Array.from({ length: HISTORY_CAP + 10 }, (_, i) => entry(1000 + i));
    const parsed = parseHistory(many);
    assert.equal(parsed.length, HISTORY_CAP);
    assert.equal(parsed[0].startedAt, 1010);
  });
});

describe('history: calendar', () => {
  describe('startOfWeek', () => {
    it('is Monday 00:00 local time', () => {
      for (const [day, hour] of [
        [15, 0],
        [15, 7],
        [17, 12],
        [21, 23],
      ] as const) {
        assertLocalMonday(startOfWeek(local(2024, 1, day, hour, 59)), 2024, 1, 15);
      }
      assertLocalMonday(startOfWeek(local(2024, 1, 14, 23, 59)), 2024, 1, 8);
    });

    it('crosses month and year ends', () => {
      assertLocalMonday(startOfWeek(local(2025, 1, 1, 9)), 2024, 12, 30);
      assertLocalMonday(startOfWeek(local(2024, 3, 2, 9)), 2024, 2, 26);
    });

    it('is right in DST-change weeks', () => {
      // The Sunday of each change, late in the day, and the Monday after.
      assertLocalMonday(startOfWeek(local(2024, 3, 10, 22)), 2024, 3, 4);
      assertLocalMonday(startOfWeek(local(2024, 3, 31, 22)), 2024, 3, 25);
      assertLocalMonday(startOfWeek(local(2024, 10, 27, 23, 30)), 2024, 10, 21);
      assertLocalMonday(startOfWeek(local(2024, 11, 3, 23, 30)), 2024, 10, 28);
      assertLocalMonday(startOfWeek(local(2024, 11, 4, 0, 30)), 2024, 11, 4);
    });
  });

  describe('countThisWeek', () => {
    it('counts warm-ups started since Monday 00:00, finished or stopped', () => {
      const history = [
        entry(local(2024, 1, 14, 23, 59)), // last week's Sunday
        entry(local(2024, 1, 15, 0, 0)),
        entry(local(2024, 1, 16, 7), { outcome: 'stopped', stepsDone: 2 }),
        entry(local(2024, 1, 21, 23, 59)),
        entry(local(2024, 1, 22, 0, 0)), // next week (clock skew from another machine)
      ];
      assert.equal(countThisWeek(history, local(2024, 1, 21, 23, 59)), 3);
      assert.equal(countThisWeek(history, local(2024, 1, 15, 0, 0)), 3);
      assert.equal(countThisWeek(history, local(2024, 1, 22, 6)), 1);
      assert.equal(countThisWeek([], local(2024, 1, 22, 6)), 0);
    });

    it('counts a full week that contains a DST change', () => {
      const history = [1, 2, 3, 4, 5, 6, 7].map((i) => entry(local(2024, 10, 27 + i, 0, 30)));
      // 28 Oct .. 3 Nov: US fall-back on Sunday 3 Nov; 0:30 exists on every one of these days.
      assert.equal(countThisWeek(history, local(2024, 11, 3, 23, 30)), 7);
      // 25 .. 31 March: EU spring-forward on Sunday 31 March.
      const spring = [0, 1, 2, 3, 4, 5, 6].map((i) => entry(local(2024, 3, 25 + i, 23, 30)));
      assert.equal(countThisWeek(spring, local(2024, 3, 25, 0, 0)), 7);
      assert.equal(countThisWeek(spring, local(2024, 4, 1, 0, 0)), 0);
    });
  });

  describe('streakDays', () => {
    const now = local(2024, 1, 17, 18); // Wednesday evening

    it('counts consecutive days with a finished warm-up, ending today', () => {
      const history = [entry(local(2024, 1, 15, 7)), entry(local(2024, 1, 16, 23, 59)), entry(local(2024, 1, 17, 0, 0))];
      assert.equal(streakDays(history, now), 3);
    });

    it('counts several warm-ups on one day once', () => {
      const history = [entry(local(2024, 1, 17, 7)), entry(local(2024, 1, 17, 12)), entry(local(2024, 1, 17, 17))];
      assert.equal(streakDays(history, now), 1);
    });

    it('still counts a streak ending yesterday while today has none yet', () => {
      const history = [entry(local(2024, 1, 15, 7)), entry(local(2024, 1, 16, 7))];
      assert.equal(streakDays(history, now), 2);
    });

    it('ends, and counts across a calendar day that was skipped (Samoa, 30 December 2011)', () => {
      inZone('Pacific/Apia', () => {
        const at = (day: number) => new Date(2011, 11, day, 12).getTime();
        assert.equal(new Date(2011, 11, 30).getDate(), 31, 'Node knows that 30 December 2011 did not exist in Samoa');
        assert.equal(streakDays([entry(at(28)), entry(at(29)), entry(at(31))], at(31)), 3);
      });
    });

    it('is 0 when neither today nor yesterday has a finished warm-up', () => {
      assert.equal(streakDays([entry(local(2024, 1, 15, 7))], now), 0);
      assert.equal(streakDays([], now), 0);
    });

    it('ignores stopped warm-ups, so they break a streak', () => {
      const history = [
        entry(local(2024, 1, 14, 7)),
        entry(local(2024, 1, 15, 7), { outcome: 'stopped', stepsDone: 1 }),
        entry(local(2024, 1, 16, 7)),
        entry(local(2024, 1, 17, 7)),
      ];
      assert.equal(streakDays(history, now), 2);
      assert.equal(streakDays([entry(local(2024, 1, 17, 7), { outcome: 'stopped' })], now), 0);
    });

    it('stops at a gap', () => {
      const history = [entry(local(2024, 1, 13, 7)), entry(local(2024, 1, 14, 7)), entry(local(2024, 1, 16, 7)), entry(local(2024, 1, 17, 7))];
      assert.equal(streakDays(history, now), 2);
    });

    it('runs across every DST change of a long streak', () => {
      // 400 days back from 20 November 2024, at 06:00 each day: spans both 2024 DST changes in any zone that has them.
      const days = 400;
      const history = Array.from({ length: days }, (_, i) => entry(new Date(2024, 10, 20 - i, 6, 0).getTime())).reverse();
      assert.equal(streakDays(history, local(2024, 11, 20, 18)), days);
      assert.equal(streakDays(history, local(2024, 11, 21, 5)), days, 'from the next morning');
      assert.equal(streakDays(history, local(2024, 11, 22, 5)), 0, 'two days later');
    });

    it('handles late-night warm-ups around a DST change', () => {
      // 23:30 on the days around the EU and US spring-forward and fall-back.
      for (const [month, day] of [
        [3, 10],
        [3, 31],
        [10, 27],
        [11, 3],
      ] as const) {
        const history = [-2, -1, 0, 1].map((offset) => entry(new Date(2024, month - 1, day + offset, 23, 30).getTime()));
        assert.equal(streakDays(history, new Date(2024, month - 1, day + 1, 23, 45).getTime()), 4, `${month}/${day}`);
      }
    });
  });

  describe('weeklyCounts', () => {
    it('gives 8 weeks by default, oldest first, current week last', () => {
      const now = local(2024, 4, 10, 12); // Wednesday 10 April 2024
      const history = [
        entry(local(2024, 2, 18, 23, 59)), // Sunday before the first week shown
        entry(local(2024, 2, 19, 0, 0)),
        entry(local(2024, 3, 10, 12)), // US DST day
        entry(local(2024, 3, 31, 12)), // EU DST day
        entry(local(2024, 4, 1, 0, 0)),
        entry(local(2024, 4, 8, 7), { outcome: 'stopped', stepsDone: 1 }),
        entry(local(2024, 4, 10, 7)),
      ];
      const weeks = weeklyCounts(history, now);
      const mondays: [number, number][] = [
        [2, 19],
        [2, 26],
        [3, 4],
        [3, 11],
        [3, 18],
        [3, 25],
        [4, 1],
        [4, 8],
      ];
      assert.equal(weeks.length, 8);
      weeks.forEach((week, i) => assertLocalMonday(week.weekStart, 2024, mondays[i][0], mondays[i][1]));
      assert.deepEqual(
        weeks.map((w) => w.count),
        [1, 0, 1, 0, 0, 1, 1, 2],
      );
      assert.equal(weeks[7].weekStart, startOfWeek(now));
    });

    it('counts seven a week for a daily habit across DST changes', () => {
      const history = Array.from({ length: 400 }, (_, i) => entry(new Date(2024, 10, 20 - i, 6, 0).getTime()));
      const weeks = weeklyCounts(history, local(2024, 11, 20, 18), 52);
      assert.equal(weeks.length, 52);
      assert.deepEqual(
        weeks.map((w) => w.count),
        [...Array.from({ length: 51 }, () => 7), 3],
      );
      for (const week of weeks) {
        const d = new Date(week.weekStart);
        assert.deepEqual([d.getDay(), d.getHours(), d.getMinutes()], [1, 0, 0], d.toString());
      }
    });

    it('gives as many weeks as asked, none for 0', () => {
      assert.equal(weeklyCounts([], local(2024, 1, 17), 3).length, 3);
      assert.deepEqual(weeklyCounts([], local(2024, 1, 17), 0), []);
    });
  });

  describe('recent', () => {
    const history = [entry(100), entry(200), entry(300)];

    it('gives the newest first', () => {
      assert.deepEqual(
        recent(history, 2).map((e) => e.startedAt),
        [300, 200],
      );
      assert.deepEqual(
        recent(history, 10).map((e) => e.startedAt),
        [300, 200, 100],
      );
      assert.deepEqual(recent(history, 0), []);
    });

    it('does not reorder the history it was given', () => {
      recent(history, 3);
      assert.deepEqual(
        history.map((e) => e.startedAt),
        [100, 200, 300],
      );
    });
  });
});

describe('toCsv', () => {
  it('is just the header for an empty history', () => {
    assert.equal(toCsv([]), 'date,routine,steps_done,steps_total,outcome,legs,run_legs\n');
  });

  it('writes one row per warm-up, oldest first, with local dates and their UTC offset (ISO 8601)', () => {
    inZone('Europe/Berlin', () => {
      const history = [
        entry(local(2024, 7, 9, 18, 5), { routine: 'officeQuick', stepsDone: 2, stepsTotal: 5, outcome: 'stopped' }),
        entry(local(2024, 1, 5, 7, 3), { legs: 'heavy', runLegs: 'ok' }),
      ];
      assert.equal(
        toCsv(history),
        [
          'date,routine,steps_done,steps_total,outcome,legs,run_legs',
          '2024-01-05T07:03:00+01:00,coach,7,7,finished,heavy,ok',
          '2024-07-09T18:05:00+02:00,officeQuick,2,5,stopped,,',
          '',
        ].join('\n'),
      );
    });
  });

  it('writes each date as the exact instant, in any time zone, with zero padding', () => {
    const instant = Date.UTC(2024, 11, 31, 23, 59, 7);
    assert.equal(inZone('UTC', () => formatIsoWithOffset(instant)), '2024-12-31T23:59:07+00:00');
    assert.equal(inZone('Asia/Kolkata', () => formatIsoWithOffset(instant)), '2025-01-01T05:29:07+05:30');
    assert.equal(inZone('America/St_Johns', () => formatIsoWithOffset(instant)), '2024-12-31T20:29:07-03:30');
    assert.equal(inZone('Pacific/Kiritimati', () => formatIsoWithOffset(Date.UTC(2024, 0, 1))).slice(-6), '+14:00');
    for (const zone of ['UTC', 'Asia/Kolkata', 'America/St_Johns', 'Europe/Berlin']) {
      assert.equal(new Date(inZone(zone, () => formatIsoWithOffset(instant))).getTime(), instant, `read back in ${zone}`);
    }
  });

  /** The routine field of the single row of a one-warm-up CSV. */
  function routineCell(routine: string): string {
    const header = 'date,routine,steps_done,steps_total,outcome,legs,run_legs\n';
    const csv = inZone('UTC', () => toCsv([entry(Date.UTC(2024, 0, 5, 7, 3), { routine })]));
    const prefix = `${header}2024-01-05T07:03:00+00:00,`;
    const suffix = ',7,7,finished,,\n';
    assert.ok(csv.startsWith(prefix) && csv.endsWith(suffix), csv);
    return csv.slice(prefix.length, -suffix.length);
  }

  it('quotes fields with a comma, a quote or a line break (RFC 4180)', () => {
    assert.equal(routineCell('Easy, then fast'), '"Easy, then fast"');
    assert.equal(routineCell('The "long" one'), '"The ""long"" one"');
    assert.equal(routineCell('two\nlines'), '"two\nlines"');
    assert.equal(routineCell('two\r\nlines'), '"two\r\nlines"');
    assert.equal(routineCell('plain name'), 'plain name');
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    assert.equal(routineCell('=1+1'), "'=1+1");
    assert.equal(routineCell('+1'), "'+1");
    assert.equal(routineCell('-2'), "'-2");
    assert.equal(routineCell('@SUM(A1)'), "'@SUM(A1)");
    assert.equal(routineCell('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
    assert.equal(routineCell('\tcmd'), "'\tcmd");
    assert.equal(routineCell('a=b'), 'a=b', 'only a leading sign matters');
  });
});
