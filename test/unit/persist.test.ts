import * as assert from 'node:assert/strict';
import { fromStored, SESSION_FORMAT, toStored } from '../../src/core/warmup/persist';
import { advance, pause, Session, startSession } from '../../src/core/warmup/session';
import { defaultRoutine, MINUTE, T0 } from './helpers';

const running = advance(startSession(defaultRoutine(), T0), T0 + 5 * MINUTE + 1);
const paused = pause(running, T0 + 5 * MINUTE + 2);
const done = advance(running, T0 + 60 * MINUTE);

/** What globalState gives back: a JSON copy. */
function throughJson(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value));
}

/** A valid stored running session with one field replaced. */
function storedWith(change: Record<string, unknown>, session: Session = running): unknown {
  const stored = throughJson(toStored(session)) as { session: Record<string, unknown> };
  return { ...stored, session: { ...stored.session, ...change } };
}

describe('persist', () => {
  it('round-trips running, paused and done sessions', () => {
    assert.equal(running.status, 'running');
    assert.equal(paused.status, 'paused');
    assert.equal(done.status, 'done');
    for (const session of [running, paused, done]) {
      assert.deepEqual(fromStored(throughJson(toStored(session))), session);
    }
  });

  it('round-trips a warm-up with no steps (done at once)', () => {
    const empty = startSession([], T0);
    assert.deepEqual(fromStored(throughJson(toStored(empty))), empty);
  });

  it('stores the format version', () => {
    assert.equal(toStored(running).format, SESSION_FORMAT);
  });

  it('rejects what is not a stored session', () => {
    for (const raw of [undefined, null, 0, 'session', [], [toStored(running)], {}, { format: SESSION_FORMAT }]) {
      assert.equal(fromStored(raw), undefined, JSON.stringify(raw));
    }
  });

  it('rejects another format version', () => {
    const stored = throughJson(toStored(running)) as Record<string, unknown>;
    for (const format of [0, 2, '1', null, undefined]) {
      assert.equal(fromStored({ ...stored, format }), undefined, String(format));
    }
  });

  it('rejects a session that is null, an array or has an unknown status', () => {
    assert.equal(fromStored({ format: SESSION_FORMAT, session: null }), undefined);
    assert.equal(fromStored({ format: SESSION_FORMAT, session: [running] }), undefined);
    assert.equal(fromStored(storedWith({ status: 'stopped' })), undefined);
    assert.equal(fromStored(storedWith({ status: undefined })), undefined);
  });

  it('rejects missing or wrongly typed fields', () => {
    const bad: Array<[Record<string, unknown>, Session]> = [
      [{ steps: undefined }, running],
      [{ steps: 'walk' }, running],
      [{ steps: { 0: { id: 'walk', durationMs: 1 } } }, running],
      [{ startedAt: undefined }, running],
      [{ startedAt: '2024-01-01' }, running],
      [{ startedAt: null }, running],
      [{ index: undefined }, running],
      [{ index: '1' }, running],
      [{ index: 1.5 }, running],
      [{ stepEndsAt: undefined }, running],
      [{ stepEndsAt: '1' }, running],
      [{ remainingMs: undefined }, paused],
      [{ remainingMs: -1 }, paused],
      [{ remainingMs: '1000' }, paused],
      [{ finishedAt: undefined }, done],
      [{ finishedAt: true }, done],
    ];
    for (const [change, session] of bad) {
      assert.equal(fromStored(storedWith(change, session)), undefined, JSON.stringify(change));
    }
  });

  it('rejects non-finite numbers', () => {
    const stored = toStored(running) as unknown as { session: Record<string, unknown> };
    for (const value of [NaN, Infinity, -Infinity]) {
      assert.equal(fromStored({ ...stored, session: { ...stored.session, stepEndsAt: value } }), undefined);
      assert.equal(fromStored({ ...stored, session: { ...stored.session, startedAt: value } }), undefined);
    }
  });

  it('rejects bad steps: unknown ids, zero or negative durations, wrong types', () => {
    const steps = [
      [{ id: 'jumpingJacks', durationMs: 1000 }],
      [{ id: 'walk', durationMs: 0 }],
      [{ id: 'walk', durationMs: -1000 }],
      [{ id: 'walk', durationMs: '1000' }],
      [{ id: 'walk' }],
      [{ durationMs: 1000 }],
      [null],
      ['walk'],
    ];
    for (const bad of steps) {
      const candidate = storedWith({ steps: [...(running.steps as unknown[]), ...bad], index: 0 });
      assert.equal(fromStored(candidate), undefined, JSON.stringify(bad));
    }
  });

  it('rejects an index out of range', () => {
    for (const index of [-1, running.steps.length, 99]) {
      assert.equal(fromStored(storedWith({ index })), undefined, String(index));
    }
  });

  it('rejects a running or paused session without steps', () => {
    assert.equal(fromStored(storedWith({ steps: [], index: 0 })), undefined);
    assert.equal(fromStored(storedWith({ steps: [], index: 0 }, paused)), undefined);
  });
});
