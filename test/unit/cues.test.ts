import * as assert from 'node:assert/strict';
import { Cue, cueFor } from '../../src/core/warmup/cues';
import { displaySeconds } from '../../src/core/warmup/format';
import { advance, extend, pause, remainingInStep, resume, Session, skip, startSession } from '../../src/core/warmup/session';
import { Step } from '../../src/core/routines/drills';
import { SECOND, seededRandom, T0 } from './helpers';

const steps: readonly Step[] = [
  { id: 'walk', durationMs: 10 * SECOND },
  { id: 'highKnees', durationMs: 10 * SECOND },
  { id: 'easeIn', durationMs: 10 * SECOND },
];

/** Plays the controller's part: advance, ask for a cue, remember the second shown. */
class Driver {
  session: Session;
  lastShown: number | undefined;
  readonly cues: string[] = [];
  constructor(public now: number) {
    this.session = startSession(steps, now);
    this.record(undefined, this.session);
  }
  at(now: number, change: (s: Session, now: number) => Session = advance): void {
    this.now = now;
    const before = this.session;
    this.record(before, advance(change(before, now), now));
  }
  private record(before: Session | undefined, after: Session): void {
    const cue = cueFor(before, after, this.now, this.lastShown);
    if (cue) {
      this.cues.push(label(cue));
    }
    this.session = after;
    this.lastShown = after.status === 'done' ? undefined : displaySeconds(remainingInStep(after, this.now));
  }
}

function label(cue: Cue): string {
  switch (cue.kind) {
    case 'countdown':
      return String(cue.seconds);
    case 'change':
      return cue.stepId;
    case 'next':
      return `next:${cue.stepId}`;
    case 'set':
      return `set ${cue.set}/${cue.count}`;
    case 'finish':
    case 'halfway':
    case 'thirtyLeft':
    case 'rest':
      return cue.kind;
  }
}

const fullRun = ['walk', '3', '2', '1', 'highKnees', '3', '2', '1', 'easeIn', '3', '2', '1', 'finish'];

describe('cues', () => {
  it('announces each step, beeps 3, 2, 1 at the end of each and finishes once (ticks every 100 ms)', () => {
    const d = new Driver(T0);
    for (let t = 100; t <= 40 * SECOND; t += 100) {
      d.at(T0 + t);
    }
    assert.deepEqual(d.cues, fullRun);
  });

  it('gives the same cues at irregular ticks, never the same second twice', () => {
    const random = seededRandom(5);
    const d = new Driver(T0);
    while (d.now < T0 + 40 * SECOND) {
      d.at(d.now + 1 + Math.floor(random() * 400));
    }
    assert.deepEqual(d.cues, fullRun);
  });

  it('beeps only the seconds actually reached when ticks are late', () => {
    const d = new Driver(T0);
    d.at(T0 + 6_500); // 3.5 s left: shows 4, no beep
    d.at(T0 + 8_200); // 1.8 s left: shows 2
    d.at(T0 + 8_900); // still 2: no second beep
    d.at(T0 + 9_100); // 1
    assert.deepEqual(d.cues, ['walk', '2', '1']);
  });

  it('does not beep again for the same second after a pause and resume', () => {
    const d = new Driver(T0);
    d.at(T0 + 7_500); // 3
    d.at(T0 + 7_600, pause);
    d.at(T0 + 60_000, resume);
    d.at(T0 + 60_100);
    d.at(T0 + 61_000); // 2
    assert.deepEqual(d.cues, ['walk', '3', '2']);
  });

  it('gives no countdown while paused', () => {
    const d = new Driver(T0);
    d.at(T0 + 7_500, pause);
    d.at(T0 + 8_500);
    d.at(T0 + 9_500);
    assert.deepEqual(d.cues, ['walk']);
  });

  it('announces the new step on skip, and the finish when skipping the last', () => {
    const d = new Driver(T0);
    d.at(T0 + 1_000, skip);
    d.at(T0 + 2_000, skip);
    d.at(T0 + 3_000, skip);
    d.at(T0 + 4_000);
    assert.deepEqual(d.cues, ['walk', 'highKnees', 'easeIn', 'finish']);
  });

  it('counts down again after +15 s', () => {
    const d = new Driver(T0);
    d.at(T0 + 8_500); // 2
    d.at(T0 + 8_600, extend); // 16.4 s left
    for (let t = 8_700; t < 25_000; t += 100) {
      d.at(T0 + t);
    }
    assert.deepEqual(d.cues, ['walk', '2', '3', '2', '1']);
  });

  it('announces a restarted warm-up as a change', () => {
    const first = startSession(steps, T0);
    const again = startSession(steps, T0 + 5 * SECOND);
    assert.deepEqual(cueFor(first, again, T0 + 5 * SECOND, 5), { kind: 'change', stepId: 'walk' });
  });

  it('says finish only once', () => {
    const done = advance(startSession(steps, T0), T0 + 60 * SECOND);
    const running = advance(startSession(steps, T0), T0 + 29 * SECOND);
    assert.deepEqual(cueFor(running, done, T0 + 60 * SECOND, 1), { kind: 'finish' });
    assert.equal(cueFor(done, done, T0 + 61 * SECOND, undefined), undefined);
  });
});

describe('cues for one-sided drills and long steps', () => {
  const SECOND = 1000;
  const T = 1_000_000;
  /** Ticks once per displayed second through the first step and collects its cues. */
  function cuesOver(steps: Step[]): { at: number; cue: string }[] {
    const start = startSession(steps, T);
    let before = start;
    let shown: number | undefined = Math.ceil(steps[0].durationMs / SECOND);
    const seen: { at: number; cue: string }[] = [];
    for (let ms = SECOND; ms < steps[0].durationMs; ms += SECOND) {
      const after = advance(start, T + ms);
      const cue = cueFor(before, after, T + ms, shown);
      if (cue) seen.push({ at: Math.ceil((steps[0].durationMs - ms) / SECOND), cue: cue.kind });
      shown = Math.ceil((steps[0].durationMs - ms) / SECOND);
      before = after;
    }
    return seen;
  }

  it('says "switch legs" once, at half time, on a one-sided drill', () => {
    const cues = cuesOver([{ id: 'reverseLunges', durationMs: 40 * SECOND }, { id: 'walk', durationMs: 60 * SECOND }]);
    assert.deepEqual(cues.filter((c) => c.cue === 'halfway'), [{ at: 20, cue: 'halfway' }]);
  });

  it('never says "switch legs" on a two-sided drill', () => {
    const cues = cuesOver([{ id: 'highKnees', durationMs: 40 * SECOND }, { id: 'walk', durationMs: 60 * SECOND }]);
    assert.equal(cues.filter((c) => c.cue === 'halfway').length, 0);
  });

  it('says "30 seconds left" once on steps of 60 s or more, never on shorter ones', () => {
    const long = cuesOver([{ id: 'walk', durationMs: 90 * SECOND }, { id: 'highKnees', durationMs: 30 * SECOND }]);
    assert.deepEqual(long.filter((c) => c.cue === 'thirtyLeft'), [{ at: 30, cue: 'thirtyLeft' }]);
    const short = cuesOver([{ id: 'highKnees', durationMs: 59 * SECOND }, { id: 'walk', durationMs: 30 * SECOND }]);
    assert.equal(short.filter((c) => c.cue === 'thirtyLeft').length, 0);
  });

  it('prefers "switch legs" when half time and 30 s left coincide, and still beeps 3-2-1', () => {
    const cues = cuesOver([{ id: 'reverseLunges', durationMs: 60 * SECOND }, { id: 'walk', durationMs: 60 * SECOND }]);
    assert.deepEqual(cues, [
      { at: 30, cue: 'halfway' },
      { at: 7, cue: 'next' },
      { at: 3, cue: 'countdown' },
      { at: 2, cue: 'countdown' },
      { at: 1, cue: 'countdown' },
    ]);
  });
});

describe('cues a coach would give', () => {
  const SECOND = 1000;
  const T = 1_000_000;
  /** The cues heard over a whole step (ticking once per displayed second), with the seconds left at each. */
  function heard(steps: Step[], index = 0): string[] {
    const begin = startSession(steps, T);
    const offset = steps.slice(0, index).reduce((sum, step) => sum + step.durationMs, 0);
    let before = advance(begin, T + offset);
    let shown: number | undefined = Math.ceil(steps[index].durationMs / SECOND);
    const seen: string[] = [];
    for (let ms = SECOND; ms < steps[index].durationMs; ms += SECOND) {
      const after = advance(begin, T + offset + ms);
      const cue = cueFor(before, after, T + offset + ms, shown);
      shown = Math.ceil((steps[index].durationMs - ms) / SECOND);
      if (cue && cue.kind !== 'countdown') seen.push(`${shown} ${label(cue)}`);
      before = after;
    }
    return seen;
  }

  it('says "next" about 7 seconds before each change, but not before the finish or on short steps', () => {
    assert.deepEqual(heard([{ id: 'walk', durationMs: 20 * SECOND }, { id: 'highKnees', durationMs: 30 * SECOND }]), ['7 next:highKnees']);
    assert.deepEqual(heard([{ id: 'walk', durationMs: 20 * SECOND }, { id: 'highKnees', durationMs: 30 * SECOND }], 1), []);
    assert.deepEqual(heard([{ id: 'walk', durationMs: 12 * SECOND }, { id: 'highKnees', durationMs: 30 * SECOND }]), []);
  });

  it('counts the strides aloud: each one, and when to ease off and walk back', () => {
    assert.deepEqual(heard([{ id: 'strides', durationMs: 200 * SECOND }]), [
      '180 rest',
      '150 set 2/4',
      '130 rest',
      '100 set 3/4',
      '80 rest',
      '50 set 4/4',
      '30 rest',
    ]);
  });

  it('cues the second set of pogo hops at half time, and the next step', () => {
    assert.deepEqual(heard([{ id: 'pogoHops', durationMs: 30 * SECOND }, { id: 'strides', durationMs: 200 * SECOND }]), ['15 set 2/2', '7 next:strides']);
  });

  it('says "change direction" at half time of the lateral drills', () => {
    for (const id of ['lateralWalk', 'carioca'] as const) {
      const cues = heard([{ id, durationMs: 40 * SECOND }]);
      assert.deepEqual(cues, ['20 halfway'], id);
      const begin = startSession([{ id, durationMs: 40 * SECOND }], T);
      const half = cueFor(advance(begin, T + 19_500), advance(begin, T + 20_100), T + 20_100, 21);
      assert.deepEqual(half, { kind: 'halfway', say: 'changeDirection' });
    }
  });
});
