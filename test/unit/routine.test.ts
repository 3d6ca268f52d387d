import * as assert from 'node:assert/strict';
import { buildRoutine, totalDuration } from '../../src/core/routines/routine';
import { DEFAULT_SETTINGS, WarmupSettings } from '../../src/core/settings/warmupSettings';
import { MINUTE, SECOND } from './helpers';

function routine(overrides: Partial<WarmupSettings>) {
  return buildRoutine({ ...DEFAULT_SETTINGS, ...overrides });
}

describe('buildRoutine', () => {
  it('builds the coach routine from the defaults: walk 5 min, 4 drills of 30 s, ease-in 2 min', () => {
    const steps = buildRoutine(DEFAULT_SETTINGS);
    assert.deepEqual(steps, [
      { id: 'walk', durationMs: 5 * MINUTE },
      { id: 'highKnees', durationMs: 30 * SECOND },
      { id: 'buttKicks', durationMs: 30 * SECOND },
      { id: 'lateralWalk', durationMs: 30 * SECOND },
      { id: 'walkBackwards', durationMs: 30 * SECOND },
      { id: 'easeIn', durationMs: 2 * MINUTE },
    ]);
    assert.equal(totalDuration(steps), 9 * MINUTE);
  });

  it('leaves the drills out when the list is empty', () => {
    const steps = routine({ drills: [] });
    assert.deepEqual(steps.map((s) => s.id), ['walk', 'easeIn']);
    assert.equal(totalDuration(steps), 7 * MINUTE);
  });

  it('leaves the ease-in step out when easeInMinutes is 0', () => {
    const steps = routine({ easeInMinutes: 0 });
    assert.deepEqual(steps.map((s) => s.id), ['walk', 'highKnees', 'buttKicks', 'lateralWalk', 'walkBackwards']);
  });

  it('is just the walk with no drills and no ease-in', () => {
    assert.deepEqual(routine({ drills: [], easeInMinutes: 0 }), [{ id: 'walk', durationMs: 5 * MINUTE }]);
  });

  it('keeps the drill order and repeats', () => {
    const steps = routine({ drills: ['walkBackwards', 'highKnees', 'highKnees', 'buttKicks'], drillSeconds: 45 });
    assert.deepEqual(steps.slice(1, -1), [
      { id: 'walkBackwards', durationMs: 45 * SECOND },
      { id: 'highKnees', durationMs: 45 * SECOND },
      { id: 'highKnees', durationMs: 45 * SECOND },
      { id: 'buttKicks', durationMs: 45 * SECOND },
    ]);
  });

  it('turns fractional minutes into whole milliseconds', () => {
    const steps = routine({ walkMinutes: 3.5, easeInMinutes: 1.25 });
    assert.equal(steps[0].durationMs, 3 * MINUTE + 30 * SECOND);
    assert.equal(steps[steps.length - 1].durationMs, 75 * SECOND);
    const odd = routine({ walkMinutes: 1 / 3 + 1 });
    assert.equal(odd[0].durationMs, 80 * SECOND);
    assert.ok(Number.isInteger(routine({ walkMinutes: 1.0000001 })[0].durationMs));
  });
});

describe('totalDuration', () => {
  it('is 0 for no steps and the sum otherwise', () => {
    assert.equal(totalDuration([]), 0);
    assert.equal(totalDuration([{ id: 'walk', durationMs: 1 }, { id: 'easeIn', durationMs: 2 }]), 3);
  });
});
