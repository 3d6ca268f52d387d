// The README's settings table and the settings' descriptions repeat defaults and ranges for people to read; the
// manifest (itself checked against the code by manifest.test.ts) is the source. These tests fail when they drift.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { STEP_SECONDS } from '../../src/core/routines/customRoutines';

interface Schema {
  readonly default?: unknown;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly markdownDescription?: string;
}

const root = path.resolve(__dirname, '..', '..', '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const properties = (JSON.parse(read('package.json')) as { contributes: { configuration: { properties: Record<string, Schema> } } }).contributes
  .configuration.properties;
const nls = JSON.parse(read('package.nls.json')) as Record<string, string>;

/** The README's settings table: `| \`key\` | default | allowed | meaning |` rows by key. */
function readmeRows(): Map<string, { readonly defaultCell: string; readonly allowed: string }> {
  const rows = new Map<string, { defaultCell: string; allowed: string }>();
  for (const line of read('README.md').split('\n')) {
    const cells = /^\| `(warmup\.[\w.]+)` \|([^|]*)\|([^|]*)\|/.exec(line);
    if (cells) {
      rows.set(cells[1], { defaultCell: cells[2].trim(), allowed: cells[3].trim() });
    }
  }
  return rows;
}

describe('documentation of the settings', () => {
  const rows = readmeRows();

  it('has one README row for every setting, and none for a setting that does not exist', () => {
    assert.deepEqual([...rows.keys()].sort(), Object.keys(properties).sort(), 'README.md: the Settings table must list exactly the settings of package.json');
  });

  it("gives each setting's default as the manifest does", () => {
    for (const [key, { defaultCell }] of rows) {
      const literal = /^`(.*)`/.exec(defaultCell)?.[1];
      const expected = properties[key]?.default;
      if (literal !== undefined) {
        assert.deepEqual(JSON.parse(literal), expected, `README.md: the default of ${key}`);
      } else {
        assert.ok(expected === null || Array.isArray(expected), `README.md: write the default of ${key} as \`${JSON.stringify(expected)}\``);
      }
    }
  });

  it('gives the same ranges as the manifest, in the README and in the descriptions', () => {
    for (const [key, schema] of Object.entries(properties)) {
      if (schema.minimum === undefined || schema.maximum === undefined) {
        continue;
      }
      assert.ok(rows.get(key)?.allowed.includes(`${schema.minimum}–${schema.maximum}`), `README.md: the Allowed cell of ${key} must say ${schema.minimum}–${schema.maximum}`);
      const description = nls[(schema.markdownDescription ?? '').replace(/%/g, '')] ?? '';
      for (const [, low, high] of description.matchAll(/(?:Range: |from )(\d+) to (\d+)/g)) {
        assert.deepEqual([Number(low), Number(high)], [schema.minimum, schema.maximum], `package.nls.json: the range in the description of ${key}`);
      }
    }
  });

  it('gives the step length range of custom routines as the code checks it', () => {
    const range = `${STEP_SECONDS.min} to ${STEP_SECONDS.max}`;
    assert.ok(rows.get('warmup.customRoutines')?.allowed.includes(`${STEP_SECONDS.min}–${STEP_SECONDS.max}`), 'README.md: the customRoutines row');
    for (const key of ['config.customRoutines', 'config.customRoutines.seconds']) {
      assert.ok(nls[key].includes(range), `package.nls.json: ${key} must say ${range}`);
    }
  });
});
