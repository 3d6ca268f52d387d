/** The answer to "How do my legs feel?" after a warm-up. */
export type LegsFeel = 'fresh' | 'ok' | 'heavy';

export const LEGS_FEELS: readonly LegsFeel[] = ['fresh', 'ok', 'heavy'];

/** One warm-up that was started, recorded when it ended. `startedAt` identifies it. */
export interface HistoryEntry {
  /** Epoch milliseconds. */
  readonly startedAt: number;
  /** The routine's id or name. */
  readonly routine: string;
  readonly stepsDone: number;
  readonly stepsTotal: number;
  readonly outcome: 'finished' | 'stopped';
  readonly legs?: LegsFeel;
}

/** How many warm-ups are kept; the oldest go first. */
export const HISTORY_CAP = 500;

/** A new history with the entry added in time order (newest last), keeping at most HISTORY_CAP entries. */
export function addEntry(history: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const next = [...history];
  let at = next.length;
  while (at > 0 && next[at - 1].startedAt > entry.startedAt) {
    at -= 1;
  }
  next.splice(at, 0, entry);
  return next.slice(Math.max(0, next.length - HISTORY_CAP));
}

/** A new history with the legs answer saved on the warm-up that started at `startedAt`; unknown → unchanged. */
export function setLegs(history: readonly HistoryEntry[], startedAt: number, legs: LegsFeel): HistoryEntry[] {
  return history.map((entry) => (entry.startedAt === startedAt ? { ...entry, legs } : entry));
}

/**
 * Reads a stored history (anything found in storage): keeps the well-formed entries, drops the rest, never throws.
 * A malformed legs answer is dropped on its own, keeping the warm-up. Sorted by start time, at most HISTORY_CAP.
 */
export function parseHistory(raw: unknown): HistoryEntry[] {
  if (!Array.isArray(raw)) {
    return [];
  }
  const entries: HistoryEntry[] = [];
  for (const item of raw) {
    const entry = parseEntry(item);
    if (entry) {
      entries.push(entry);
    }
  }
  entries.sort((a, b) => a.startedAt - b.startedAt);
  return entries.slice(Math.max(0, entries.length - HISTORY_CAP));
}

function parseEntry(item: unknown): HistoryEntry | undefined {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return undefined;
  }
  const { startedAt, routine, stepsDone, stepsTotal, outcome, legs } = item as Record<string, unknown>;
  if (
    !isWholeNumber(startedAt) ||
    typeof routine !== 'string' ||
    routine === '' ||
    !isWholeNumber(stepsDone) ||
    !isWholeNumber(stepsTotal) ||
    stepsTotal < 1 ||
    stepsDone > stepsTotal ||
    (outcome !== 'finished' && outcome !== 'stopped')
  ) {
    return undefined;
  }
  const entry: HistoryEntry = { startedAt, routine, stepsDone, stepsTotal, outcome };
  return isLegsFeel(legs) ? { ...entry, legs } : entry;
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** True for 'fresh', 'ok' and 'heavy'. */
export function isLegsFeel(value: unknown): value is LegsFeel {
  return typeof value === 'string' && (LEGS_FEELS as readonly string[]).includes(value);
}

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
  let day = days.has(today) ? today : addDays(today, -1);
  let streak = 0;
  while (days.has(day)) {
    streak += 1;
    day = addDays(day, -1);
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

export const CSV_HEADER = 'date,routine,steps_done,steps_total,outcome,legs';

/**
 * The history as CSV, oldest first: a header row, then one row per warm-up; dates in local time as
 * `YYYY-MM-DD HH:MM`; every line ends with `\n`. Text fields are quoted per RFC 4180 when needed, and a text field
 * that a spreadsheet would run as a formula is prefixed with a single quote.
 */
export function toCsv(history: readonly HistoryEntry[]): string {
  const rows = [...history]
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((entry) =>
      [
        formatLocalDateTime(entry.startedAt),
        csvText(entry.routine),
        String(entry.stepsDone),
        String(entry.stepsTotal),
        csvText(entry.outcome),
        csvText(entry.legs ?? ''),
      ].join(','),
    );
  return [CSV_HEADER, ...rows].map((line) => `${line}\n`).join('');
}

/** Local date and time as `YYYY-MM-DD HH:MM`. */
export function formatLocalDateTime(t: number): string {
  const d = new Date(t);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${two(d.getMonth() + 1)}-${two(d.getDate())} ${two(d.getHours())}:${two(d.getMinutes())}`;
}

function csvText(value: string): string {
  // Spreadsheets run cells starting with these as formulas (tab and carriage return too, per OWASP).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
