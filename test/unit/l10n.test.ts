/**
 * The translations stay complete and in step with the code: the English bundle holds exactly the strings the code
 * passes to `vscode.l10n.t` (as @vscode/l10n-dev extracts them), and every language has every key, with the same
 * `{0}` placeholders, command links and setting references as the English.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';
import { formatDateTime, formatDayMonth, textLanguage } from '../../src/host/l10n/language';
import { env, l10n } from './stubs/vscode';

const root = path.resolve(__dirname, '..', '..', '..');
const LANGUAGES = ['de', 'es'];

type Strings = Record<string, string>;

const readJson = (file: string): Strings => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as Strings;

/** The `{n}` placeholders of a text, sorted, each as often as it occurs. */
const placeholders = (text: string): string[] => (text.match(/\{\d+\}/g) ?? []).sort();

/** What a translation must carry over unchanged: command links' targets and `#setting#` references. */
const fixedParts = (text: string): string[] => [...(text.match(/\]\([^)]*\)/g) ?? []), ...(text.match(/#warmup\.[\w.]+#/g) ?? [])].sort();

/** Problems of `translated` against `english`, one line each; empty when it is complete. */
function problems(english: Strings, translated: Strings, file: string): string[] {
  const found: string[] = [];
  for (const [key, source] of Object.entries(english)) {
    const text = translated[key];
    if (typeof text !== 'string' || text.trim() === '') {
      found.push(`${file}: no translation of ${JSON.stringify(key)}`);
      continue;
    }
    if (placeholders(text).join() !== placeholders(source).join()) {
      found.push(`${file}: ${JSON.stringify(key)} has placeholders ${placeholders(text).join() || 'none'}, the English ${placeholders(source).join() || 'none'}`);
    }
    if (fixedParts(text).join() !== fixedParts(source).join()) {
      found.push(`${file}: ${JSON.stringify(key)} changes a command link or setting reference: ${fixedParts(text).join(' ')}`);
    }
  }
  for (const key of Object.keys(translated)) {
    if (!(key in english)) found.push(`${file}: ${JSON.stringify(key)} is not an English key (left over?)`);
  }
  return found;
}

function sourceFiles(folder: string): string[] {
  return fs
    .readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

describe('translations', () => {
  it('the English bundle holds exactly the strings the code localises (npm run l10n writes it)', async function () {
    this.timeout(20_000);
    const files = sourceFiles('src').map((file) => ({ extension: '.ts', contents: fs.readFileSync(file, 'utf8') }));
    const extracted = await getL10nJson(files);
    const bundle = readJson('l10n/bundle.l10n.json');
    assert.deepEqual(Object.keys(bundle).sort(), Object.keys(extracted).sort(), 'l10n/bundle.l10n.json is out of step with src/: run npm run l10n');
    assert.ok(Object.keys(bundle).length > 200);
  });

  it('the manifest points VS Code at the bundles and the package ships them', () => {
    const manifest = readJson('package.json') as unknown as { l10n?: string };
    assert.equal(manifest.l10n, './l10n');
    const ignore = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^!l10n\/\*\.json$/m);
    assert.match(ignore, /^!package\.nls\.\*\.json$/m);
  });

  for (const language of LANGUAGES) {
    it(`${language}: every runtime string is translated, with the same placeholders`, () => {
      assert.deepEqual(problems(readJson('l10n/bundle.l10n.json'), readJson(`l10n/bundle.l10n.${language}.json`), `bundle.l10n.${language}.json`), []);
    });

    it(`${language}: the walkthrough's safety page is translated, with every warning sign and bold rule of the English`, () => {
      // VS Code shows media/walkthrough/safety.nls.<language>.md in that language (and safety.md otherwise).
      const shape = (file: string) => {
        const text = fs.readFileSync(path.join(root, 'media', 'walkthrough', file), 'utf8');
        return { heading: /^# \S/.test(text), items: (text.match(/^- /gm) ?? []).length, bold: (text.match(/\*\*/g) ?? []).length };
      };
      assert.deepEqual(shape(`safety.nls.${language}.md`), shape('safety.md'));
    });

    it(`${language}: every command, setting and walkthrough text is translated, links and references kept`, () => {
      assert.deepEqual(problems(readJson('package.nls.json'), readJson(`package.nls.${language}.json`), `package.nls.${language}.json`), []);
    });
  }

  it('finds what it is there to find: a dropped placeholder, a missing key, a changed link, a left-over key', () => {
    const english = { 'Next: {0}': 'Next: {0}', 'Go {0} {1}': 'Go {0} {1}', link: '[Start](command:warmup.start) #warmup.routine#' };
    const translated = { 'Next: {0}': 'Weiter', link: '[Los](command:warmup.stop) #warmup.routine#', old: 'Alt' };
    const found = problems(english, translated, 'x.json');
    assert.equal(found.length, 4, found.join('\n'));
    assert.match(found[0], /placeholders none, the English \{0\}/);
    assert.match(found[1], /no translation of "Go \{0\} \{1\}"/);
    assert.match(found[2], /command:warmup\.stop/);
    assert.match(found[3], /"old" is not an English key/);
  });
});

describe('the language of the texts', () => {
  afterEach(() => {
    env.language = 'en';
    l10n.bundle = undefined;
  });

  it('is VS Code\'s language when a bundle of ours loaded for it, English when none did', () => {
    env.language = 'de';
    assert.equal(textLanguage(), 'en', 'German VS Code, no German texts: the page and the voice stay English');
    l10n.bundle = { Pause: 'Pause' };
    assert.equal(textLanguage(), 'de');
    l10n.bundle = undefined;
    env.language = 'en-gb';
    assert.equal(textLanguage(), 'en-gb', 'English needs no bundle, and keeps its regional formats');
  });

  it('writes dates as the language does', () => {
    const t = new Date(2026, 10, 26, 7, 5).getTime();
    env.language = 'de';
    l10n.bundle = {};
    assert.equal(formatDateTime(t), '26.11.2026, 07:05');
    assert.equal(formatDayMonth(t), '26. Nov.');
    env.language = 'es';
    assert.match(formatDateTime(t), /^26 nov 2026, 7:05$/);
    env.language = 'en';
    l10n.bundle = undefined;
    assert.equal(formatDateTime(t), 'Nov 26, 2026, 7:05 AM');
    env.language = 'fr';
    assert.equal(formatDayMonth(t), 'Nov 26', 'no French texts: English formats, not French ones');
  });
});
