import { formatIsoWithOffset } from './calendar';
import { HistoryEntry } from './history';

export const CSV_HEADER = 'date,routine,steps_done,steps_total,outcome,legs,run_legs';

/**
 * The history as CSV, oldest first: a header row, then one row per warm-up; dates in local time with their UTC offset
 * (ISO 8601); every line ends with `\n`. Text fields are quoted per RFC 4180 when needed, and a text field
 * that a spreadsheet would run as a formula is prefixed with a single quote.
 */
export function toCsv(history: readonly HistoryEntry[]): string {
  const rows = [...history]
    .sort((a, b) => a.startedAt - b.startedAt)
    .map((entry) =>
      [
        formatIsoWithOffset(entry.startedAt),
        csvText(entry.routine),
        String(entry.stepsDone),
        String(entry.stepsTotal),
        csvText(entry.outcome),
        csvText(entry.legs ?? ''),
        csvText(entry.runLegs ?? ''),
      ].join(','),
    );
  return [CSV_HEADER, ...rows].map((line) => `${line}\n`).join('');
}

function csvText(value: string): string {
  // Spreadsheets run cells starting with these as formulas (tab and carriage return too, per OWASP).
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
