/**
 * The extension's German texts, read from its own bundles, and the first thing every German test does with them:
 * start a warm-up from the German command title and see the panel and the status bar in German.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../scripts/harness/paths.mjs';
import { runCommand, statusBarText } from '../../scripts/harness/workbench.mjs';
import { panel, waitFor } from './support.mjs';

const read = (file) => JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8'));

/** The German runtime strings (`vscode.l10n.t`), by their English text. */
export const de = read('l10n/bundle.l10n.de.json');
/** The German manifest strings (package.nls.de.json), by key. */
export const nls = read('package.nls.de.json');

/** A command's German title as the palette lists it, by its package.nls key. */
export const germanCommand = (key) => `${nls.category}: ${nls[key]}`;

/** Starts a warm-up from the German Start command; the panel (returned) and the status bar show the walk in German. */
export async function startInGerman(page) {
  await runCommand(page, germanCommand('command.start'));
  const walk = de['Walk, building to brisk'];
  const frame = await panel(page, walk);
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'de');
  assert.equal(await frame.locator('#pause').innerText(), de.Pause);
  await waitFor('the German status bar', () => statusBarText(page), (text) => new RegExp(`${walk} [45]:\\d\\d`).test(text));
  return frame;
}
