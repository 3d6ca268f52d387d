import * as assert from 'node:assert/strict';
import { presetSteps } from '../../src/core/routines/presets';
import { totalDuration } from '../../src/core/routines/routine';
import { DEFAULT_SETTINGS } from '../../src/core/settings/warmupSettings';
import { DRILL_IDS } from '../../src/core/routines/drills';

const minutes = (id: Parameters<typeof presetSteps>[0]) => totalDuration(presetSteps(id, DEFAULT_SETTINGS)) / 60_000;

describe('presets', () => {
  it('coach is built from the settings', () => {
    assert.equal(minutes('coach'), 9);
    assert.equal(presetSteps('coach', { ...DEFAULT_SETTINGS, walkMinutes: 3 })[0].durationMs, 180_000);
  });

  it('office quick is about 5 minutes, in place, without jumps or outdoor drills', () => {
    assert.ok(minutes('officeQuick') >= 4.5 && minutes('officeQuick') <= 5.5, String(minutes('officeQuick')));
    const ids = presetSteps('officeQuick', DEFAULT_SETTINGS).map((s) => s.id);
    for (const outdoor of ['pogoHops', 'carioca', 'strides', 'easyJog', 'aSkips']) {
      assert.ok(!ids.includes(outdoor as never), `${outdoor} does not belong in the office`);
    }
  });

  it('easy run is about 8 minutes and ends by easing into the run', () => {
    assert.equal(minutes('easyRun'), 8);
    assert.equal(presetSteps('easyRun', DEFAULT_SETTINGS).at(-1)?.id, 'easeIn');
  });

  it('workout is about 15 minutes with an easy jog before the strides', () => {
    assert.ok(minutes('workout') >= 14.5 && minutes('workout') <= 15.5, String(minutes('workout')));
    const ids = presetSteps('workout', DEFAULT_SETTINGS).map((s) => s.id);
    assert.ok(ids.indexOf('easyJog') < ids.indexOf('strides'));
  });

  it('uses only drills of the library', () => {
    for (const id of ['officeQuick', 'easyRun', 'workout'] as const) {
      for (const step of presetSteps(id, DEFAULT_SETTINGS)) {
        assert.ok(DRILL_IDS.includes(step.id), step.id);
      }
    }
  });
});
