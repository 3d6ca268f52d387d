import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DRILL_IDS, factsOf } from '../../src/core/routines/drills';
import { PRESET_IDS, presetSteps } from '../../src/core/routines/presets';
import { DEFAULT_SETTINGS } from '../../src/core/settings/warmupSettings';
import { Cue, marksOf } from '../../src/core/warmup/cues';
import { sendOff, stepText } from '../../src/host/routines/drillTexts';
import { speechFor } from '../../src/host/panel/panelSpeech';
import { l10n } from './stubs/vscode';

/** A translation bundle of ours, as VS Code would load it for `language`. */
const readBundle = (language: string): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'l10n', `bundle.l10n.${language}.json`), 'utf8')) as Record<string, string>;

// The coaching content as data: what a coach would correct, checked for every drill, preset and spoken line.

/** About 8 seconds at an easy speaking pace (150 words a minute). */
const MAX_SPOKEN_WORDS = 20;

/** Every cue the voice can give for a drill (at its change, at its marks), with a step after it. */
function cuesOf(id: (typeof DRILL_IDS)[number]): Cue[] {
  const steps = [{ id, durationMs: 200_000 }, { id: 'walk' as const, durationMs: 60_000 }];
  return [{ kind: 'change', stepId: id }, ...marksOf(steps, 0).map((mark) => mark.cue)];
}

describe('coaching content', () => {
  it('never walks less than the coach\'s 3 minutes in a built-in routine', () => {
    for (const preset of PRESET_IDS) {
      const walk = presetSteps(preset, DEFAULT_SETTINGS).find((step) => step.id === 'walk');
      assert.ok(walk && walk.durationMs >= 180_000, `${preset}: walk ${walk?.durationMs} ms`);
    }
  });

  it('builds intensity to the end of the office routine, with marches rather than jumps', () => {
    const ids = presetSteps('officeQuick', DEFAULT_SETTINGS).map((step) => step.id);
    assert.deepEqual(ids.slice(-2), ['highKneeMarch', 'buttKickMarch']);
    assert.ok(!ids.some((id) => ['highKnees', 'buttKicks', 'pogoHops', 'aSkips', 'carioca', 'strides'].includes(id)), ids.join());
    for (const id of ids) {
      assert.doesNotMatch(speechFor({ kind: 'change', stepId: id }, 'officeQuick'), /\b(jump|hop|skip with)/i, id);
    }
  });

  it('says "switch legs" only on one-sided drills, never on alternating ones', () => {
    assert.equal(factsOf('walkingLunges').halfTime, undefined);
    for (const id of DRILL_IDS) {
      const said = cuesOf(id).map((cue) => speechFor(cue, 'coach')).join(' ');
      assert.equal(/switch legs/i.test(said), factsOf(id).halfTime === 'switchLegs', `${id}: ${said}`);
    }
  });

  it('gives every lateral drill a change of direction at half time', () => {
    for (const id of ['lateralWalk', 'carioca'] as const) {
      assert.match(cuesOf(id).map((cue) => speechFor(cue, 'coach')).join(' '), /change direction/i, id);
    }
  });

  it('speaks "optional" on pogo hops and every optional drill, with when to leave it out', () => {
    const optional = DRILL_IDS.filter((id) => factsOf(id).optional);
    assert.ok(optional.includes('pogoHops'));
    for (const id of optional) {
      const said = speechFor({ kind: 'change', stepId: id }, 'coach');
      assert.match(said, /optional/i, id);
      assert.match(said, /office shoes|slippery|pain/i, id);
    }
  });

  for (const language of ['en', 'de', 'es']) {
    it(`keeps every spoken line to about 8 seconds at speaking pace (${language})`, () => {
      l10n.bundle = language === 'en' ? undefined : readBundle(language);
      try {
        const lines: string[] = [];
        for (const id of DRILL_IDS) {
          lines.push(...cuesOf(id).flatMap((cue) => speechFor(cue, 'coach').split('\n')));
        }
        for (const routine of [...PRESET_IDS, 'My own']) {
          lines.push(...speechFor({ kind: 'finish' }, routine).split('\n'));
        }
        assert.ok(lines.length > 50);
        const tooLong = lines.filter((line) => line.split(/\s+/).filter(Boolean).length > MAX_SPOKEN_WORDS);
        assert.deepEqual([...new Set(tooLong)], []);
      } finally {
        l10n.bundle = undefined;
      }
    });
  }

  it('reads well aloud: no names a voice mangles, no movement it cannot picture', () => {
    for (const id of DRILL_IDS) {
      const { name, cue } = stepText(id);
      assert.doesNotMatch(`${name} ${cue}`, /\bA-skips\b|open the gate|close it/i, id);
    }
  });

  it('sends each routine off in its own way: no "keep the first minutes easy" before a workout', () => {
    assert.doesNotMatch(sendOff('workout'), /first minutes easy/i);
    assert.match(sendOff('workout'), /10 minutes/);
    assert.match(sendOff('officeQuick'), /first three minutes very easily/);
    assert.match(sendOff('coach'), /first minutes easy/);
  });
});
