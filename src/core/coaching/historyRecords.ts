/**
 * History as it is stored, shared between windows and synced between machines. Each machine writes only its own
 * records (one file per warm-up in its storage folder, and one synced key), and every reader merges them all, so two
 * windows or two machines writing at the same moment can only add. Records are kept as found: fields and formats this
 * version does not know are carried along, never dropped.
 */

/** Shape version of the stored records; a reader keeps records of a newer format and never rewrites them. */
export const HISTORY_FORMAT = 2;

/** One warm-up's record as stored: the known fields of a HistoryEntry plus anything else found; `startedAt` keys it. */
export type StoredRecord = Readonly<Record<string, unknown>> & { readonly startedAt: number; readonly updatedAt?: number };

/** A container found in storage: its records, and whether this version may write it back (not a newer format). */
export interface StoredList {
  readonly records: readonly StoredRecord[];
  readonly writable: boolean;
}

/** The records in anything found in storage: a v0.2 list, a `{ format, records }` container, or one `{ format, record }`. */
export function readStored(raw: unknown): StoredList {
  if (Array.isArray(raw)) {
    return { records: raw.filter(isRecord), writable: true };
  }
  if (typeof raw !== 'object' || raw === null) {
    return { records: [], writable: true };
  }
  const { format, records, record } = raw as Record<string, unknown>;
  const writable = typeof format !== 'number' || format <= HISTORY_FORMAT;
  const found = Array.isArray(records) ? records : [record];
  return { records: found.filter(isRecord), writable };
}

/** The container this version writes for a list of records. */
export function toStoredList(records: readonly StoredRecord[]): { format: number; records: readonly StoredRecord[] } {
  return { format: HISTORY_FORMAT, records };
}

/** The container this version writes for one record. */
export function toStoredOne(record: StoredRecord): { format: number; record: StoredRecord } {
  return { format: HISTORY_FORMAT, record };
}

/**
 * Merges records from every source into one per warm-up, oldest first. Where two disagree, the one updated later
 * wins field by field, and fields only one of them has are kept.
 */
export function mergeRecords(...sources: readonly (readonly StoredRecord[])[]): StoredRecord[] {
  const merged = new Map<number, StoredRecord>();
  for (const record of sources.flat()) {
    const other = merged.get(record.startedAt);
    merged.set(record.startedAt, other ? combine(other, record) : record);
  }
  return [...merged.values()].sort((a, b) => a.startedAt - b.startedAt);
}

function combine(a: StoredRecord, b: StoredRecord): StoredRecord {
  const [older, newer] = (a.updatedAt ?? 0) <= (b.updatedAt ?? 0) ? [a, b] : [b, a];
  return { ...older, ...newer };
}

/** A record is any object with a start time; everything else about it is checked when it is shown. */
function isRecord(value: unknown): value is StoredRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Number.isSafeInteger((value as { startedAt?: unknown }).startedAt);
}
