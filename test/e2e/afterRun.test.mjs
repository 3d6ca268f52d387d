/**
 * Back at the desk after the run: VS Code, in focus again 20 minutes after a finished warm-up, asks once how the first
 * ten minutes of the run felt. The finished warm-up is written where the extension keeps it, as a window would have
 * left it 20 minutes ago (the clock moved by moving the data); then the window loses focus to another one and gets it
 * back, as when a runner comes back to the desk. (Playwright pretends every page has focus unless told not to.)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { findWebviewFrame, reloadWindow, runCommand, screenshot } from '../../scripts/harness/workbench.mjs';
import { sleep, useWorkbench, waitFor } from './support.mjs';

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

  it('asks once the window is back in focus 20 minutes after a finished warm-up; Heavy is saved and opens the self-check', async () => {
    const { page } = workbench;
    const finishedAt = Date.now() - 20 * 60_000;
    const startedAt = finishedAt - 540_000;
    const folder = path.join(workbench.userDataDir, 'User', 'globalStorage', 'runner-warmup.runner-warmup');
    fs.mkdirSync(path.join(folder, 'history'), { recursive: true });
    const record = { startedAt, routine: 'coach', stepsDone: 6, stepsTotal: 6, outcome: 'finished', walkWhole: true, updatedAt: finishedAt };
    fs.writeFileSync(path.join(folder, 'history', `${startedAt}.json`), JSON.stringify({ format: 2, record }));
    const session = { status: 'done', steps: STEPS, index: 5, startedAt, routine: 'coach', finishedAt };
    fs.writeFileSync(path.join(folder, 'session.json'), JSON.stringify({ by: 'a-window-long-closed', session: { format: 1, session } }));
    await sleep(2_000);
    assert.equal(await toast(page).count(), 0, 'nothing asks before the window comes back into focus');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
    const elsewhere = await page.context().newPage();
    await elsewhere.bringToFront();
    await sleep(1_000);
    await page.bringToFront();
    await toast(page).waitFor({ state: 'visible', timeout: 10_000 });
    await elsewhere.close();
    await screenshot(page, 'e2e-after-run-question');
    await toast(page).locator('.monaco-button', { hasText: 'Heavy' }).click();
    const advice = await findWebviewFrame(page, 'Heavy legs: a self-check');
    const text = await advice.evaluate(() => document.body.innerText);
    assert.match(text, /Today first: go by what the day gives you/);
    assert.match(text, /had the whole walk/);
    assert.match(text, /heavy periods, little red meat or a vegetarian diet/);
    assert.match(text, /swelling or warmth in one calf/);
    await runCommand(page, 'Warm-Up: Show Warm-Up History');
    const history = await findWebviewFrame(page, 'Recent warm-ups');
    await waitFor('the answer in the history', () => history.evaluate(() => document.body.innerText), (t) => /6\/6\s+finished\s+Heavy/.test(t));
    const saved = JSON.parse(fs.readFileSync(path.join(folder, 'history', `${startedAt}.run.json`), 'utf8'));
    assert.equal(saved.record.runLegs, 'heavy');
  });

  it('does not ask again once answered, even when the window opens again', async () => {
    const { page } = workbench;
    await reloadWindow(page);
    await sleep(5_000);
    assert.equal(await toast(page).count(), 0);
  });

  it('also asks when a window opens that long after a warm-up, and a dismissed question is not asked again', async () => {
    const { page } = workbench;
    const finishedAt = Date.now() - 40 * 60_000;
    const startedAt = finishedAt - 540_000;
    const folder = path.join(workbench.userDataDir, 'User', 'globalStorage', 'runner-warmup.runner-warmup');
    const record = { startedAt, routine: 'coach', stepsDone: 6, stepsTotal: 6, outcome: 'finished', updatedAt: finishedAt };
    fs.writeFileSync(path.join(folder, 'history', `${startedAt}.json`), JSON.stringify({ format: 2, record }));
    const session = { status: 'done', steps: STEPS, index: 5, startedAt, routine: 'coach', finishedAt };
    fs.writeFileSync(path.join(folder, 'session.json'), JSON.stringify({ by: 'another-window', session: { format: 1, session } }));
    await reloadWindow(page);
    await toast(page).waitFor({ state: 'visible', timeout: 20_000 });
    await toast(page).hover();
    await toast(page).locator('.codicon-notifications-clear').first().click();
    await reloadWindow(page);
    await sleep(5_000);
    assert.equal(await toast(page).count(), 0, 'asked once, even unanswered');
  });
});
