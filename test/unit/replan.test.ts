import * as assert from 'node:assert/strict';
import { buildRoutine } from '../../src/core/routines/routine';
import { advance, pause, replanFutureSteps, Session, skip, startSession } from '../../src/core/warmup/session';
import { DEFAULT_SETTINGS, WarmupSettings } from '../../src/core/settings/warmupSettings';
import { MINUTE, SECOND, T0 } from './helpers';

function routine(overrides: Partial<WarmupSettings> = {}) {
  return buildRoutine({ ...DEFAULT_SETTINGS, ...overrides });
}

/** The steps as `id:seconds`, easy to compare at a glance. */
function plan(session: Session): string[] {
  return session.steps.map((s) => `${s.id}:${s.durationMs / SECOND}`);
}

describe('replanFutureSteps (settings changed mid-warm-up)', () => {
  it('changes only the steps after the current one; the current step keeps its end time', () => {
    const s = skip(startSession(routine(), T0), T0 + MINUTE); // on highKnees, ends T0 + 1:30
    const next = replanFutureSteps(s, routine({ drillSeconds: 60, easeInMinutes: 3, walkMinutes: 10 }), T0 + 70 * SECOND);
    assert.deepEqual(plan(next), ['walk:300', 'highKnees:30', 'buttKicks:60', 'lateralWalk:60', 'walkBackwards:60', 'easeIn:180']);
    assert.equal(next.status, 'running');
    assert.equal(next.index, 1);
    assert.equal(next.status === 'running' && next.stepEndsAt, T0 + 90 * SECOND);
    assert.equal(next.startedAt, T0);
  });

  it('keeps a paused step paused with the same time left', () => {
    const s = pause(startSession(routine(), T0), T0 + MINUTE);
    const next = replanFutureSteps(s, routine({ walkMinutes: 1, drills: ['buttKicks'] }), T0 + 2 * MINUTE);
    assert.deepEqual(plan(next), ['walk:300', 'buttKicks:30', 'easeIn:120']);
    assert.equal(next.status === 'paused' && next.remainingMs, 4 * MINUTE);
  });

  it('applies to the step the clock is in, not a stale one', () => {
    const s = startSession(routine(), T0);
    const now = T0 + 5 * MINUTE + 10 * SECOND; // the walk is over, high knees is running
    const next = replanFutureSteps(s, routine({ drillSeconds: 20 }), now);
    assert.deepEqual(plan(next), ['walk:300', 'highKnees:30', 'buttKicks:20', 'lateralWalk:20', 'walkBackwards:20', 'easeIn:120']);
    assert.equal(next.index, 1);
  });

  it('returns the session unchanged when the plan is the same', () => {
    const s = startSession(routine(), T0);
    assert.equal(replanFutureSteps(s, routine(), T0 + SECOND), s);
  });

  it('leaves a finished warm-up alone', () => {
    const done = advance(startSession(routine(), T0), T0 + 60 * MINUTE);
    assert.equal(replanFutureSteps(done, routine({ drillSeconds: 90 }), T0 + 61 * MINUTE), done);
  });

  it('keeps the ease-in when the drills are removed while a drill is running', () => {
    const s = skip(skip(startSession(routine(), T0), T0), T0); // on buttKicks (index 2)
    const next = replanFutureSteps(s, routine({ drills: [] }), T0 + SECOND);
    assert.deepEqual(plan(next), ['walk:300', 'highKnees:30', 'buttKicks:30', 'easeIn:120']);
  });

  it('goes straight to the ease-in when the new list has fewer drills than already done, and drops it when set to 0', () => {
    const s = skip(skip(skip(startSession(routine(), T0), T0), T0), T0); // on lateralWalk (index 3)
    assert.deepEqual(plan(replanFutureSteps(s, routine({ drills: ['highKnees'] }), T0)), ['walk:300', 'highKnees:30', 'buttKicks:30', 'lateralWalk:30', 'easeIn:120']);
    assert.deepEqual(plan(replanFutureSteps(s, routine({ easeInMinutes: 0 }), T0)), ['walk:300', 'highKnees:30', 'buttKicks:30', 'lateralWalk:30', 'walkBackwards:30']);
  });

  it('adds nothing after the ease-in when drills are added during it', () => {
    let s = startSession(routine(), T0);
    for (let i = 0; i < 5; i += 1) {
      s = skip(s, T0);
    }
    assert.equal(s.steps[s.index].id, 'easeIn');
    const next = replanFutureSteps(s, routine({ drills: ['highKnees', 'buttKicks', 'lateralWalk', 'walkBackwards', 'highKnees', 'buttKicks'] }), T0 + SECOND);
    assert.deepEqual(plan(next), ['walk:300', 'highKnees:30', 'buttKicks:30', 'lateralWalk:30', 'walkBackwards:30', 'easeIn:120']);
  });

  describe('a custom routine whose ease-in is not its last step', () => {
    const custom = [
      { id: 'walk', durationMs: 60 * SECOND },
      { id: 'easeIn', durationMs: 60 * SECOND },
      { id: 'strides', durationMs: 60 * SECOND },
    ] as const;

    it('is left exactly as it is when its own steps did not change', () => {
      let s = startSession(custom, T0);
      for (let i = 0; i < custom.length; i++) {
        assert.deepEqual(plan(replanFutureSteps(s, custom, T0 + SECOND)), plan(s), `on step ${i + 1}`);
        s = skip(s, T0);
      }
    });

    it('takes changed steps by position, neither dropping nor repeating any', () => {
      const onEaseIn = skip(startSession(custom, T0), T0);
      const longer = [custom[0], custom[1], { id: 'strides', durationMs: 90 * SECOND }] as const;
      assert.deepEqual(plan(replanFutureSteps(onEaseIn, longer, T0 + SECOND)), ['walk:60', 'easeIn:60', 'strides:90']);
      const onStrides = skip(onEaseIn, T0);
      assert.deepEqual(plan(replanFutureSteps(onStrides, [...longer, { id: 'walk', durationMs: 30 * SECOND }], T0 + SECOND)), [
        'walk:60',
        'easeIn:60',
        'strides:60',
        'walk:30',
      ]);
    });
  });
});
