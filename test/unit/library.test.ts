import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DRILL_IDS, drillOf, factsOf, isOneSided } from '../../src/core/routines/drills';
import { PRESET_IDS, presetSteps } from '../../src/core/routines/presets';
import { DEFAULT_SETTINGS } from '../../src/core/settings/warmupSettings';

const illustrations = path.resolve(__dirname, '..', '..', '..', 'media', 'illustrations');

describe('drill library', () => {
  it('has exactly one drill that ends a routine, and the coach routine ends with it', () => {
    const ending = DRILL_IDS.filter((id) => factsOf(id).endsRoutine);
    assert.equal(ending.length, 1, `drills with endsRoutine: ${ending.join(', ')}`);
    assert.equal(presetSteps('coach', DEFAULT_SETTINGS).at(-1)?.id, ending[0]);
  });

  it('never puts the routine-ending drill before the last step of a preset', () => {
    for (const preset of PRESET_IDS) {
      const early = presetSteps(preset, DEFAULT_SETTINGS).slice(0, -1).filter((step) => factsOf(step.id).endsRoutine);
      assert.deepEqual(early, [], preset);
    }
  });

  it('shows the heart-rate ceiling on the easy running only: easing into the run and the easy jog', () => {
    assert.deepEqual(DRILL_IDS.filter((id) => factsOf(id).showsHeartRateCeiling).sort(), ['easeIn', 'easyJog']);
  });

  it('marks leg swings, reverse lunges and hip circles as one-sided, and nothing else (walking lunges alternate)', () => {
    assert.deepEqual(DRILL_IDS.filter(isOneSided).sort(), ['hipCircles', 'legSwingsFrontBack', 'legSwingsSide', 'reverseLunges']);
  });

  it('marks the lateral walk and carioca as lateral (change direction at half time), and nothing else', () => {
    assert.deepEqual(DRILL_IDS.filter((id) => factsOf(id).halfTime === 'changeDirection').sort(), ['carioca', 'lateralWalk']);
  });

  it('marks pogo hops as optional, and counts them and the strides in sets', () => {
    assert.deepEqual(DRILL_IDS.filter((id) => factsOf(id).optional), ['pogoHops']);
    assert.deepEqual(DRILL_IDS.filter((id) => factsOf(id).sets).sort(), ['pogoHops', 'strides']);
  });

  it('still reads the old `lunges` as reverse lunges', () => {
    assert.equal(drillOf('lunges'), 'reverseLunges');
    assert.equal(drillOf('walkingLunges'), 'walkingLunges');
    assert.equal(drillOf('toString'), undefined);
  });

  it('has an illustration of its own for every drill, plus the finish', () => {
    const seen = new Set<string>();
    for (const id of [...DRILL_IDS, 'done']) {
      const svg = fs.readFileSync(path.join(illustrations, `${id}.svg`), 'utf8');
      assert.match(svg, /^<svg [^>]*viewBox="0 0 200 200"/, id);
      assert.match(svg, /<title>[^<]+<\/title>/, `${id} has a title`);
      assert.doesNotMatch(svg, /<script|on\w+=|href=/i, `${id} has no scripts or links`);
      assert.ok(!seen.has(svg), `${id} is not a copy of another drawing`);
      seen.add(svg);
    }
  });

  it('moves its drawings in a few poses a second, and only when the system allows motion', () => {
    for (const id of [...DRILL_IDS, 'done']) {
      const svg = fs.readFileSync(path.join(illustrations, `${id}.svg`), 'utf8');
      const animations = svg.match(/animation:[^;}]+/g) ?? [];
      assert.ok(animations.length > 0, `${id} shows its movement`);
      for (const animation of animations) {
        // A smooth curve repaints the drawing every frame (about five times an idle workbench's CPU, measured).
        // Four steps there and back: the panel's pose slots (src/webview/panel/poses.ts) count on it.
        assert.match(animation, /steps\(4,jump-none\) infinite alternate(-reverse)?$/, `${id}: ${animation}`);
      }
      assert.ok(svg.indexOf('@media (prefers-reduced-motion:no-preference)') < svg.indexOf('animation:'), `${id} is still under reduced motion`);
    }
  });

  it('holds each drawing still and lets the panel pick one of its eight poses (#p0 to #p7), never running a CSS animation', () => {
    // An animation inside an <img> SVG is serviced every frame, however rarely it changes: twice the CPU, measured.
    for (const id of [...DRILL_IDS, 'done']) {
      const svg = fs.readFileSync(path.join(illustrations, `${id}.svg`), 'utf8');
      const markers = Array.from({ length: 8 }, (_, k) => `<g id="p${k}"/>`).join('');
      assert.ok(svg.includes(`</style>\n${markers}\n`), `${id}: the eight pose markers come right after the style, before everything they pose`);
      const durations = new Set([...svg.matchAll(/animation:[\w-]+ ([\d.]+)s/g)].map((m) => m[1]));
      assert.equal(durations.size, 1, `${id}: one tempo`);
      const [duration] = durations;
      assert.ok(svg.includes(`*{animation-play-state:paused!important;animation-delay:calc((var(--pose,0) * .25 + .125) * -${duration}s)!important}`), `${id}: paused, at the pose`);
      for (let k = 1; k < 8; k++) {
        assert.ok(svg.includes(`#p${k}:target~*{--pose:${k}}`), `${id}: pose ${k}`);
      }
    }
  });
});
