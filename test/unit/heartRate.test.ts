import * as assert from 'node:assert/strict';
import {
  computeZones,
  formatBpmRanges,
  HeartRateSettings,
  HrSettingKey,
  HrSettingProblem,
  parseHeartRateSettings,
  tanakaMax,
  Zone,
  ZonesResult,
} from '../../src/core/coaching/heartRate';

/** Computes zones and fails the test when there are none. */
function zonesFor(settings: HeartRateSettings): ZonesResult {
  const result = computeZones(settings);
  assert.ok(result, `no zones for ${JSON.stringify(settings)}`);
  return result;
}

/** The display range of one zone, e.g. `134–146`. */
function shown(result: ZonesResult, zone: Zone['zone']): string {
  const found = result.zones.find((z) => z.zone === zone);
  assert.ok(found, `zone ${zone} missing`);
  return `${Math.round(found.low)}–${Math.round(found.high)}`;
}

function assertClose(actual: number, expected: number, message?: string): void {
  assert.ok(Math.abs(actual - expected) < 1e-9, `${message ?? ''} expected ${expected}, got ${actual}`);
}

describe('heart-rate zones', () => {
  describe('tanakaMax', () => {
    it('is 208 − 0.7 × age', () => {
      assertClose(tanakaMax(35), 183.5);
      assertClose(tanakaMax(20), 194);
      assertClose(tanakaMax(60), 166);
    });
  });

  describe('the examples from the issue', () => {
    it('age 35, resting 60, Karvonen: zone 2 is 134–146 bpm', () => {
      const result = zonesFor({ age: 35, resting: 60, method: 'karvonen' });
      assert.equal(shown(result, 2), '134–146');
      assert.equal(result.method, 'karvonen');
      assert.equal(result.fellBack, false);
      assert.equal(result.maxSource, 'tanaka');
      assertClose(result.maxHr, 183.5);
      assert.equal(result.resting, 60);
      // Unrounded: 60 + 0.6 × 123.5 and 60 + 0.7 × 123.5.
      assertClose(result.zones[1].low, 134.1);
      assertClose(result.zones[1].high, 146.45);
    });

    it('age 35, percentMax: zone 2 is 110–128 bpm', () => {
      const result = zonesFor({ age: 35, resting: 60, method: 'percentMax' });
      assert.equal(shown(result, 2), '110–128');
      assert.equal(result.method, 'percentMax');
      assert.equal(result.requested, 'percentMax');
      assert.equal(result.fellBack, false);
      assert.equal(result.resting, undefined, 'resting is not used by %max');
      assertClose(result.zones[1].low, 110.1);
      assertClose(result.zones[1].high, 128.45);
    });

    it('measured max 190, resting 60, Karvonen: zone 2 is 138–151 bpm', () => {
      const result = zonesFor({ age: 35, resting: 60, max: 190, method: 'karvonen' });
      assert.equal(shown(result, 2), '138–151');
      assert.equal(result.maxHr, 190);
      assert.equal(result.maxSource, 'measured');
    });
  });

  describe('computeZones', () => {
    it('returns undefined when neither a measured max nor an age is known', () => {
      assert.equal(computeZones({ method: 'karvonen' }), undefined);
      assert.equal(computeZones({ resting: 55, method: 'karvonen' }), undefined);
      assert.equal(computeZones({ resting: 55, method: 'percentMax' }), undefined);
    });

    it('uses a measured max without an age', () => {
      const result = zonesFor({ max: 200, method: 'percentMax' });
      assert.equal(result.maxSource, 'measured');
      assert.deepEqual(
        result.zones.map((z) => [z.zone, z.low, z.high]),
        [
          [1, 100, 120],
          [2, 120, 140],
          [3, 140, 160],
          [4, 160, 180],
          [5, 180, 200],
        ],
      );
    });

    it('falls back to %max when Karvonen is asked for without a resting heart rate, and says so', () => {
      const result = zonesFor({ age: 35, method: 'karvonen' });
      assert.equal(result.requested, 'karvonen');
      assert.equal(result.method, 'percentMax');
      assert.equal(result.fellBack, true);
      assert.equal(result.resting, undefined);
      assert.equal(shown(result, 2), '110–128');
    });

    it('also falls back when the resting heart rate is not below the max', () => {
      const result = zonesFor({ resting: 120, max: 120, method: 'karvonen' });
      assert.equal(result.method, 'percentMax');
      assert.equal(result.fellBack, true);
    });

    it('gives five contiguous half-open zones from 50 % to 100 %, ending at the max', () => {
      for (const settings of [
        { age: 35, resting: 60, method: 'karvonen' },
        { age: 35, method: 'percentMax' },
        { max: 187, resting: 48, method: 'karvonen' },
      ] as const) {
        const result = zonesFor(settings);
        assert.deepEqual(
          result.zones.map((z) => z.zone),
          [1, 2, 3, 4, 5],
        );
        for (let i = 1; i < result.zones.length; i++) {
          assert.equal(result.zones[i].low, result.zones[i - 1].high, `zone ${i + 1} starts where zone ${i} ends`);
        }
        for (const zone of result.zones) {
          assert.ok(zone.low < zone.high, `zone ${zone.zone} is not empty`);
        }
        assertClose(result.zones[4].high, result.maxHr, 'top of zone 5');
        const base = result.method === 'karvonen' ? (result.resting ?? NaN) : 0;
        assertClose(result.zones[0].low, base + 0.5 * (result.maxHr - base), 'bottom of zone 1');
      }
    });

    it('Karvonen zones sit above %max zones for the same person', () => {
      const karvonen = zonesFor({ age: 35, resting: 60, method: 'karvonen' });
      const percent = zonesFor({ age: 35, resting: 60, method: 'percentMax' });
      for (let i = 0; i < 4; i++) {
        assert.ok(karvonen.zones[i].low > percent.zones[i].low, `zone ${i + 1}`);
      }
    });
  });

  describe('formatBpmRanges', () => {
    it('shows adjacent zones without a shared endpoint, tops rounded', () => {
      const result = computeZones({ age: 35, resting: 60, max: undefined, method: 'karvonen' });
      assert.ok(result);
      assert.deepEqual(formatBpmRanges(result.zones), ['122–134', '135–146', '147–159', '160–171', '172–184']);
    });
  });

});

describe('parseHeartRateSettings', () => {
  type RawKey = 'age' | 'resting' | 'max' | 'method';

  /** Parses one raw value and returns the value used for it plus the problems reported. */
  function parseOne(key: RawKey, value: unknown): { used: unknown; problems: HrSettingProblem[] } {
    const { settings, problems } = parseHeartRateSettings({ [key]: value });
    return { used: settings[key], problems };
  }

  function assertProblem(key: RawKey, given: unknown, reason: HrSettingProblem['reason'], used: unknown): void {
    const result = parseOne(key, given);
    const fullKey = `heartRate.${key}` as HrSettingKey;
    assert.deepEqual(result.used, used, `${key}=${String(given)}: value used`);
    assert.deepEqual(result.problems, [{ key: fullKey, reason, given, used }], `${key}=${String(given)}: problem`);
  }

  it('an empty configuration: nothing set, Karvonen, no problems', () => {
    assert.deepEqual(parseHeartRateSettings({}), { settings: { method: 'karvonen' }, problems: [] });
  });

  it('treats null and undefined as "not set", with no problem', () => {
    for (const value of [null, undefined]) {
      const { settings, problems } = parseHeartRateSettings({ age: value, resting: value, max: value, method: value });
      assert.deepEqual(settings, { method: 'karvonen' });
      assert.deepEqual(problems, []);
      assert.equal('age' in settings, false, 'no age key at all');
    }
  });

  it('accepts valid values as they are', () => {
    const raw = { age: 35, resting: 60, max: 190, method: 'percentMax' } as const;
    assert.deepEqual(parseHeartRateSettings(raw), { settings: raw, problems: [] });
  });

  it('accepts the limits themselves', () => {
    for (const [key, min, max] of [
      ['age', 10, 100],
      ['resting', 30, 120],
      ['max', 100, 230],
    ] as const) {
      for (const value of [min, max]) {
        assert.deepEqual(parseOne(key, value), { used: value, problems: [] }, `${key}=${value}`);
      }
    }
  });

  describe('numbers', () => {
    const cases = [
      { key: 'age', min: 10, max: 100, low: 9, high: 101, fraction: 35.5, rounded: 36 },
      { key: 'resting', min: 30, max: 120, low: 29.9, high: 121, fraction: 59.4, rounded: 59 },
      { key: 'max', min: 100, max: 230, low: 0, high: 230.5, fraction: 189.6, rounded: 190 },
    ] as const;

    for (const c of cases) {
      it(`${c.key}: a value of the wrong type is dropped (not set)`, () => {
        for (const bad of ['35', '', 'abc', NaN, Infinity, -Infinity, true, {}, [60]]) {
          assertProblem(c.key, bad, 'notANumber', undefined);
        }
      });

      it(`${c.key}: out of range is clamped to ${c.min}..${c.max}`, () => {
        assertProblem(c.key, c.low, 'tooSmall', c.min);
        assertProblem(c.key, -5, 'tooSmall', c.min);
        assertProblem(c.key, c.high, 'tooLarge', c.max);
        assertProblem(c.key, 1e6, 'tooLarge', c.max);
      });

      it(`${c.key}: a fraction is rounded to a whole number`, () => {
        assertProblem(c.key, c.fraction, 'notAnInteger', c.rounded);
      });
    }

    it('0 is a number, not "not set": it is clamped like any value too small', () => {
      assertProblem('age', 0, 'tooSmall', 10);
    });
  });

  describe('method', () => {
    it('accepts karvonen and percentMax', () => {
      assert.deepEqual(parseOne('method', 'karvonen'), { used: 'karvonen', problems: [] });
      assert.deepEqual(parseOne('method', 'percentMax'), { used: 'percentMax', problems: [] });
    });

    it('anything else falls back to karvonen with a problem', () => {
      for (const bad of ['Karvonen', 'percentmax', 'fox', '', 1, true, {}]) {
        assertProblem('method', bad, 'unknownMethod', 'karvonen');
      }
    });
  });

  describe('resting at or above max', () => {
    it('drops a resting heart rate not below a measured max', () => {
      for (const resting of [110, 111]) {
        const { settings, problems } = parseHeartRateSettings({ resting, max: 110 });
        assert.deepEqual(settings, { max: 110, method: 'karvonen' });
        assert.deepEqual(problems, [{ key: 'heartRate.resting', reason: 'tooLarge', given: resting, used: undefined }]);
      }
    });

    it('keeps a resting heart rate just below the max', () => {
      assert.deepEqual(parseHeartRateSettings({ resting: 109, max: 110 }), {
        settings: { resting: 109, max: 110, method: 'karvonen' },
        problems: [],
      });
    });

    it('compares with the Tanaka estimate when no max is measured', () => {
      // Only a measured max can be that low: the estimate at age 100 is 138, above any allowed resting value.
      assert.deepEqual(parseHeartRateSettings({ age: 100, resting: 120 }).problems, []);
      // But a measured max overrides a high estimate.
      const { settings } = parseHeartRateSettings({ age: 20, resting: 105, max: 100 });
      assert.equal(settings.resting, undefined);
    });

    it('reports one problem for resting even when it was clamped first', () => {
      const { settings, problems } = parseHeartRateSettings({ resting: 150, max: 105 });
      assert.deepEqual(settings, { max: 105, method: 'karvonen' });
      assert.deepEqual(problems, [{ key: 'heartRate.resting', reason: 'tooLarge', given: 150, used: undefined }]);
    });

    it('drops resting against a clamped max', () => {
      const { settings, problems } = parseHeartRateSettings({ resting: 100, max: 50 });
      assert.deepEqual(settings, { max: 100, method: 'karvonen' });
      assert.deepEqual(
        problems.map((p) => `${p.key}:${p.reason}`),
        ['heartRate.max:tooSmall', 'heartRate.resting:tooLarge'],
      );
    });
  });

  it('reports every bad setting at once and keeps the good ones', () => {
    const { settings, problems } = parseHeartRateSettings({ age: 'thirty', resting: 58, max: 250, method: 'zone' });
    assert.deepEqual(settings, { resting: 58, max: 230, method: 'karvonen' });
    assert.deepEqual(
      problems.map((p) => `${p.key}:${p.reason}`).sort(),
      ['heartRate.age:notANumber', 'heartRate.max:tooLarge', 'heartRate.method:unknownMethod'],
    );
  });

  it('parsed settings feed computeZones: the issue example end to end', () => {
    const { settings } = parseHeartRateSettings({ age: 35, resting: 60 });
    assert.equal(shown(zonesFor(settings), 2), '134–146');
  });
});
