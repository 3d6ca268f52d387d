import { HistoryEntry } from './history';

/** Local midnight starting the day that contains `t`. */
function startOfDay(t: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Local midnight `days` calendar days after (or before) the day that contains `t`; DST-safe. */
function addDays(t: number, days: number): number {
  const d = new Date(t);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).getTime();
}

/**
 * Local midnight of the day before the day starting at `midnight`. The last millisecond before midnight belongs to
 * the previous day even where a calendar day was skipped (Samoa, 30 December 2011), where the day before by date
 * arithmetic does not exist and would give the same day again.
 */
function previousDay(midnight: number): number {
  return startOfDay(midnight - 1);
}

/** Monday 00:00 local time of the week that contains `t`. */
export function startOfWeek(t: number): number {
  const sinceMonday = (new Date(t).getDay() + 6) % 7;
  return addDays(t, -sinceMonday);
}

function countBetween(history: readonly HistoryEntry[], from: number, to: number): number {
  return history.filter((entry) => entry.startedAt >= from && entry.startedAt < to).length;
}

/** Warm-ups started this local week (Monday to Sunday), whatever their outcome. */
export function countThisWeek(history: readonly HistoryEntry[], now: number): number {
  const weekStart = startOfWeek(now);
  return countBetween(history, weekStart, addDays(weekStart, 7));
}

/**
 * Consecutive local days with at least one finished warm-up, ending today — or ending yesterday while today has none
 * yet, so a streak is not lost in the morning. 0 when neither today nor yesterday has one.
 */
export function streakDays(history: readonly HistoryEntry[], now: number): number {
  const days = new Set(history.filter((entry) => entry.outcome === 'finished').map((entry) => startOfDay(entry.startedAt)));
  const today = startOfDay(now);
  let day = days.has(today) ? today : previousDay(today);
  let streak = 0;
  // At most one step per recorded day: no calendar oddity can keep this loop going.
  while (days.has(day) && streak < days.size) {
    streak += 1;
    day = previousDay(day);
  }
  return streak;
}

/** Warm-ups started per local week for the last `weeks` weeks, oldest first, the current week last. */
export function weeklyCounts(
  history: readonly HistoryEntry[],
  now: number,
  weeks = 8,
): { weekStart: number; count: number }[] {
  const current = startOfWeek(now);
  const result: { weekStart: number; count: number }[] = [];
  for (let back = Math.floor(weeks) - 1; back >= 0; back--) {
    const weekStart = addDays(current, -7 * back);
    result.push({ weekStart, count: countBetween(history, weekStart, addDays(weekStart, 7)) });
  }
  return result;
}

/** The `n` most recent warm-ups, newest first. */
export function recent(history: readonly HistoryEntry[], n: number): HistoryEntry[] {
  return [...history].sort((a, b) => b.startedAt - a.startedAt).slice(0, Math.max(0, Math.floor(n)));
}

/**
 * Local date and time in ISO 8601 with the UTC offset that applied then, `YYYY-MM-DDTHH:MM:SS±HH:MM`: readable as the
 * runner's own time, and still one exact instant when the file is read in another time zone or after a DST change.
 */
export function formatIsoWithOffset(t: number): string {
  const d = new Date(t);
  const two = (n: number): string => String(n).padStart(2, '0');
  const east = -d.getTimezoneOffset();
  const offset = `${east < 0 ? '-' : '+'}${two(Math.floor(Math.abs(east) / 60))}:${two(Math.abs(east) % 60)}`;
  const date = `${String(d.getFullYear()).padStart(4, '0')}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  return `${date}T${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}${offset}`;
}
