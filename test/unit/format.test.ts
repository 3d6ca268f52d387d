import * as assert from 'node:assert/strict';
import { displaySeconds, formatClock, msUntilDisplayChange } from '../../src/core/warmup/format';

describe('formatClock (m:ss)', () => {
  it('shows 0:30 at the start of a 30 s step and 0:01 in its last second', () => {
    assert.equal(formatClock(30_000), '0:30');
    assert.equal(formatClock(29_999), '0:30');
    assert.equal(formatClock(29_000), '0:29');
    assert.equal(formatClock(1_000), '0:01');
    assert.equal(formatClock(1), '0:01');
  });

  it('shows 0:00 at zero and below', () => {
    assert.equal(formatClock(0), '0:00');
    assert.equal(formatClock(-1), '0:00');
    assert.equal(formatClock(-60_000), '0:00');
  });

  it('pads seconds and does not cap minutes', () => {
    assert.equal(formatClock(65_000), '1:05');
    assert.equal(formatClock(5 * 60_000), '5:00');
    assert.equal(formatClock(59 * 60_000 + 59_001), '60:00');
    assert.equal(formatClock(60 * 60_000), '60:00');
    assert.equal(formatClock(90 * 60_000 + 9_000), '90:09');
  });
});

describe('displaySeconds', () => {
  it('rounds up to whole seconds and never goes below 0', () => {
    assert.equal(displaySeconds(2_001), 3);
    assert.equal(displaySeconds(2_000), 2);
    assert.equal(displaySeconds(0.5), 1);
    assert.equal(displaySeconds(0), 0);
    assert.equal(displaySeconds(-999), 0);
  });
});

describe('msUntilDisplayChange', () => {
  it('is the time until the shown second changes', () => {
    assert.equal(msUntilDisplayChange(2_500), 500);
    assert.equal(msUntilDisplayChange(2_001), 1);
    assert.equal(msUntilDisplayChange(2_000), 1_000);
    assert.equal(msUntilDisplayChange(999), 999);
  });

  it('is 0 when nothing is left', () => {
    assert.equal(msUntilDisplayChange(0), 0);
    assert.equal(msUntilDisplayChange(-5), 0);
  });

  it('agrees with formatClock: the display changes exactly then, not before', () => {
    for (const ms of [1, 999, 1_000, 1_001, 29_999, 30_000, 61_234, 3_600_000]) {
      const wait = msUntilDisplayChange(ms);
      assert.equal(formatClock(ms - wait + 1), formatClock(ms), `${ms}: unchanged just before`);
      assert.notEqual(formatClock(ms - wait), formatClock(ms), `${ms}: changed at`);
    }
  });
});
