/**
 * The extension as VS Code for the Web (vscode.dev, github.dev) runs it: its browser bundle in the browser's web worker
 * extension host. The user setting `remote.extensionKind` moves it there in code-server. The same warm-up journey as in
 * the Node host, then the history with its CSV export and the heart-rate zones.
 */
import assert from 'node:assert/strict';
import { findWebviewFrame, runCommand } from '../../scripts/harness/workbench.mjs';
import { JOURNEY_SETTINGS, warmupJourney } from './journey.mjs';
import { countdown, runningHost, useWorkbench, waitFor } from './support.mjs';

const SETTINGS = {
  ...JOURNEY_SETTINGS,
  'remote.extensionKind': { 'runner-warmup.runner-warmup': ['web'] },
  'warmup.heartRate.age': 35,
  'warmup.heartRate.resting': 60,
};

describe('in the web worker extension host (vscode.dev)', function () {
  this.timeout(120_000);
  const workbench = useWorkbench(SETTINGS, { screenshotPrefix: 'e2e-web' });

  it('Show Running Extensions lists it as running in the web worker', async () => {
    assert.equal(await runningHost(workbench.page), 'web worker');
  });

  warmupJourney(workbench);

  it('records both warm-ups in the history and exports them as CSV', async () => {
    const { page } = workbench;
    await runCommand(page, 'Warm-Up: Show Warm-Up History');
    const frame = await findWebviewFrame(page, 'Recent warm-ups');
    const text = await frame.evaluate(() => document.body.innerText);
    assert.match(text, /All warm-ups\s+2/);
    assert.match(text, /6\/6\s+finished\s+OK/);
    await frame.locator('button[data-action="openCsv"]').click();
    const editor = page.locator('.editor-instance .view-lines').first();
    await waitFor('the CSV', () => editor.innerText().catch(() => ''), (t) => t.includes('date,routine,steps_done,steps_total,outcome,legs'));
    const csv = (await editor.innerText()).replace(/\u00a0/g, ' ');
    assert.match(csv, /coach,6,6,finished,ok/);
    assert.match(csv, /coach,0,6,stopped/);
  });

  it('shows the heart-rate zones', async () => {
    const { page } = workbench;
    await runCommand(page, 'Warm-Up: Show Heart-Rate Zones');
    const frame = await findWebviewFrame(page, 'Your zones, by Karvonen');
    const text = await frame.evaluate(() => document.body.innerText);
    assert.match(text, /Zone 2\s+135–146/);
    assert.equal(await frame.locator('tbody tr').count(), 5);
  });

  it('shares the warm-up with a second window, as in the Node host', async () => {
    const { page } = workbench;
    const other = await workbench.openWindow();
    assert.equal(await runningHost(other), 'web worker');
    await runCommand(page, 'Warm-Up: Start Warm-Up');
    await waitFor('the warm-up in the other window', () => countdown(other), (c) => c?.step === 'Walk, building to brisk');
    await runCommand(other, 'Warm-Up: Stop Warm-Up');
    await waitFor('the stop in the first window', () => countdown(page), (c) => c === undefined);
  });
});
