import * as assert from 'node:assert/strict';
import { HISTORY_FORMAT, mergeRecords, readStored, StoredRecord, toStoredList } from '../../src/core/coaching/historyRecords';

const record = (startedAt: number, fields: Record<string, unknown> = {}): StoredRecord => ({
  startedAt,
  routine: 'coach',
  stepsDone: 6,
  stepsTotal: 6,
  outcome: 'finished',
  ...fields,
});

describe('stored history records', () => {
  it('reads a v0.2 list, a container and a single record, keeping every field', () => {
    const found = record(1, { notes: 'rain' });
    assert.deepEqual(readStored([found, 'junk', null, { startedAt: 'yesterday' }]), { records: [found], writable: true });
    assert.deepEqual(readStored(toStoredList([found])), { records: [found], writable: true });
    assert.deepEqual(readStored({ format: HISTORY_FORMAT, record: found }), { records: [found], writable: true });
    assert.deepEqual(readStored(undefined), { records: [], writable: true });
    assert.deepEqual(readStored('corrupt'), { records: [], writable: true });
  });

  it('reads a newer format as far as it can, and marks it not to be rewritten', () => {
    const stored = { format: HISTORY_FORMAT + 1, records: [record(1, { outcome: 'abandoned' })] };
    assert.deepEqual(readStored(stored), { records: stored.records, writable: false });
  });

  it('merges one record per warm-up from every source, oldest first', () => {
    const merged = mergeRecords([record(3), record(1)], [record(2), record(1)], []);
    assert.deepEqual(merged.map((r) => r.startedAt), [1, 2, 3]);
  });

  it('where two disagree, the later update wins field by field and fields only one has are kept', () => {
    const older = record(1, { updatedAt: 10, legs: 'ok', notes: 'rain' });
    const newer = record(1, { updatedAt: 20, legs: 'heavy', shoes: 'trail' });
    const expected = record(1, { updatedAt: 20, legs: 'heavy', notes: 'rain', shoes: 'trail' });
    assert.deepEqual(mergeRecords([older], [newer]), [expected]);
    assert.deepEqual(mergeRecords([newer], [older]), [expected], 'in either order');
  });

  it('a merge is the same whatever the order of its sources (every window and machine reads the same history)', () => {
    const sources = [[record(1, { updatedAt: 5 })], [record(1, { updatedAt: 7, legs: 'fresh' }), record(2)], [record(2, { updatedAt: 1, legs: 'ok' })]];
    const forward = mergeRecords(...sources);
    assert.deepEqual(mergeRecords(...[...sources].reverse()), forward);
    assert.deepEqual(mergeRecords(sources[1], sources[0], sources[2]), forward);
  });
});
