import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isOneSided, DRILL_IDS } from '../../src/core/routines/drills';

const illustrations = path.resolve(__dirname, '..', '..', '..', 'media', 'illustrations');

describe('drill library', () => {
  it('has the fifteen drills the coach and the presets use', () => {
    assert.equal(DRILL_IDS.length, 15);
    for (const id of ['walk', 'easyJog', 'legSwingsFrontBack', 'legSwingsSide', 'lunges', 'hipCircles', 'aSkips', 'carioca', 'pogoHops', 'strides']) {
      assert.ok(DRILL_IDS.includes(id as never), id);
    }
  });

  it('marks leg swings, lunges and hip circles as one-sided, and nothing else', () => {
    assert.deepEqual(DRILL_IDS.filter(isOneSided).sort(), ['hipCircles', 'legSwingsFrontBack', 'legSwingsSide', 'lunges']);
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
});
