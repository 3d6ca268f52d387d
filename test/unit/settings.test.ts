import * as assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, LIMITS, parseSettings, SettingKey, SettingProblem } from '../../src/core/settings/warmupSettings';
import { COACH_DRILL_IDS } from '../../src/core/routines/drills';

/** Parses one raw value and returns the value used for it plus the problems reported. */
function parseOne(key: SettingKey, value: unknown): { used: unknown; problems: readonly SettingProblem[] } {
  const { settings, problems } = parseSettings({ [key]: value });
  return { used: settings[key], problems };
}

function assertProblem(key: SettingKey, given: unknown, reason: SettingProblem['reason'], used: unknown): void {
  const result = parseOne(key, given);
  assert.deepEqual(result.used, used, `${key}=${String(given)}: value used`);
  assert.deepEqual(result.problems, [{ key, reason, given, used }], `${key}=${String(given)}: problem reported`);
}

describe('parseSettings', () => {
  it('uses the defaults for an empty configuration, with no problems', () => {
    assert.deepEqual(parseSettings({}), { settings: DEFAULT_SETTINGS, problems: [] });
    assert.deepEqual(DEFAULT_SETTINGS, {
      walkMinutes: 5,
      drillSeconds: 30,
      drills: ['highKnees', 'buttKicks', 'lateralWalk', 'walkBackwards'],
      easeInMinutes: 2,
      sound: true,
      voice: true,
      volume: 80,
      routine: 'coach',
      askAfterRun: true,
    });
  });

  it('treats null and undefined as "not set": defaults, no problem', () => {
    const keys: SettingKey[] = ['walkMinutes', 'drillSeconds', 'drills', 'easeInMinutes', 'sound', 'voice', 'volume', 'routine', 'askAfterRun'];
    for (const key of keys) {
      for (const value of [null, undefined]) {
        const result = parseOne(key, value);
        assert.deepEqual(result.used, DEFAULT_SETTINGS[key], `${key}=${String(value)}`);
        assert.deepEqual(result.problems, [], `${key}=${String(value)}`);
      }
    }
  });

  it('accepts valid values as they are, with no problems', () => {
    const raw = {
      walkMinutes: 3.5,
      drillSeconds: 45,
      drills: ['lateralWalk', 'highKnees', 'highKnees'],
      easeInMinutes: 0,
      sound: false,
      voice: false,
      volume: 35,
      routine: 'workout',
      askAfterRun: false,
    };
    assert.deepEqual(parseSettings(raw), { settings: raw, problems: [] });
  });

  it('accepts the limits themselves', () => {
    for (const [key, range] of [
      ['walkMinutes', LIMITS.walkMinutes],
      ['drillSeconds', LIMITS.drillSeconds],
      ['easeInMinutes', LIMITS.easeInMinutes],
      ['volume', LIMITS.volume],
    ] as const) {
      for (const value of [range.min, range.max]) {
        assert.deepEqual(parseOne(key, value), { used: value, problems: [] }, `${key}=${value}`);
      }
    }
  });

  describe('numbers', () => {
    const cases = [
      { key: 'walkMinutes', fallback: 5, min: 1, max: 30, low: 0.5, high: 31 },
      { key: 'drillSeconds', fallback: 30, min: 10, max: 180, low: 9, high: 181 },
      { key: 'easeInMinutes', fallback: 2, min: 0, max: 10, low: -1, high: 10.5 },
    ] as const;

    for (const c of cases) {
      it(`${c.key}: values that are not finite numbers fall back to ${c.fallback}`, () => {
        for (const bad of ['5', '', 'abc', NaN, Infinity, -Infinity, true, {}, [3]]) {
          assertProblem(c.key, bad, 'notANumber', c.fallback);
        }
      });

      it(`${c.key}: out of range is clamped to ${c.min}..${c.max}`, () => {
        assertProblem(c.key, c.low, 'tooSmall', c.min);
        assertProblem(c.key, -1000, 'tooSmall', c.min);
        assertProblem(c.key, c.high, 'tooLarge', c.max);
        assertProblem(c.key, 1e9, 'tooLarge', c.max);
      });
    }

    it('drillSeconds: a fraction is rounded to a whole number of seconds', () => {
      assertProblem('drillSeconds', 30.4, 'notAnInteger', 30);
      assertProblem('drillSeconds', 44.5, 'notAnInteger', 45);
      assertProblem('drillSeconds', 179.9, 'notAnInteger', 180);
    });

    it('walkMinutes and easeInMinutes accept fractions', () => {
      assert.deepEqual(parseOne('walkMinutes', 4.25), { used: 4.25, problems: [] });
      assert.deepEqual(parseOne('easeInMinutes', 0.5), { used: 0.5, problems: [] });
    });
  });

  describe('booleans', () => {
    for (const key of ['sound', 'voice'] as const) {
      it(`${key}: anything but true/false falls back to true`, () => {
        for (const bad of ['false', 'true', 0, 1, NaN, {}, []]) {
          assertProblem(key, bad, 'notABoolean', true);
        }
      });
    }
  });

  describe('drills', () => {
    it('accepts an empty list as "no drills"', () => {
      assert.deepEqual(parseOne('drills', []), { used: [], problems: [] });
    });

    it('falls back to the default list when the value is not a list', () => {
      for (const bad of ['highKnees', 4, true, {}, { 0: 'highKnees', length: 1 }]) {
        assertProblem('drills', bad, 'notAList', DEFAULT_SETTINGS.drills);
      }
    });

    it('drops unknown ids and non-string entries, keeping the rest in order', () => {
      assertProblem('drills', ['highKnees', 'jumpingJacks', 'buttKicks'], 'unknownDrill', ['highKnees', 'buttKicks']);
      assertProblem('drills', ['HighKnees', 'walk', 'easeIn'], 'unknownDrill', []);
      assertProblem('drills', [1, null, { id: 'highKnees' }, ['buttKicks'], 'lateralWalk'], 'unknownDrill', ['lateralWalk']);
    });

    it('keeps only the first 20 drills', () => {
      const many = Array.from({ length: 21 }, (_, i) => COACH_DRILL_IDS[i % COACH_DRILL_IDS.length]);
      assertProblem('drills', many, 'tooManyDrills', many.slice(0, LIMITS.maxDrills));
      assert.deepEqual(parseOne('drills', many.slice(0, 20)).problems, []);
    });

    it('reports unknown ids in a long list and still keeps at most 20', () => {
      const many = [...Array.from({ length: 25 }, () => 'highKnees'), 'nope'];
      const { used, problems } = parseOne('drills', many);
      assert.deepEqual(used, Array.from({ length: 20 }, () => 'highKnees'));
      assert.ok(problems.some((p) => p.reason === 'unknownDrill'));
      for (const problem of problems) {
        assert.equal(problem.key, 'drills');
        assert.equal(problem.given, many);
        assert.deepEqual(problem.used, used);
      }
    });
  });

  it('reports every bad setting at once and keeps the good ones', () => {
    const { settings, problems } = parseSettings({ walkMinutes: 'five', drillSeconds: 20, sound: 'yes', drills: ['x'] });
    assert.deepEqual(settings, { ...DEFAULT_SETTINGS, drillSeconds: 20, drills: [] });
    assert.deepEqual(problems.map((p) => `${p.key}:${p.reason}`).sort(), ['drills:unknownDrill', 'sound:notABoolean', 'walkMinutes:notANumber']);
  });

  describe('volume and routine', () => {
    it('volume: out of range is clamped to 0..100 and fractions are rounded', () => {
      assert.deepEqual(parseOne('volume', 150).used, 100);
      assert.deepEqual(parseOne('volume', -1).used, 0);
      assert.deepEqual(parseOne('volume', 42.4).used, 42);
      assert.deepEqual(parseOne('volume', 'loud').used, 80);
    });

    it('routine: a name is trimmed, an empty one means the coach routine, anything else is reported', () => {
      assert.deepEqual(parseOne('routine', '  easyRun ').used, 'easyRun');
      assert.deepEqual(parseOne('routine', ''), { used: 'coach', problems: [] });
      const bad = parseOne('routine', 42);
      assert.equal(bad.used, 'coach');
      assert.equal(bad.problems[0]?.reason, 'notAString');
    });
  });
});
