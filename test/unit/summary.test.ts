import * as assert from 'node:assert/strict';
import { advance, pause, startSession } from '../../src/core/warmup/session';
import { summarize } from '../../src/core/warmup/summary';
import { defaultRoutine, MINUTE, SECOND, T0 } from './helpers';

describe('summarize', () => {
  const start = startSession(defaultRoutine(), T0);

  it('describes a running step: position, clocks and what comes next', () => {
    const now = T0 + 5 * MINUTE + 5 * SECOND; // high knees, 25 s left
    assert.deepEqual(summarize(advance(start, now), now), {
      status: 'running',
      stepId: 'highKnees',
      position: 2,
      count: 6,
      remainingMs: 25 * SECOND,
      seconds: 25,
      clock: '0:25',
      totalClock: '3:55',
      nextId: 'buttKicks',
    });
  });

  it('keeps showing the paused time', () => {
    const paused = pause(start, T0 + 61 * SECOND - 400);
    const view = summarize(paused, T0 + 30 * MINUTE);
    assert.equal(view.status, 'paused');
    assert.equal(view.clock, '4:00'); // 3:59.4 left, shown rounded up
    assert.equal(view.totalClock, '8:00');
  });

  it('has no next step on the last one and shows 0:00 when done', () => {
    const last = advance(start, T0 + 8 * MINUTE);
    assert.equal(summarize(last, T0 + 8 * MINUTE).nextId, undefined);
    assert.equal(summarize(last, T0 + 8 * MINUTE).stepId, 'easeIn');
    const done = advance(start, T0 + 9 * MINUTE);
    const view = summarize(done, T0 + 9 * MINUTE);
    assert.deepEqual([view.status, view.stepId, view.position, view.clock, view.totalClock], ['done', 'easeIn', 6, '0:00', '0:00']);
  });
});
