import * as assert from 'node:assert/strict';
import { totalDuration } from '../../src/core/routines/routine';
import {
  ABANDONED_AFTER_MS,
  advance,
  endedUnseen,
  EXTEND_MS,
  extend,
  MAX_STEP_MS,
  pause,
  previous,
  remainingInStep,
  remainingInTotal,
  resume,
  Session,
  skip,
  startSession,
} from '../../src/core/warmup/session';
import { defaultRoutine, MINUTE, SECOND, T0 } from './helpers';

const steps = defaultRoutine(); // walk 5:00, 4 × 0:30, ease-in 2:00

function expectRunning(session: Session, index: number, stepEndsAt: number): void {
  assert.equal(session.status, 'running');
  assert.equal(session.index, index);
  assert.equal(session.status === 'running' && session.stepEndsAt, stepEndsAt);
}

function expectPaused(session: Session, index: number, remainingMs: number): void {
  assert.equal(session.status, 'paused');
  assert.equal(session.index, index);
  assert.equal(session.status === 'paused' && session.remainingMs, remainingMs);
}

function expectDone(session: Session, finishedAt: number): void {
  assert.equal(session.status, 'done');
  assert.equal(session.status === 'done' && session.finishedAt, finishedAt);
  assert.equal(session.index, session.steps.length - 1);
}

describe('session state machine', () => {
  describe('start', () => {
    it('runs the first step for its full length', () => {
      const s = startSession(steps, T0);
      expectRunning(s, 0, T0 + 5 * MINUTE);
      assert.equal(s.startedAt, T0);
      assert.equal(remainingInStep(s, T0), 5 * MINUTE);
      assert.equal(remainingInTotal(s, T0), totalDuration(steps));
    });

    it('is done at once when there are no steps', () => {
      const s = startSession([], T0);
      assert.equal(s.status, 'done');
      assert.equal(s.status === 'done' && s.finishedAt, T0);
      assert.equal(remainingInTotal(s, T0), 0);
    });
  });

  describe('pause and resume', () => {
    it('freezes the remaining time and continues from it', () => {
      const paused = pause(startSession(steps, T0), T0 + 70 * SECOND);
      expectPaused(paused, 0, 230 * SECOND);
      assert.equal(remainingInStep(paused, T0 + 99 * MINUTE), 230 * SECOND);
      assert.equal(advance(paused, T0 + 99 * MINUTE), paused);
      const resumed = resume(paused, T0 + 20 * MINUTE);
      expectRunning(resumed, 0, T0 + 20 * MINUTE + 230 * SECOND);
    });

    it('pausing a paused session or resuming a running one changes nothing', () => {
      const running = startSession(steps, T0);
      const paused = pause(running, T0 + SECOND);
      assert.deepEqual(pause(paused, T0 + 5 * SECOND), paused);
      assert.deepEqual(resume(running, T0 + SECOND), running);
    });

    it('pausing after the step ended pauses the step the clock is in', () => {
      const paused = pause(startSession(steps, T0), T0 + 5 * MINUTE + 10 * SECOND);
      expectPaused(paused, 1, 20 * SECOND);
    });
  });

  describe('skip', () => {
    it('starts the next step now with its full length', () => {
      const s = skip(startSession(steps, T0), T0 + 10 * SECOND);
      expectRunning(s, 1, T0 + 40 * SECOND);
    });

    it('keeps a paused session paused on the next step', () => {
      const s = skip(pause(startSession(steps, T0), T0 + SECOND), T0 + 2 * SECOND);
      expectPaused(s, 1, 30 * SECOND);
    });

    it('past the last step finishes the warm-up now', () => {
      let s = startSession(steps, T0);
      for (let i = 0; i < steps.length - 1; i += 1) {
        s = skip(s, T0 + i * SECOND);
      }
      expectRunning(s, steps.length - 1, T0 + 4 * SECOND + 2 * MINUTE);
      s = skip(s, T0 + 6 * SECOND);
      expectDone(s, T0 + 6 * SECOND);
      assert.equal(skip(s, T0 + 7 * SECOND), s);
    });

    it('skipping the last step while paused also finishes', () => {
      let s = startSession([{ id: 'walk', durationMs: MINUTE }], T0);
      s = skip(pause(s, T0 + SECOND), T0 + 2 * SECOND);
      expectDone(s, T0 + 2 * SECOND);
    });
  });

  describe('previous (back)', () => {
    it('goes back to the previous step with its full length', () => {
      let s = skip(skip(startSession(steps, T0), T0 + MINUTE), T0 + MINUTE + 5 * SECOND);
      expectRunning(s, 2, T0 + MINUTE + 35 * SECOND);
      s = previous(s, T0 + MINUTE + 20 * SECOND);
      expectRunning(s, 1, T0 + MINUTE + 50 * SECOND);
      s = previous(s, T0 + MINUTE + 21 * SECOND);
      expectRunning(s, 0, T0 + MINUTE + 21 * SECOND + 5 * MINUTE);
    });

    it('on the first step restarts it', () => {
      const s = previous(startSession(steps, T0), T0 + 2 * MINUTE);
      expectRunning(s, 0, T0 + 7 * MINUTE);
      assert.equal(s.startedAt, T0);
    });

    it('keeps a paused session paused', () => {
      const s = previous(pause(skip(startSession(steps, T0), T0), T0 + 3 * SECOND), T0 + 9 * SECOND);
      expectPaused(s, 0, 5 * MINUTE);
    });

    it('does nothing once done', () => {
      const done = advance(startSession(steps, T0), T0 + 60 * MINUTE);
      assert.equal(previous(done, T0 + 61 * MINUTE), done);
    });
  });

  describe('+15 s (extend)', () => {
    it('adds 15 s to a running step', () => {
      const s = extend(startSession(steps, T0), T0 + MINUTE);
      expectRunning(s, 0, T0 + 5 * MINUTE + EXTEND_MS);
      assert.equal(EXTEND_MS, 15 * SECOND);
      assert.equal(remainingInTotal(s, T0), totalDuration(steps) + EXTEND_MS);
    });

    it('adds 15 s to a paused step', () => {
      const s = extend(pause(startSession(steps, T0), T0 + MINUTE), T0 + 2 * MINUTE);
      expectPaused(s, 0, 4 * MINUTE + 15 * SECOND);
    });

    it('never makes a step longer than MAX_STEP_MS from now', () => {
      let running = startSession(steps, T0);
      let paused = pause(running, T0);
      for (let i = 0; i < 300; i += 1) {
        running = extend(running, T0 + SECOND);
        paused = extend(paused, T0 + SECOND);
      }
      expectRunning(running, 0, T0 + SECOND + MAX_STEP_MS);
      expectPaused(paused, 0, MAX_STEP_MS);
      assert.equal(MAX_STEP_MS, 60 * MINUTE);
    });

    it('never takes time away from a step that already has more than MAX_STEP_MS left', () => {
      const long = [{ id: 'walk' as const, durationMs: 2 * MAX_STEP_MS }];
      expectRunning(extend(startSession(long, T0), T0), 0, T0 + 2 * MAX_STEP_MS);
      expectPaused(extend(pause(startSession(long, T0), T0), T0), 0, 2 * MAX_STEP_MS);
    });

    it('does nothing once done', () => {
      const done = skip(startSession([{ id: 'walk', durationMs: MINUTE }], T0), T0);
      assert.equal(extend(done, T0 + SECOND), done);
    });
  });

  describe('finish by time', () => {
    it('moves through the steps and finishes exactly at the planned end', () => {
      const s = startSession(steps, T0);
      expectRunning(advance(s, T0 + 5 * MINUTE - 1), 0, T0 + 5 * MINUTE);
      expectRunning(advance(s, T0 + 5 * MINUTE), 1, T0 + 5 * MINUTE + 30 * SECOND);
      expectRunning(advance(s, T0 + 7 * MINUTE - 1), 4, T0 + 7 * MINUTE);
      expectRunning(advance(s, T0 + 7 * MINUTE), 5, T0 + 9 * MINUTE);
      expectDone(advance(s, T0 + 9 * MINUTE), T0 + 9 * MINUTE);
      expectDone(advance(s, T0 + 24 * 60 * MINUTE), T0 + 9 * MINUTE);
    });

    it('returns the same object when nothing changed', () => {
      const s = startSession(steps, T0);
      assert.equal(advance(s, T0 + SECOND), s);
    });

    it('never reports negative time', () => {
      const s = startSession(steps, T0);
      assert.equal(remainingInStep(s, T0 + 60 * MINUTE), 0);
      const done = advance(s, T0 + 60 * MINUTE);
      assert.equal(remainingInStep(done, T0 + 60 * MINUTE), 0);
      assert.equal(remainingInTotal(done, T0 + 60 * MINUTE), 0);
    });
  });

  describe('clock set back (an NTP step, a manual change)', () => {
    const onDrill = skip(startSession(steps, T0), T0); // high knees, 30 s, from T0
    const hour = 60 * MINUTE;

    it('never shows more than the step\'s length left', () => {
      const now = T0 + 10 * SECOND - hour; // 20 s left, then the clock goes back an hour
      assert.equal(remainingInStep(onDrill, now), 30 * SECOND);
      assert.equal(remainingInStep(advance(onDrill, now), now), 30 * SECOND);
      assert.ok(remainingInTotal(onDrill, now) <= totalDuration(steps.slice(1)));
    });

    it('counts down again from there, and pausing keeps at most the step\'s length', () => {
      const back = advance(onDrill, T0 - hour);
      assert.equal(remainingInStep(back, T0 - hour + 12 * SECOND), 18 * SECOND);
      expectPaused(pause(onDrill, T0 - hour), 1, 30 * SECOND);
    });

    it('keeps the +15 s already given', () => {
      const extended = extend(onDrill, T0 + 10 * SECOND); // 35 s left of a 45 s step
      assert.equal(remainingInStep(extended, T0 - hour), 45 * SECOND);
    });
  });

  describe('a warm-up nobody was there for', () => {
    it('finished by the clock more than an hour ago counts as abandoned; a recent or explicit finish does not', () => {
      const s = startSession(steps, T0);
      const end = T0 + totalDuration(steps);
      assert.equal(endedUnseen(s, advance(s, end + ABANDONED_AFTER_MS + 1), end + ABANDONED_AFTER_MS + 1), true);
      assert.equal(endedUnseen(s, advance(s, end + 10 * MINUTE), end + 10 * MINUTE), false, 'a runner back soon after');
      const paused = pause(s, T0 + MINUTE);
      assert.equal(endedUnseen(paused, advance(paused, end + 3 * 24 * 60 * MINUTE), end + 3 * 24 * 60 * MINUTE), false, 'a paused warm-up never ends by itself');
    });
  });
});
