/**
 * A minimal German language pack made for the tests, so code-server's workbench really runs in German (`--locale de`
 * takes effect only when a pack for the language is installed). It translates the few workbench strings the tests
 * use; everything else in the workbench stays English, as with a pack that lags behind VS Code.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packExtension } from '../../scripts/harness/vsix.mjs';

/** The workbench strings the German tests meet, by VS Code's NLS module and key. */
export const GERMAN_WORKBENCH = {
  'vs/workbench/browser/actions/windowActions': { reloadWindow: 'Fenster neu laden' },
  'vs/workbench/browser/parts/editor/editorActions': { closeAllEditors: 'Alle Editoren schließen' },
};

/** Builds the pack as a `.vsix` in a temp folder and returns its path. */
export function germanLanguagePack() {
  const manifest = {
    name: 'warmup-test-language-pack-de',
    displayName: 'German language pack for the Runner Warm-Up tests',
    description: 'Makes the test workbench run in German.',
    publisher: 'warmup-tests',
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
  const translations = JSON.stringify({ version: '1.0.0', contents: GERMAN_WORKBENCH }, null, 2);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'warmup-language-pack-'));
  return packExtension(path.join(dir, 'language-pack-de'), manifest, { 'translations/main.i18n.json': translations });
}
