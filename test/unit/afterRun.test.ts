import * as assert from 'node:assert/strict';
import { AFTER_RUN_FROM_MS, AFTER_RUN_UNTIL_MS, afterRunDue } from '../../src/core/coaching/afterRun';
import { fromStored, toStored } from '../../src/core/warmup/persist';
import { advance, previous, skip, startSession, walkWasWhole } from '../../src/core/warmup/session';
import { Step } from '../../src/core/routines/drills';

const T = 1_700_000_000_000;
const STEPS: Step[] = [
  { id: 'walk', durationMs: 180_000 },
  { id: 'highKnees', durationMs: 30_000 },
];
const END = T + 210_000;

describe('after the run', () => {
  it('asks between 15 minutes and 3 hours after a finished warm-up, about that warm-up', () => {
    const session = startSession(STEPS, T);
    assert.equal(afterRunDue(session, END + AFTER_RUN_FROM_MS - 1), undefined, 'too soon: still running, or just set off');
    assert.equal(afterRunDue(session, END + AFTER_RUN_FROM_MS), T);
    assert.equal(afterRunDue(session, END + AFTER_RUN_UNTIL_MS), T);
    assert.equal(afterRunDue(session, END + AFTER_RUN_UNTIL_MS + 1), undefined, 'too long ago to remember the first minutes');
    assert.equal(afterRunDue(undefined, END + AFTER_RUN_FROM_MS), undefined);
    assert.equal(afterRunDue(startSession(STEPS, T), T + 60_000), undefined, 'a warm-up still running');
  });
});

describe('whether the walk was whole', () => {
  it('is true once the walk ran its length, false when it was skipped, and forgiven when gone back to', () => {
    const session = startSession(STEPS, T);
    assert.equal(walkWasWhole(session), false, 'not yet past the walk');
    assert.equal(walkWasWhole(advance(session, T + 181_000)), true);
    const cut = skip(session, T + 60_000);
    assert.equal(walkWasWhole(cut), false);
    assert.equal(walkWasWhole(advance(cut, T + 400_000)), false, 'still cut short once finished');
    const redone = previous(cut, T + 70_000);
    assert.equal(walkWasWhole(advance(redone, T + 70_000 + 181_000)), true, 'the walk done again in full');
    assert.equal(walkWasWhole(startSession([{ id: 'highKnees', durationMs: 30_000 }], T)), undefined, 'no walk in the routine');
  });

  it('is stored with the warm-up and read back', () => {
    const cut = skip(startSession(STEPS, T), T + 60_000);
    assert.deepEqual(fromStored(JSON.parse(JSON.stringify(toStored(cut)))), cut);
    assert.deepEqual(fromStored({ ...toStored(cut), session: { ...cut, cut: [0, 7, -1, 'x'] } })?.cut, [0], 'only real step indexes');
  });
});
