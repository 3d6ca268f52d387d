import * as assert from 'node:assert/strict';
import { totalDuration } from '../../src/core/routines/routine';
import { advance, pause, remainingInStep, remainingInTotal, resume, Session, startSession } from '../../src/core/warmup/session';
import { expectedAt, FakeClock, fifteenMinuteRoutine, MINUTE, SECOND, seededRandom, T0 } from './helpers';

const steps = fifteenMinuteRoutine();
const total = totalDuration(steps);

/** Irregular gaps between ticks: mostly 1 ms .. 3 s, sometimes an event-loop stall of 3-9 s. */
function irregularDeltas(seed: number): () => number {
  const random = seededRandom(seed);
  return () => (random() < 0.05 ? 3000 + Math.floor(random() * 6000) : 1 + Math.floor(random() * 3000));
}

/** Checks a ticked session against the plan alone: step, time left in it and in total. */
function assertOnPlan(session: Session, startedAt: number, now: number): void {
  const expected = expectedAt(steps, startedAt, now);
  if (expected === 'done') {
    assert.equal(session.status, 'done', `at +${now - startedAt} ms`);
    assert.equal(session.status === 'done' && session.finishedAt, startedAt + total);
    return;
  }
  assert.equal(session.status, 'running', `at +${now - startedAt} ms`);
  assert.equal(session.index, expected.index, `step at +${now - startedAt} ms`);
  assert.equal(remainingInStep(session, now), expected.remainingMs, `left in step at +${now - startedAt} ms`);
  assert.equal(remainingInTotal(session, now), startedAt + total - now, `left in total at +${now - startedAt} ms`);
}

describe('time with a fake clock', () => {
  for (const seed of [1, 42, 2024, 0xdecaf]) {
    it(`does not drift over 15 minutes ticked at irregular intervals (seed ${seed})`, () => {
      const clock = new FakeClock();
      const next = irregularDeltas(seed);
      let session = startSession(steps, clock.now());
      let ticks = 0;
      let stalls = 0;
      const seen = new Set<number>();
      while (session.status !== 'done') {
        const delta = next();
        stalls += delta > 3000 ? 1 : 0;
        session = advance(session, clock.tick(delta));
        assertOnPlan(session, T0, clock.now());
        seen.add(session.index);
        ticks += 1;
      }
      assert.equal(session.status === 'done' && session.finishedAt, T0 + 15 * MINUTE);
      assert.ok(ticks > 300, `only ${ticks} ticks`);
      assert.ok(stalls > 0, 'no event-loop stall was simulated');
      assert.equal(seen.size, steps.length, 'every step was seen running');
    });
  }

  it('lands exactly on each step boundary', () => {
    let session = startSession(steps, T0);
    let end = T0;
    for (let i = 0; i < steps.length - 1; i += 1) {
      end += steps[i].durationMs;
      session = advance(session, end - 1);
      assert.equal(session.index, i);
      assert.equal(remainingInStep(session, end - 1), 1);
      session = advance(session, end);
      assert.equal(session.index, i + 1);
      assert.equal(remainingInStep(session, end), steps[i + 1].durationMs);
    }
  });

  it('freezes the time left for the whole pause and resumes from it exactly', () => {
    const clock = new FakeClock();
    const next = irregularDeltas(7);
    let session = startSession(steps, clock.now());
    while (clock.now() < T0 + 6 * MINUTE + 12_345) {
      session = advance(session, clock.tick(next()));
    }
    const atPause = clock.now();
    const leftInStep = remainingInStep(session, atPause);
    const leftInTotal = remainingInTotal(session, atPause);
    const pausedIndex = session.index;
    session = pause(session, atPause);
    for (let i = 0; i < 200; i += 1) {
      session = advance(session, clock.tick(next()));
      assert.equal(remainingInStep(session, clock.now()), leftInStep);
      assert.equal(remainingInTotal(session, clock.now()), leftInTotal);
      assert.equal(session.index, pausedIndex);
    }
    const pausedFor = clock.now() - atPause;
    assert.ok(pausedFor > MINUTE, 'paused for a meaningful time');
    session = resume(session, clock.now());
    assert.equal(remainingInStep(session, clock.now()), leftInStep);
    while (session.status !== 'done') {
      session = advance(session, clock.tick(next()));
      assertOnPlan(session, T0 + pausedFor, clock.now());
    }
    assert.equal(session.status === 'done' && session.finishedAt, T0 + total + pausedFor);
  });

  it('lands on the step the wall clock says after a 10-minute sleep, from any moment', () => {
    for (let offset = 0; offset < total; offset += 7_777) {
      const session = advance(startSession(steps, T0), T0 + offset);
      const woke = T0 + offset + 10 * MINUTE;
      assertOnPlan(advance(session, woke), T0, woke);
    }
  });

  it('lands on a drill after a 10-minute sleep in the middle of the walk, and keeps going without drift', () => {
    const clock = new FakeClock();
    const next = irregularDeltas(99);
    let session = startSession(steps, clock.now());
    while (clock.now() < T0 + 2 * MINUTE) {
      session = advance(session, clock.tick(next()));
    }
    assert.equal(session.steps[session.index].id, 'walk');
    const before = clock.now();
    session = advance(session, clock.tick(10 * MINUTE));
    // The walk ended at +5:00; drills of 60 s follow, so +10:00 after `before` is drill number floor((before + 10 min - 5 min) / 1 min).
    const drill = Math.floor((before - T0 + 5 * MINUTE) / MINUTE);
    assert.equal(session.index, 1 + drill);
    assert.equal(remainingInStep(session, clock.now()), T0 + 5 * MINUTE + (drill + 1) * MINUTE - clock.now());
    assertOnPlan(session, T0, clock.now());
    while (session.status !== 'done') {
      session = advance(session, clock.tick(next()));
      assertOnPlan(session, T0, clock.now());
    }
    assert.equal(session.status === 'done' && session.finishedAt, T0 + total);
  });

  it('a sleep past the end lands on done, finished at start + total', () => {
    const clock = new FakeClock();
    let session = advance(startSession(steps, clock.now()), clock.tick(9 * MINUTE + 1234));
    session = advance(session, clock.tick(10 * MINUTE));
    assert.equal(session.status, 'done');
    assert.equal(session.status === 'done' && session.finishedAt, T0 + total);
    assert.equal(remainingInTotal(session, clock.now()), 0);
  });

  it('a sleep while paused changes nothing', () => {
    const clock = new FakeClock();
    let session = pause(startSession(steps, clock.now()), clock.tick(90 * SECOND));
    session = advance(session, clock.tick(10 * MINUTE));
    assert.equal(session.status, 'paused');
    assert.equal(remainingInStep(session, clock.now()), 210 * SECOND);
  });
});
