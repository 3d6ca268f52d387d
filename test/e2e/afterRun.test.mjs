/**
 * Back at the desk after the run: VS Code, in focus again 15 minutes to 3 hours after a finished warm-up, asks once how
 * the first ten minutes of the run felt. A finished warm-up is written where the extension keeps it, as a window would
 * have left it 20 or 40 minutes ago (the clock moved by moving the data); then the window loses focus to another one
 * and gets it back, or opens again, as when a runner comes back to the desk.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { findWebviewFrame, reloadWindow, runCommand, screenshot } from '../../scripts/harness/workbench.mjs';
import { reloadUntilActive, sleep, useWorkbench, waitFor } from './support.mjs';

const QUESTION = 'Back from your run? How did your legs feel in the first ten minutes?';
const STEPS = [
  { id: 'walk', durationMs: 300_000 },
  { id: 'highKnees', durationMs: 30_000 },
  { id: 'buttKicks', durationMs: 30_000 },
  { id: 'lateralWalk', durationMs: 30_000 },
  { id: 'walkBackwards', durationMs: 30_000 },
  { id: 'easeIn', durationMs: 120_000 },
];

describe('the check-in after the run, in a real VS Code', function () {
  this.timeout(150_000);
  const workbench = useWorkbench({}, { screenshotPrefix: 'e2e-after-run' });
  const toast = (page) => page.locator('.notification-toast', { hasText: QUESTION });
  const storage = () => path.join(workbench.userDataDir, 'User', 'globalStorage', 'runner-warmup.runner-warmup');

  /** Leaves a warm-up that finished `minutesAgo` minutes ago, recorded, as the shared warm-up; returns its start. */
  function finishedAgo(minutesAgo, fields = {}) {
    const finishedAt = Date.now() - minutesAgo * 60_000;
    const startedAt = finishedAt - 540_000;
    fs.mkdirSync(path.join(storage(), 'history'), { recursive: true });
    const record = { startedAt, routine: 'coach', stepsDone: 6, stepsTotal: 6, outcome: 'finished', updatedAt: finishedAt, ...fields };
    fs.writeFileSync(path.join(storage(), 'history', `${startedAt}.json`), JSON.stringify({ format: 2, record }));
    const session = { status: 'done', steps: STEPS, index: 5, startedAt, routine: 'coach', finishedAt };
    fs.writeFileSync(path.join(storage(), 'session.json'), JSON.stringify({ by: 'a-window-long-closed', session: { format: 1, session } }));
    return startedAt;
  }

  /** The answer saved for the run after the warm-up that started at `startedAt`, read from storage. */
  const savedRunLegs = (startedAt) => {
    const file = path.join(storage(), 'history', `${startedAt}.run.json`);
    return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')).record.runLegs : undefined;
  };

  let first;

  it('asks when the window is back in focus 20 minutes after a finished warm-up, and saves the answer', async () => {
    const { page } = workbench;
    // The extension is active (and has looked for a finished warm-up at start-up, finding none) before the data moves.
    await runCommand(page, 'Warm-Up: Show Heart-Rate Zones');
    await findWebviewFrame(page, 'What "easy" means');
    // Focus goes back to the workbench itself: a focused webview (an iframe) keeps the page's focus events to itself.
    await runCommand(page, 'View: Close All Editors');
    first = finishedAgo(20);
    await sleep(2_000);
    assert.equal(await toast(page).count(), 0, 'nothing asks before the window comes back into focus');
    // Playwright pretends every page has focus; without that, bringing another page to the front takes it away.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
    const elsewhere = await page.context().newPage();
    await elsewhere.bringToFront();
    await sleep(1_000);
    await page.bringToFront();
    await toast(page).waitFor({ state: 'visible', timeout: 10_000 });
    await screenshot(page, 'e2e-after-run-question');
    await toast(page).locator('.monaco-button', { hasText: 'OK' }).click();
    await waitFor('the saved answer', () => savedRunLegs(first), (legs) => legs === 'ok', 5_000);
    await elsewhere.close();
    await cdp.detach();
  });

  it('does not ask again once answered, and shows the answer in the history', async () => {
    const { page } = workbench;
    await reloadUntilActive(page, workbench.userDataDir);
    await sleep(2_000); // time to ask, had it been due
    assert.equal(await toast(page).count(), 0);
    await runCommand(page, 'Warm-Up: Show Warm-Up History');
    const history = await findWebviewFrame(page, 'Recent warm-ups');
    const text = await history.evaluate(() => document.body.innerText);
    assert.match(text, /Run start/);
    assert.match(text, /6\/6\s+finished\s+OK/);
  });

  it('asks when a window opens 40 minutes after a warm-up; Heavy opens the self-check, led by today', async () => {
    const { page } = workbench;
    const startedAt = finishedAgo(40, { walkWhole: true });
    await reloadWindow(page);
    await toast(page).waitFor({ state: 'visible', timeout: 20_000 });
    await toast(page).locator('.monaco-button', { hasText: 'Heavy' }).click();
    const advice = await findWebviewFrame(page, 'Heavy legs: a self-check');
    const text = await advice.evaluate(() => document.body.innerText);
    assert.match(text, /^[\s\S]*Today first: go by what the day gives you[\s\S]*had the whole walk[\s\S]*Training load/);
    assert.match(text, /heavy periods, little red meat or a vegetarian diet/);
    assert.match(text, /swelling or warmth in one calf/);
    assert.match(text, /Fever or a recent illness: do not run today/);
    assert.equal(savedRunLegs(startedAt), 'heavy');
    await screenshot(page, 'e2e-after-run-self-check');
  });

  it('does not ask again about a question dismissed', async () => {
    const { page } = workbench;
    finishedAgo(60);
    await reloadWindow(page);
    await toast(page).waitFor({ state: 'visible', timeout: 20_000 });
    await toast(page).hover();
    await toast(page).locator('.codicon-notifications-clear').first().click();
    await reloadUntilActive(page, workbench.userDataDir);
    await sleep(2_000); // time to ask, had it been due
    assert.equal(await toast(page).count(), 0, 'asked once, even unanswered');
  });
});
