import * as assert from 'node:assert/strict';
import { parseCustomRoutines } from '../../src/core/routines/customRoutines';
import { factsOf } from '../../src/core/routines/drills';
import { PRESET_IDS, presetSteps } from '../../src/core/routines/presets';
import { totalDuration } from '../../src/core/routines/routine';
import { DEFAULT_SETTINGS } from '../../src/core/settings/warmupSettings';

const minutes = (id: Parameters<typeof presetSteps>[0]) => totalDuration(presetSteps(id, DEFAULT_SETTINGS)) / 60_000;

describe('presets', () => {
  it('coach is built from the settings', () => {
    assert.equal(minutes('coach'), 9);
    assert.equal(presetSteps('coach', { ...DEFAULT_SETTINGS, walkMinutes: 3 })[0].durationMs, 180_000);
  });

  it('office quick is about 6 minutes, in place, without jumps or outdoor drills', () => {
    assert.equal(minutes('officeQuick'), 6);
    const ids = presetSteps('officeQuick', DEFAULT_SETTINGS).map((s) => s.id);
    for (const outdoor of ['pogoHops', 'carioca', 'strides', 'easyJog', 'aSkips']) {
      assert.ok(!ids.includes(outdoor as never), `${outdoor} does not belong in the office`);
    }
  });

  it('easy run is about 9 minutes and ends with 2 minutes of easing into the run', () => {
    assert.equal(minutes('easyRun'), 9.25);
    assert.deepEqual(presetSteps('easyRun', DEFAULT_SETTINGS).at(-1), { id: 'easeIn', durationMs: 120_000 });
  });

  it('workout is about 16 minutes with an easy jog before four counted strides', () => {
    assert.ok(minutes('workout') >= 15.5 && minutes('workout') <= 16.5, String(minutes('workout')));
    assert.deepEqual(presetSteps('workout', DEFAULT_SETTINGS).at(-1), { id: 'strides', durationMs: 200_000 });
    const ids = presetSteps('workout', DEFAULT_SETTINGS).map((s) => s.id);
    assert.ok(ids.indexOf('easyJog') < ids.indexOf('strides'));
  });

  it('each could be written out in warmup.customRoutines: step lengths and counts a custom routine may have', () => {
    for (const id of PRESET_IDS) {
      const steps = presetSteps(id, DEFAULT_SETTINGS);
      const written = { name: `My ${id}`, steps: steps.map((s) => ({ drill: s.id, seconds: s.durationMs / 1000 })) };
      assert.deepEqual(parseCustomRoutines([written]), { routines: [{ name: written.name, steps }], problems: [] }, id);
    }
  });

  it('a step that takes the runner into the run comes last, if at all (replanning relies on it)', () => {
    for (const id of PRESET_IDS) {
      const ids = presetSteps(id, DEFAULT_SETTINGS).map((s) => s.id);
      const closing = ids.flatMap((drill, i) => (factsOf(drill).endsRoutine ? [i] : []));
      assert.ok(closing.every((i) => i === ids.length - 1), `${id}: ${ids.join(', ')}`);
    }
  });
});
