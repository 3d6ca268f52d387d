/**
 * VS Code in German, as a German runner has it: code-server with `--locale de` and a (minimal) German language pack,
 * so the workbench itself runs in German. The extension's German texts must load everywhere: command titles, status
 * bar, panel, spoken lines in a German voice, the zones, and dates as Germans write them.
 */
import assert from 'node:assert/strict';
import { findWebviewFrame, runCommand } from '../../scripts/harness/workbench.mjs';
import { de, germanCommand, nls, startInGerman } from './inGerman.mjs';
import { germanLanguagePack } from './languagePack.mjs';
import { panel, spoken, useWorkbench, waitFor } from './support.mjs';

const fill = (text, ...args) => text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)]));

/** English and German voices, the English one the system's default: English must never read the German texts. */
const VOICES = [
  { name: 'Test English', lang: 'en-US', default: true },
  { name: 'Test Deutsch', lang: 'de-DE' },
];

describe('in German (code-server --locale de with a language pack)', function () {
  this.timeout(120_000);
  const workbench = useWorkbench(
    { 'warmup.drillSeconds': 10, 'warmup.heartRate.age': 35, 'warmup.heartRate.resting': 60 },
    { screenshotPrefix: 'e2e-german', install: async () => [await germanLanguagePack()], locale: 'de', voices: VOICES },
  );

  it('the workbench itself runs in German', async () => {
    // Translated only by the test language pack: proof that VS Code, not just the extension, is in German.
    await runCommand(workbench.page, 'View: Alle Editoren schließen');
  });

  it('starts from the German command title; the panel and the status bar are in German', async () => {
    const { page } = workbench;
    const frame = await startInGerman(page);
    assert.equal(await frame.locator('#title').innerText(), de['Walk, building to brisk']);
    assert.match(await frame.locator('#progress').innerText(), new RegExp(fill(de['Step {0} of {1} · {2} left in total'], 1, 6, '\\d+:\\d\\d')));
  });

  it('speaks the German lines in the German voice, and captions them', async () => {
    const { page } = workbench;
    const frame = await panel(page, de['Walk, building to brisk']);
    await frame.locator('#title').click(); // a click in the panel lets it play sound
    await runCommand(page, germanCommand('command.skip'));
    const knees = de['High knees'];
    const said = await waitFor('the change to be spoken', () => spoken(frame), (list) => list?.some((line) => line.text.includes(knees)));
    for (const line of said) assert.equal(line.voice, 'Test Deutsch', `said in ${line.voice}: ${line.text}`);
    assert.ok(said.some((line) => line.text.includes(de['Bring each thigh up toward hip height with quick, light steps.'])));
    assert.match(await frame.locator('#caption').innerText(), new RegExp(knees));
    assert.equal(await frame.locator('#voice-note').isVisible(), false);
  });

  it('shows the zones in German', async () => {
    const { page } = workbench;
    await runCommand(page, germanCommand('command.showZones'));
    const frame = await findWebviewFrame(page, de['Heart rate (bpm)']);
    const text = await frame.evaluate(() => document.body.innerText);
    assert.match(text, new RegExp(`${fill(de['Zone {0}'], 2)}\\s+135–146`));
    assert.ok(text.includes(de['What "easy" means']));
  });

  it('writes dates in the history the German way, and the CSV stays machine-readable', async () => {
    const { page } = workbench;
    await runCommand(page, germanCommand('command.stop'));
    await runCommand(page, germanCommand('command.showHistory'));
    const frame = await findWebviewFrame(page, de['Recent warm-ups']);
    const text = await frame.evaluate(() => document.body.innerText);
    const now = new Date();
    const day = `${now.getDate()}.${now.getMonth() + 1}.${now.getFullYear()}`.replace(/\b(\d)\./g, '0$1.');
    assert.ok(text.includes(day), `a German date ${day} in: ${text.slice(0, 400)}`);
    assert.ok(text.includes(de.stopped));
    await frame.locator('button[data-action="openCsv"]').click();
    const editor = page.locator('.editor-instance .view-lines').first();
    const csv = await waitFor('the CSV', () => editor.innerText().catch(() => ''), (t) => t.includes('date,routine,steps_done'));
    assert.match(csv.replace(/\u00a0/g, ' '), /\n\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d,coach,1,6,stopped/);
  });

  it('shows the walkthrough and its safety page in German', async () => {
    const { page } = workbench;
    await runCommand(page, 'Welcome: Open Walkthrough...');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: nls['walkthrough.title'] }).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    await row.click();
    const walkthrough = page.locator('.gettingStartedContainer');
    await walkthrough.getByText(nls['walkthrough.safety.title'], { exact: true }).first().click();
    // The page is media/walkthrough/safety.nls.de.md, which VS Code picks for German.
    await findWebviewFrame(page, 'Ein Warm-Up ist sanft, aber es bleibt Bewegung.');
  });
});
