import { isLegsFeel, LegsFeel } from './legs';

/** One warm-up that was started, recorded when it ended. `startedAt` identifies it. */
export interface HistoryEntry {
  /** Epoch milliseconds. */
  readonly startedAt: number;
  /** The routine's id or name. */
  readonly routine: string;
  readonly stepsDone: number;
  readonly stepsTotal: number;
  readonly outcome: 'finished' | 'stopped';
  /** The answer at the end of the warm-up. */
  readonly legs?: LegsFeel;
  /** The answer after the run: how the first ten minutes felt. */
  readonly runLegs?: LegsFeel;
  /** Whether the opening walk ran its whole length; undefined when the routine has none, or for older entries. */
  readonly walkWhole?: boolean;
}

/** How many warm-ups are kept; the oldest go first. */
export const HISTORY_CAP = 500;

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
  const { startedAt, routine, stepsDone, stepsTotal, outcome, legs, runLegs, walkWhole } = item as Record<string, unknown>;
  if (
    !isTimestamp(startedAt) ||
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
  return {
    startedAt,
    routine,
    stepsDone,
    stepsTotal,
    outcome,
    ...(isLegsFeel(legs) ? { legs } : {}),
    ...(isLegsFeel(runLegs) ? { runLegs } : {}),
    ...(typeof walkWhole === 'boolean' ? { walkWhole } : {}),
  };
}

/** The latest time a JavaScript Date can hold (year 275760): anything later cannot be a start time, or be shown. */
const LAST_DATE_MS = 8.64e15;

/** A whole number of milliseconds that a Date can show. */
function isTimestamp(value: unknown): value is number {
  return isWholeNumber(value) && value <= LAST_DATE_MS;
}

/**
 * The latest warm-up that has started by `now`. An entry dated later (a machine with a wrong clock wrote it) is kept
 * but never taken for the warm-up that just happened, so a legs answer goes where it belongs.
 */
export function latestStarted(history: readonly HistoryEntry[], now: number): HistoryEntry | undefined {
  return history.filter((entry) => entry.startedAt <= now).at(-1);
}

function isWholeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}
