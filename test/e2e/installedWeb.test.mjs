/**
 * The packaged `.vsix` as a runner on vscode.dev in German has it: installed into a clean code-server with no extension
 * under development, moved to the browser's web worker host by `remote.extensionKind`, and the workbench in German
 * (`--locale de` with the test language pack). Proves the package ships the browser entry and the German texts.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { readZip } from '@vscode/vsce/out/zip.js';
import { runCommand, statusBarText } from '../../scripts/harness/workbench.mjs';
import { de, germanCommand, startInGerman } from './inGerman.mjs';
import { germanLanguagePack } from './languagePack.mjs';
import { packagedVsix } from './packaged.mjs';
import { runningHost, useWorkbench, waitFor } from './support.mjs';

const SETTINGS = { 'remote.extensionKind': { 'runner-warmup.runner-warmup': ['web'] } };

describe('installed from the packaged .vsix, on the web, in German', function () {
  this.timeout(120_000);
  const workbench = useWorkbench(SETTINGS, {
    screenshotPrefix: 'e2e-installed-web',
    install: async () => [await packagedVsix(), await germanLanguagePack()],
    develop: false,
    locale: 'de',
  });

  it('ships both entries and the German and Spanish texts', async () => {
    const files = await readZip(await packagedVsix(), (name) => /^extension\/(dist\/(web\/)?extension\.js|package\.json|package\.nls\..*json|l10n\/.*\.json)$/.test(name));
    const manifest = JSON.parse(files.get('extension/package.json').toString('utf8'));
    for (const entry of [manifest.main, manifest.browser]) {
      assert.ok(files.has(path.posix.join('extension', entry)), `${entry} is in the package`);
    }
    for (const lang of ['de', 'es']) {
      assert.ok(files.has(`extension/package.nls.${lang}.json`), `package.nls.${lang}.json is in the package`);
      assert.ok(files.has(`${path.posix.join('extension', manifest.l10n)}/bundle.l10n.${lang}.json`), `bundle.l10n.${lang}.json is in the package`);
    }
  });

  it('runs in the web worker host', async () => {
    assert.equal(await runningHost(workbench.page), 'web worker');
  });

  it('starts a warm-up from the German command, with the panel, its drawing and the status bar in German', async () => {
    const { page } = workbench;
    const frame = await startInGerman(page);
    const drawn = await waitFor('the drawing', () => frame.locator('#illustration').evaluate((img) => img.complete && img.naturalWidth), (width) => width > 0);
    assert.ok(drawn > 0);
  });

  it('stops from the German command, and the status bar clears', async () => {
    const { page } = workbench;
    await runCommand(page, germanCommand('command.stop'));
    await waitFor('the countdown gone', () => statusBarText(page), (text) => !text.includes(de['Walk, building to brisk']));
  });
});
