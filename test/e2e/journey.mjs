/**
 * A runner's first warm-up, driven through the real workbench: the palette, the status bar, the panel's buttons and
 * keys, closing and reopening, a window reload, and a run to the end. One story: each test goes on from where the one
 * before left off (the first starts the warm-up the next seven drive to its end), so a failure cascades and no test
 * runs alone. The Node extension host (warmup.test.mjs) and the browser's web worker host (web.test.mjs) both run it.
 */
import assert from 'node:assert/strict';
import { reloadWindow, runCommand, statusBarText } from '../../scripts/harness/workbench.mjs';
import { countdown, panel, panelText, sleep, STEP_NAMES, waitFor } from './support.mjs';

/** Settings the journey needs: short drills and ease-in keep the run to the end brief; the walk keeps its 5 minutes. */
export const JOURNEY_SETTINGS = { 'warmup.drillSeconds': 10, 'warmup.easeInMinutes': 0.2 };

/** Declares the journey's tests inside the calling `describe`, on the workbench that `useWorkbench` returned. */
export function warmupJourney(workbench) {
  it('starts from the palette: the panel shows the walk and the status bar counts down every second', async () => {
    const { page } = workbench;
    assert.equal(await countdown(page), undefined, 'no countdown before a warm-up starts');
    await runCommand(page, 'Warm-Up: Start Warm-Up');
    const frame = await panel(page, 'Walk, building to brisk');
    assert.match(await frame.locator('#progress').innerText(), /Step 1 of 6/);
    assert.match(await frame.locator('#clock').innerText(), /^[45]:\d\d$/);
    const first = await waitFor('the walk countdown', () => countdown(page), (c) => c?.step === STEP_NAMES[0]);
    assert.ok(first.seconds <= 300 && first.seconds >= 290, `walk starts near 5:00, shows ${first.clock}`);
    const later = await waitFor('the countdown to tick', () => countdown(page), (c) => c && c.seconds <= first.seconds - 2, 5_000);
    assert.equal(later.paused, false);
  });

  it('pauses from the panel: the status bar freezes, then resumes', async () => {
    const { page } = workbench;
    const frame = await panel(page);
    await frame.locator('#pause').click();
    const paused = await waitFor('the paused look', () => countdown(page), (c) => c?.paused);
    await sleep(2_200);
    assert.deepEqual(await countdown(page), paused, 'a paused countdown does not move');
    assert.equal(await frame.locator('#resume').isVisible(), true);
    await frame.locator('#resume').click();
    const resumed = await waitFor('the countdown to run again', () => countdown(page), (c) => c && !c.paused);
    await waitFor('a tick after resuming', () => countdown(page), (c) => c && c.seconds < resumed.seconds, 5_000);
  });

  it('skip, back and +15 s work from the panel buttons', async () => {
    const { page } = workbench;
    const frame = await panel(page);
    await frame.locator('#skip').click();
    await waitFor('high knees', () => countdown(page), (c) => c?.step === 'High knees');
    assert.match(await frame.locator('#title').innerText(), /High knees/);
    await frame.locator('#extend').click();
    const extended = await waitFor('+15 s', () => countdown(page), (c) => c?.step === 'High knees' && c.seconds > 10);
    assert.ok(extended.seconds >= 20 && extended.seconds <= 25, `10 s + 15 s, shows ${extended.clock}`);
    await frame.locator('#previous').click();
    await waitFor('back to the walk', () => countdown(page), (c) => c?.step === STEP_NAMES[0] && c.seconds >= 295);
  });

  it('answers the keyboard in the panel: → skips, ← goes back, Space pauses and resumes', async () => {
    const { page } = workbench;
    const frame = await panel(page);
    await frame.locator('#title').click();
    await page.keyboard.press('ArrowRight');
    await waitFor('→ to skip', () => countdown(page), (c) => c?.step === 'High knees');
    await page.keyboard.press('ArrowLeft');
    await waitFor('← to go back', () => countdown(page), (c) => c?.step === STEP_NAMES[0]);
    await page.keyboard.press('Space');
    await waitFor('Space to pause', () => countdown(page), (c) => c?.paused);
    await page.keyboard.press('Space');
    await waitFor('Space to resume', () => countdown(page), (c) => c && !c.paused);
    // Two presses faster than the page hears back from the host (a loaded machine): the second one still resumes.
    await frame.locator('body').evaluate((body) => {
      for (let i = 0; i < 2; i++) {
        body.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
      }
    });
    await sleep(1_500);
    assert.equal((await countdown(page))?.paused, false, 'Space, Space leaves the warm-up running');
  });

  it('pause, skip and back also work from the command palette', async () => {
    const { page } = workbench;
    await runCommand(page, 'Warm-Up: Pause Warm-Up');
    await waitFor('paused', () => countdown(page), (c) => c?.paused);
    assert.match(await panelText(page, '#resume'), /Resume/);
    await runCommand(page, 'Warm-Up: Resume Warm-Up');
    await waitFor('running', () => countdown(page), (c) => c && !c.paused);
    await runCommand(page, 'Warm-Up: Skip to Next Step');
    await waitFor('high knees', () => countdown(page), (c) => c?.step === 'High knees');
    await runCommand(page, 'Warm-Up: Back to Previous Step');
    await waitFor('the walk', () => countdown(page), (c) => c?.step === STEP_NAMES[0]);
  });

  it('keeps counting when the panel is closed, and Show Warm-Up Panel brings it back', async () => {
    const { page } = workbench;
    await runCommand(page, 'View: Close All Editors');
    await waitFor('the panel to close', () => page.locator('.tab', { hasText: 'Warm-Up' }).count(), (n) => n === 0);
    const closed = await countdown(page);
    await waitFor('ticks with the panel closed', () => countdown(page), (c) => c && c.seconds < closed.seconds, 5_000);
    await runCommand(page, 'Warm-Up: Show Warm-Up Panel');
    const frame = await panel(page, 'Walk, building to brisk');
    assert.match(await frame.locator('#progress').innerText(), /Step 1 of 6/);
  });

  it('survives a window reload: the panel comes back by itself on the same warm-up', async () => {
    const { page } = workbench;
    const before = await countdown(page);
    await reloadWindow(page);
    const frame = await panel(page, 'Walk, building to brisk');
    assert.match(await frame.locator('#progress').innerText(), /Step 1 of 6/);
    const after = await waitFor('the countdown after reload', () => countdown(page), (c) => c?.step === STEP_NAMES[0], 30_000);
    assert.ok(after.seconds < before.seconds && after.seconds > before.seconds - 60, `continues from ${before.clock}, shows ${after.clock}`);
  });

  it('runs to the end: the panel sends the runner off and the countdown goes away', async () => {
    const { page } = workbench;
    const frame = await panel(page);
    for (let i = 0; i < 5; i++) {
      await frame.locator('#skip').click();
      await waitFor(`step ${i + 2}`, () => countdown(page), (c) => c?.step === STEP_NAMES[i + 1]);
    }
    const last = await countdown(page);
    assert.ok(last.seconds <= 12, `ease-in is 12 s here, shows ${last.clock}`);
    const done = await panel(page);
    await waitFor('the done state', () => done.locator('#title').innerText(), (t) => t === 'Warm-up done: go run!', 20_000);
    assert.equal(await countdown(page), undefined, 'the status bar item goes away');
    const toast = page.locator('.notification-toast', { hasText: 'How do your legs feel?' });
    await toast.waitFor({ state: 'visible' });
    assert.match(await toast.innerText(), /Warm-up done: go run!/);
    assert.equal(await done.locator('#start').isVisible(), true, 'Start is offered again');
    await toast.locator('.monaco-button', { hasText: 'OK' }).click();
    await waitFor('the answer saved', () => done.locator('#check-in-answer').innerText(), (t) => t === 'Saved with this warm-up: OK.');
  });

  it('starts from the panel button and stops from it', async () => {
    const { page } = workbench;
    const frame = await panel(page);
    await frame.locator('#start').click();
    await waitFor('a new walk', () => countdown(page), (c) => c?.step === STEP_NAMES[0]);
    await frame.locator('#stop').click();
    await waitFor('the countdown to go', () => countdown(page), (c) => c === undefined);
    assert.match(await frame.locator('#title').innerText(), /Ready for your warm-up/);
    assert.doesNotMatch(await statusBarText(page), /\d+:\d\d\s*$/m);
  });
}
