// Seeded property tests: random and hostile input into everything that reads the outside world (the two message
// guards, stored sessions, stored histories, settings) and random clock moves into the session. Each property holds
// for every input; a failure names its seed (WARMUP_FUZZ_SEED=<seed> replays it).
import * as assert from 'node:assert/strict';
import { HISTORY_CAP, HistoryEntry, parseHistory } from '../../src/core/coaching/history';
import { LEGS_FEELS } from '../../src/core/coaching/legs';
import { HR_LIMITS } from '../../src/core/coaching/heartRate';
import { STEP_SECONDS, MAX_STEPS } from '../../src/core/routines/customRoutines';
import { COACH_DRILL_IDS, DRILL_IDS, Step } from '../../src/core/routines/drills';
import { PRESET_IDS } from '../../src/core/routines/presets';
import { parseAllSettings, SETTING_KEYS } from '../../src/core/settings/settings';
import { LIMITS } from '../../src/core/settings/warmupSettings';
import { fromStored, toStored } from '../../src/core/warmup/persist';
import * as machine from '../../src/core/warmup/session';
import { Session } from '../../src/core/warmup/session';
import { parseFromInfoWebview } from '../../src/shared/infoProtocol';
import { PANEL_COMMANDS, parseFromWebview } from '../../src/shared/panelProtocol';
import { forSeeds, Gen } from './fuzz';
import { MINUTE, SECOND, T0 } from './helpers';

const json = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

/** A message as a webview might post it: mostly near-misses of the real shapes, sometimes the real thing. */
function message(gen: Gen): unknown {
  const shapes = [
    () => ({ type: 'ready' }),
    () => ({ type: 'command', command: gen.chance(0.5) ? gen.pick(PANEL_COMMANDS) : gen.value(1) }),
    () => ({ type: 'legs', legs: gen.chance(0.5) ? gen.pick(LEGS_FEELS) : gen.value(1) }),
    () => ({ type: 'action', id: gen.value(1) }),
  ];
  const base: Record<string, unknown> = gen.chance(0.7) ? gen.pick(shapes)() : gen.object();
  if (gen.chance(0.3)) {
    Object.assign(base, gen.object(1));
  }
  return gen.chance(0.1) ? gen.value() : json(base);
}

/** A step list a routine could have: library drills, 1 s to 10 min each. */
function steps(gen: Gen): Step[] {
  return Array.from({ length: gen.int(1, 12) }, () => ({ id: gen.pick(DRILL_IDS), durationMs: gen.int(1, 600) * SECOND }));
}

describe('properties', () => {
  it('the panel guard accepts exactly the protocol, as fresh objects', () => {
    forSeeds(4, (gen) => {
      for (let i = 0; i < 5_000; i++) {
        const raw = message(gen);
        const parsed = parseFromWebview(raw);
        if (parsed === undefined) {
          continue;
        }
        assert.notEqual(parsed, raw, 'a fresh object, never the untrusted one');
        const ok =
          (parsed.type === 'ready' && Object.keys(parsed).length === 1) ||
          (parsed.type === 'command' && (PANEL_COMMANDS as readonly string[]).includes(parsed.command)) ||
          (parsed.type === 'legs' && LEGS_FEELS.includes(parsed.legs));
        assert.ok(ok, `accepted ${JSON.stringify(raw)}`);
        assert.deepEqual(json(raw), parsed, `accepted ${JSON.stringify(raw)} with keys it does not return`);
      }
    });
  });

  it('the info guard accepts ready and plain action ids only', () => {
    forSeeds(4, (gen) => {
      for (let i = 0; i < 5_000; i++) {
        const raw = message(gen);
        const parsed = parseFromInfoWebview(raw);
        if (parsed?.type === 'action') {
          assert.match(parsed.id, /^[a-zA-Z][\w.-]{0,40}$/, JSON.stringify(raw));
        }
        if (parsed) {
          assert.deepEqual(json(raw), parsed, `accepted ${JSON.stringify(raw)}`);
        }
      }
    });
  });

  it('a stored session reads back exactly, and anything else reads as nothing valid or nothing at all', () => {
    forSeeds(4, (gen) => {
      for (let i = 0; i < 300; i++) {
        const session = randomSession(gen);
        assert.deepEqual(fromStored(json(toStored(session))), session, 'nothing stored that could be kept is dropped');
        const broken = json({ ...toStored(session), session: { ...session, ...gen.object(1) } });
        const read = fromStored(gen.chance(0.3) ? gen.value() : broken);
        if (read) {
          assertValidSession(read);
        }
      }
    });
  });

  it('a stored history keeps every valid entry and drops only what is broken', () => {
    forSeeds(4, (gen) => {
      for (let i = 0; i < 100; i++) {
        const valid = validEntries(gen);
        const mixed = valid.flatMap((entry) => (gen.chance(0.3) ? [entry, gen.value(2)] : [entry]));
        const read = parseHistory(json(gen.chance(0.5) ? mixed : [...mixed].reverse()));
        const expected = [...valid].sort((a, b) => a.startedAt - b.startedAt).slice(-HISTORY_CAP);
        assert.deepEqual(read, expected);
      }
    });
  });

  it('absurd settings always give settings within their limits', () => {
    forSeeds(4, (gen) => {
      for (let i = 0; i < 300; i++) {
        const raw = Object.fromEntries(SETTING_KEYS.map((key) => [key, randomSetting(gen, key)]));
        const { settings } = parseAllSettings((key) => raw[key]);
        assertSafeSettings(settings);
      }
    });
  });

  it('random commands and clock moves (forward, back, asleep) keep the session consistent', () => {
    forSeeds(8, (gen) => {
      for (let run = 0; run < 40; run++) {
        exerciseSession(gen);
      }
    });
  });
});

function randomSession(gen: Gen): Session {
  let now = T0 + gen.int(0, 1_000) * MINUTE;
  let session = machine.startSession(steps(gen), now, gen.pick(['coach', 'workout', 'Lunch [x]', '$(x)']));
  for (let i = gen.int(0, 8); i > 0; i--) {
    now += gen.int(0, 120) * SECOND;
    session = gen.pick([machine.pause, machine.resume, machine.skip, machine.previous, machine.extend, machine.advance])(session, now);
  }
  return session;
}

function validEntries(gen: Gen): HistoryEntry[] {
  const starts = new Set<number>();
  while (starts.size < gen.int(0, 40)) {
    starts.add(T0 + gen.int(-5_000, 5_000) * MINUTE);
  }
  return [...starts].map((startedAt) => {
    const stepsTotal = gen.int(1, 60);
    const entry: HistoryEntry = {
      startedAt,
      routine: gen.pick(['coach', 'easyRun', 'Lunch, "stairs"', '=1+1', '$(x)']),
      stepsDone: gen.int(0, stepsTotal),
      stepsTotal,
      outcome: gen.pick(['finished', 'stopped'] as const),
    };
    return gen.chance(0.5) ? { ...entry, legs: gen.pick(LEGS_FEELS) } : entry;
  });
}

function randomSetting(gen: Gen, key: string): unknown {
  if (key === 'customRoutines' && gen.chance(0.6)) {
    return Array.from({ length: gen.int(0, 6) }, () =>
      gen.chance(0.2)
        ? gen.value(2)
        : { name: gen.value(0), steps: Array.from({ length: gen.int(0, 70) }, () => ({ drill: gen.pick([...DRILL_IDS, 'moonwalk']), seconds: gen.value(0) })) },
    );
  }
  return gen.chance(0.2) ? undefined : gen.value(2);
}

function assertSafeSettings({ warmup, customRoutines, heartRate, reminder }: ReturnType<typeof parseAllSettings>['settings']): void {
  for (const key of ['walkMinutes', 'drillSeconds', 'easeInMinutes', 'volume'] as const) {
    assert.ok(warmup[key] >= LIMITS[key].min && warmup[key] <= LIMITS[key].max, `${key} ${warmup[key]}`);
  }
  assert.ok(Number.isInteger(warmup.drillSeconds) && Number.isInteger(warmup.volume));
  assert.ok(warmup.drills.length <= LIMITS.maxDrills && warmup.drills.every((d) => (COACH_DRILL_IDS as readonly string[]).includes(d)));
  assert.equal(typeof warmup.sound, 'boolean');
  assert.equal(typeof warmup.routine, 'string');
  const names = customRoutines.map((r) => r.name.toLowerCase());
  assert.equal(new Set(names).size, names.length, 'custom routine names are unique');
  for (const routine of customRoutines) {
    assert.ok(routine.name.trim() === routine.name && routine.name !== '' && !(PRESET_IDS as readonly string[]).includes(routine.name.toLowerCase()));
    assert.ok(routine.steps.length >= 1 && routine.steps.length <= MAX_STEPS);
    for (const step of routine.steps) {
      assert.ok(DRILL_IDS.includes(step.id) && step.durationMs >= STEP_SECONDS.min * SECOND && step.durationMs <= STEP_SECONDS.max * SECOND);
    }
  }
  for (const key of ['age', 'resting', 'max'] as const) {
    const value = heartRate[key];
    assert.ok(value === undefined || (Number.isInteger(value) && value >= HR_LIMITS[key].min && value <= HR_LIMITS[key].max), `${key} ${value}`);
  }
  assert.ok(!reminder.time || (reminder.time.hour <= 23 && reminder.time.minute <= 59));
}

/** What a consistent session is, whatever happened to it. */
function assertValidSession(session: Session): void {
  assert.ok(['running', 'paused', 'done'].includes(session.status));
  assert.ok(Number.isInteger(session.index) && session.index >= 0);
  assert.ok(session.steps.length === 0 ? session.status === 'done' : session.index < session.steps.length);
  assert.ok(session.steps.every((step) => DRILL_IDS.includes(step.id) && step.durationMs > 0));
}

/**
 * One warm-up under random commands and clock moves. The model tracks only the longest the current step may have
 * left (its length, plus what +15 s added), so the session is checked against its plan, not against its code.
 */
function exerciseSession(gen: Gen): void {
  const plan = steps(gen);
  let now = T0;
  let session = machine.startSession(plan, now);
  let cap = plan[0].durationMs;
  let index = 0;
  for (let i = 0; i < 60; i++) {
    now += clockMove(gen);
    const before = session;
    const op = gen.pick(['advance', 'pause', 'resume', 'skip', 'previous', 'extend', 'replan'] as const);
    session = op === 'replan' ? machine.replanFutureSteps(session, steps(gen), now) : machine[op](session, now);
    assertValidSession(session);
    if (before.status === 'done') {
      assert.equal(session, before, `${op} changed a finished warm-up`);
    }
    if (before.status === 'paused' && (op === 'advance' || op === 'pause')) {
      assert.equal(session, before, `${op} moved a paused warm-up`);
    }
    if (before.status === 'running' && op === 'resume') {
      assert.deepEqual(session, machine.advance(before, now), 'resume changed a running warm-up');
    }
    if (session.status === 'done') {
      continue;
    }
    const advanced = machine.advance(before, now);
    if (advanced.index !== index || op === 'skip' || op === 'previous') {
      index = session.index;
      cap = session.steps[index].durationMs;
    }
    const left = machine.remainingInStep(session, now);
    if (op === 'extend' && advanced.status !== 'done') {
      cap += left - machine.remainingInStep(advanced, now);
    }
    assert.ok(left >= 0 && left <= cap && left <= machine.MAX_STEP_MS, `${left} ms left in a step of ${cap} ms after ${op} (clock at T0${now - T0})`);
  }
}

/** Mostly a second or so; sometimes a stall, a sleep of hours, or the clock set back. */
function clockMove(gen: Gen): number {
  const roll = gen.int(0, 19);
  if (roll === 0) return -gen.int(1, 120) * SECOND;
  if (roll === 1) return gen.int(1, 12) * 60 * MINUTE;
  if (roll === 2) return gen.int(3, 60) * SECOND;
  return gen.int(0, 1_500);
}
