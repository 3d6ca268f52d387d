/**
 * The coaching around the timer, as a runner meets it: the routine picker, spoken mid-step cues,
 * heart-rate zones, the legs check-in after a warm-up, the history and its CSV export.
 * One story in one workbench: each test builds on the ones before (the ease-in waits on the routine the test before
 * started; the history counts their warm-ups), so a failure cascades and no test runs alone.
 */
import assert from 'node:assert/strict';
import { findWebviewFrame, runCommand, screenshot } from '../../scripts/harness/workbench.mjs';
import { countdown, panel, useWorkbench, waitFor } from './support.mjs';

const SETTINGS = {
  'warmup.heartRate.age': 35,
  'warmup.heartRate.resting': 60,
  'warmup.customRoutines': [
    { name: 'Quick swings', steps: [{ drill: 'legSwingsSide', seconds: 10 }, { drill: 'easeIn', seconds: 6 }] },
    { name: 'Cue check', steps: [{ drill: 'walk', seconds: 15 }, { drill: 'strides', seconds: 40 }] },
  ],
};

/** Picks a row of an open quick pick by its label. */
async function pick(page, label) {
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  await row.click();
}

/**
 * Runs Start Warm-Up Routine… and picks `label`. A quick pick can close before it is used (the workbench moved focus
 * as it opened), so a picker that is gone is opened again, up to three times.
 */
async function startRoutine(page, label) {
  for (let attempt = 1; ; attempt += 1) {
    await runCommand(page, 'Warm-Up: Start Warm-Up Routine…');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
    if (await row.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => attempt >= 3)) {
      await row.click();
      return;
    }
    await page.keyboard.press('Escape');
  }
}

describe('coaching in a real VS Code', function () {
  this.timeout(120_000);
  const workbench = useWorkbench(SETTINGS, { screenshotPrefix: 'e2e-coaching' });

  it('Start Warm-Up Routine… lists every routine with its length and starts the chosen one', async () => {
    const { page } = workbench;
    await runCommand(page, 'Warm-Up: Start Warm-Up Routine…');
    const list = page.locator('.quick-input-list');
    await waitFor('the routines', () => list.innerText(), (t) => t.includes('Before a workout or race') && t.includes('Quick swings'));
    const text = await list.innerText();
    assert.match(text, /Office quick: in place, no jumps/);
    assert.match(text, /9:00 · 6 steps · your default/);
    assert.match(text, /0:16 · 2 steps/);
    await pick(page, 'Office quick: in place, no jumps');
    const frame = await panel(page, 'Step 1 of 7');
    assert.match(await frame.locator('#title').innerText(), /Walk, building to brisk/);
    await waitFor('the countdown', () => countdown(page), (c) => c?.step === 'Walk, building to brisk' && c.seconds <= 180);
  });

  it('says "switch legs" at half time of a one-sided drill, in the caption too', async () => {
    const { page } = workbench;
    await runCommand(page, 'Warm-Up: Stop Warm-Up');
    await startRoutine(page, 'Quick swings');
    const frame = await panel(page, 'Leg swings, side to side');
    await waitFor('the halfway caption', () => frame.locator('#caption').innerText(), (t) => t === 'Halfway: switch legs.', 10_000);
    assert.equal(await frame.locator('#caption').getAttribute('aria-live'), 'polite');
  });

  it('shows the ease-in target from the zones, then asks how the legs feel; Heavy opens the self-check', async () => {
    const { page } = workbench;
    const frame = await panel(page);
    await waitFor('the ease-in step', () => frame.locator('#title').innerText(), (t) => t === 'Ease into your run', 15_000);
    assert.equal(await frame.locator('#target').innerText(), 'Stay at or under 146 bpm; heart rate catches up slowly, so go by the talk test.');
    await waitFor('the done state', () => frame.locator('#title').innerText(), (t) => t === 'Warm-up done: go run!', 15_000);
    assert.equal(await frame.locator('#check-in').isVisible(), true);
    await frame.locator('button[data-legs="heavy"]').click();
    const advice = await findWebviewFrame(page, 'Heavy legs: a self-check');
    const text = await advice.evaluate(() => document.body.innerText);
    assert.match(text, /Training load/);
    assert.match(text, /146 bpm, the top of your zone 2/);
    assert.match(text, /not a diagnosis/);
    assert.match(text, /Stop and get medical help at once/);
    const done = await panel(page, 'Warm-up done: go run');
    await waitFor('the saved answer', () => done.locator('#check-in-answer').innerText(), (t) => t === 'Saved with this warm-up: Heavy.');
  });

  it('Show Heart-Rate Zones gives five zones in bpm and says which method and max it used', async () => {
    const { page } = workbench;
    await runCommand(page, 'Warm-Up: Show Heart-Rate Zones');
    const frame = await findWebviewFrame(page, 'Your zones, by Karvonen');
    const text = await frame.evaluate(() => document.body.innerText);
    assert.match(text, /Zone 2\s+135–146/);
    assert.match(text, /Zone 3\s+147–159/);
    assert.match(text, /about 184 bpm, estimated from your age \(35\)/);
    assert.match(text, /talk test/);
    assert.equal(await frame.locator('tbody tr').count(), 5);
  });

  it('Show Warm-Up History counts this week, draws eight weeks and lists the recent warm-ups', async () => {
    const { page } = workbench;
    await runCommand(page, 'Warm-Up: Show Warm-Up History');
    const frame = await findWebviewFrame(page, 'Recent warm-ups');
    const text = await frame.evaluate(() => document.body.innerText);
    assert.match(text, /This week\s+2/);
    assert.match(text, /Streak\s+1 day/);
    assert.equal(await frame.locator('figure.bars rect').count(), 8);
    assert.match(text, /Quick swings\s+2\/2\s+finished\s+Heavy/);
    assert.match(text, /Office quick: in place, no jumps\s+0\/7\s+stopped/);
  });

  it('opens the history as CSV in an editor from the history panel', async () => {
    const { page } = workbench;
    const frame = await findWebviewFrame(page, 'Recent warm-ups');
    await frame.locator('button[data-action="openCsv"]').click();
    const editor = page.locator('.editor-instance .view-lines').first();
    await waitFor('the CSV', () => editor.innerText().catch(() => ''), (t) => t.includes('date,routine,steps_done,steps_total,outcome,legs'));
    const text = (await editor.innerText()).replace(/\u00a0/g, ' ');
    assert.match(text, /Quick swings,2,2,finished,heavy/);
  });

  it('How Do My Legs Feel? saves the answer with the latest warm-up', async () => {
    const { page } = workbench;
    await runCommand(page, 'Warm-Up: How Do My Legs Feel?');
    const frame = await findWebviewFrame(page, 'About your warm-up of');
    assert.match(await frame.evaluate(() => document.body.innerText), /Quick swings/);
    await frame.locator('button[data-action="fresh"]').click();
    await waitFor('the answer', () => frame.evaluate(() => document.body.innerText), (t) => t.includes('Saved with your warm-up: Fresh.'));
  });

  it('offers a walkthrough: safety first, first warm-up, a routine, heart-rate details, a reminder', async () => {
    const { page } = workbench;
    await runCommand(page, 'Welcome: Open Walkthrough...');
    await pick(page, 'Get started with Runner Warm-Up');
    const walkthrough = page.locator('.gettingStartedContainer');
    const text = await waitFor('the walkthrough', () => walkthrough.innerText().catch(() => ''), (t) => t.includes('Set a reminder'));
    for (const step of ['Safety first', 'Start your first warm-up', 'Pick a routine for the day', 'Set your heart-rate details', 'Set a reminder']) {
      assert.ok(text.includes(step), step);
    }
    assert.ok(text.indexOf('Safety first') < text.indexOf('Start your first warm-up'), 'safety comes first');
    await walkthrough.getByText('Safety first', { exact: true }).first().click();
    const safety = await waitFor('the safety page', () => walkthrough.innerText().catch(() => ''), (t) => t.includes('swelling or warmth in one calf'));
    assert.match(safety, /heart condition, are pregnant or are new to exercise/);
    await screenshot(page, 'e2e-coaching-walkthrough-safety');
  });

  it('says "next" before a change and counts the strides aloud, in the captions', async () => {
    const { page } = workbench;
    await startRoutine(page, 'Cue check');
    const frame = await panel(page, 'Walk, building to brisk');
    const caption = () => frame.locator('#caption').innerText();
    await waitFor('the next cue', caption, (t) => t === 'Next: Strides.', 15_000);
    await waitFor('the first stride', caption, (t) => t === 'Strides. Stride 1 of 4: build to fast but relaxed, then ease off.', 10_000);
    await waitFor('the walk back', caption, (t) => t === 'Ease off, and walk back.', 10_000);
    await waitFor('the second stride', caption, (t) => t === 'Stride 2 of 4: build to fast but relaxed, then ease off.', 10_000);
    await screenshot(page, 'e2e-coaching-stride-cue');
    await runCommand(page, 'Warm-Up: Stop Warm-Up');
  });

});
