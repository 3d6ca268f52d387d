/**
 * A minimal German language pack made for the tests, so code-server's workbench really runs in German (`--locale de`
 * takes effect only when a pack for the language is installed). It translates the few workbench strings the tests
 * use; everything else in the workbench stays English, as with a pack that lags behind VS Code.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createVSIX } from '@vscode/vsce';

/** The workbench strings the German tests meet, by VS Code's NLS module and key. */
export const GERMAN_WORKBENCH = {
  'vs/workbench/browser/actions/windowActions': { reloadWindow: 'Fenster neu laden' },
  'vs/workbench/browser/parts/editor/editorActions': { closeAllEditors: 'Alle Editoren schließen' },
};

/** Builds the pack as a `.vsix` in a temp folder and returns its path. */
export async function germanLanguagePack() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warmup-language-pack-'));
  const manifest = {
    name: 'warmup-test-language-pack-de',
    displayName: 'German language pack for the Runner Warm-Up tests',
    description: 'Makes the test workbench run in German.',
    publisher: 'warmup-tests',
    version: '1.0.0',
    license: 'MIT',
    engines: { vscode: '^1.100.0' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [
        {
          languageId: 'de',
          languageName: 'German',
          localizedLanguageName: 'Deutsch',
          translations: [{ id: 'vscode', path: './translations/main.i18n.json' }],
        },
      ],
    },
  };
  fs.mkdirSync(path.join(dir, 'translations'));
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(dir, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: GERMAN_WORKBENCH }, null, 2));
  fs.writeFileSync(path.join(dir, 'README.md'), '# German language pack for tests\n');
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'MIT\n');
  fs.writeFileSync(path.join(dir, '.vscodeignore'), '*.vsix\n');
  const packagePath = path.join(dir, 'language-pack-de.vsix');
  const log = console.log;
  console.log = () => {}; // vsce lists every file it packs
  try {
    await createVSIX({ cwd: dir, packagePath, allowMissingRepository: true, dependencies: false });
  } finally {
    console.log = log;
  }
  return packagePath;
}
