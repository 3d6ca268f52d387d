/**
 * One warm-up across several VS Code windows: three workbench pages on one code-server share the user's data, each
 * with an extension host of its own, as desktop windows do. One story, each test building on the one before.
 * These tests check what reaches each window; how fast it does is measured by `npm run bench:vscode` (its "Several
 * windows" rows), so a loaded machine slows them without failing them.
 */
import assert from 'node:assert/strict';
import { describeHosts, extensionHosts, untilActivated } from '../../scripts/harness/extensionHosts.mjs';
import { findWebviewFrame, reloadWindow, runCommand, screenshot } from '../../scripts/harness/workbench.mjs';
import { countdown, panel, reminderToast, sleep, useWorkbench, useWorkbenchWithReminder, waitFor } from './support.mjs';

const ELSEWHERE = 'Sound and voice play in another VS Code window';

/** Generous: a change reaches the other windows in well under a second on an idle machine (bench:vscode). */
const REACHES_MS = 10_000;

/**
 * How long after `since` every page showed a countdown `check` accepts. After `timeoutMs` it fails with what each
 * window shows and which extension hosts have Warm-Up active.
 */
async function seenIn(pages, check, { since = Date.now(), timeoutMs = REACHES_MS, userDataDir }) {
  const deadline = since + timeoutMs;
  const shown = new Array(pages.length).fill(undefined);
  for (;;) {
    await Promise.all(pages.map(async (page, i) => {
      if (shown[i] === undefined && check(await countdown(page))) shown[i] = Date.now() - since;
    }));
    if (shown.every((ms) => ms !== undefined)) return Math.max(...shown);
    if (Date.now() > deadline) {
      const seen = await Promise.all(pages.map(countdown));
      throw new Error(`not seen in every window within ${timeoutMs} ms: ${JSON.stringify(seen)}; extension hosts: ${describeHosts(userDataDir)}`);
    }
    await sleep(50);
  }
}

/** Whether the page's Warm-Up panel shows the note that sound plays in another window. */
async function quietNote(page) {
  const frame = await panel(page);
  return frame.locator('#elsewhere-note').isVisible();
}

/** The rows of the history panel's recent warm-ups, as text. */
async function historyRows(page) {
  await runCommand(page, 'Warm-Up: Show Warm-Up History');
  const frame = await findWebviewFrame(page, 'Recent warm-ups');
  return frame.locator('tbody tr').allInnerTexts();
}

describe('several windows in a real VS Code', function () {
  this.timeout(150_000);
  const workbench = useWorkbench({}, { screenshotPrefix: 'e2e-windows' });
  let a;
  let b;
  let c;
  const seen = (pages, check, options) => seenIn(pages, check, { userDataDir: workbench.userDataDir, ...options });

  it('a start in window A shows the same countdown in B and C, with no command run there', async () => {
    a = workbench.page;
    b = await workbench.openWindow();
    c = await workbench.openWindow();
    // Warm-Up activates in each window once VS Code has finished starting it (onStartupFinished), seconds after the
    // workbench shows: wait for all three, as their logs say, so that B and C are listening when A starts.
    await untilActivated(workbench.userDataDir, 3);
    assert.equal(await countdown(b), undefined);
    await runCommand(a, 'Warm-Up: Start Warm-Up');
    const took = await seen([b, c], (shown) => shown?.step === 'Walk, building to brisk');
    console.log(`      start in A seen in B and C after ${took} ms`);
    const [inA, inB, inC] = await Promise.all([a, b, c].map(countdown));
    assert.ok(Math.abs(inA.seconds - inB.seconds) <= 1 && Math.abs(inA.seconds - inC.seconds) <= 1, JSON.stringify([inA, inB, inC]));
  });

  it('pause in B freezes A and C; resume in C and skip in A reach every window', async () => {
    await runCommand(b, 'Warm-Up: Pause Warm-Up');
    const took = await seen([a, c], (shown) => shown?.paused);
    console.log(`      pause in B seen in A and C after ${took} ms`);
    const frozen = await Promise.all([a, b, c].map(countdown));
    await sleep(2_000);
    assert.deepEqual(await Promise.all([a, b, c].map(countdown)), frozen, 'one frozen clock in every window');
    assert.equal(new Set(frozen.map((shown) => shown.clock)).size, 1, JSON.stringify(frozen));
    await runCommand(c, 'Warm-Up: Resume Warm-Up');
    await seen([a, b], (shown) => shown && !shown.paused);
    await runCommand(a, 'Warm-Up: Skip to Next Step');
    await seen([b, c], (shown) => shown?.step === 'High knees');
  });

  it('window C, reloaded with no panel open, shows the countdown again by itself', async () => {
    assert.equal(await c.locator('.tab', { hasText: 'Warm-Up' }).count(), 0, 'C has no Warm-Up panel');
    await reloadWindow(c);
    const loaded = Date.now();
    const took = await seen([c], (shown) => shown?.step === 'High knees', { since: loaded, timeoutMs: 30_000 });
    const active = extensionHosts(workbench.userDataDir).at(-1).activatedAt - loaded;
    console.log(`      countdown back in reloaded C after ${took} ms (Warm-Up active there after ${active} ms)`);
    await screenshot(c, 'e2e-windows-reloaded');
    assert.equal(await c.locator('.tab', { hasText: 'Warm-Up' }).count(), 0, 'still no panel: the countdown came back by itself');
  });

  it('sound plays in the window whose panel was shown or clicked last; the other panel says so', async () => {
    // A started the warm-up, and its panel opened: A plays the sound.
    assert.equal(await quietNote(a), false);
    await runCommand(b, 'Warm-Up: Show Warm-Up Panel');
    await waitFor('the note in A', () => quietNote(a), (shown) => shown === true, REACHES_MS);
    assert.equal(await quietNote(b), false, 'B now plays the sound');
    await screenshot(a, 'e2e-windows-sound-elsewhere');
    const frameA = await panel(a);
    await frameA.locator('#elsewhere-note').click();
    await waitFor('the note in B', () => quietNote(b), (shown) => shown === true, REACHES_MS);
    assert.equal(await quietNote(a), false, 'a click in A brings the sound back');
    assert.match(await frameA.locator('#elsewhere-note').innerText().catch(() => ELSEWHERE), new RegExp(ELSEWHERE));
  });

  it('a stop in C stops it everywhere for good, recorded once', async () => {
    await runCommand(c, 'Warm-Up: Stop Warm-Up');
    await seen([a, b], (shown) => shown === undefined);
    await sleep(2_500); // a window that still counted would have written it back by now
    assert.deepEqual(await Promise.all([a, b, c].map(countdown)), [undefined, undefined, undefined]);
    const rows = await historyRows(b);
    assert.equal(rows.length, 1, rows.join('\n'));
    assert.match(rows[0], /Coach's warm-up\s+1\/6\s+stopped/);
  });

  it('two windows writing the history at the same moment keep both writes', async () => {
    await runCommand(a, 'Warm-Up: Start Warm-Up');
    await seen([b], (shown) => shown?.step === 'Walk, building to brisk');
    // C asks about the last warm-up (the one stopped before) while B is about to stop this one.
    await runCommand(c, 'Warm-Up: How Do My Legs Feel?');
    const checkIn = await findWebviewFrame(c, 'About your warm-up of');
    const fresh = checkIn.locator('button', { hasText: 'Fresh' });
    await fresh.waitFor();
    const input = b.locator('.quick-input-widget input');
    await b.keyboard.press('Control+Shift+P');
    await input.fill('>Warm-Up: Stop Warm-Up');
    await b.locator('.quick-input-list .monaco-list-row', { hasText: 'Stop Warm-Up' }).first().waitFor();
    await Promise.all([b.keyboard.press('Enter'), fresh.click()]);
    for (const page of [a, b, c]) {
      const rows = await waitFor('both writes', () => historyRows(page), (found) => found.length === 2 && /Fresh/.test(found.join()), REACHES_MS);
      assert.match(rows[0], /Coach's warm-up\s+0\/6\s+stopped\s*$/, 'the warm-up B stopped');
      assert.match(rows[1], /Coach's warm-up\s+1\/6\s+stopped\s+Fresh/, "C's answer on the warm-up before");
    }
  });

  it('closing the window that started a warm-up does not stop it', async () => {
    await runCommand(a, 'Warm-Up: Start Warm-Up');
    await seen([b, c], (shown) => shown?.step === 'Walk, building to brisk');
    await a.close();
    const before = await countdown(b);
    await sleep(2_500);
    const after = await Promise.all([b, c].map(countdown));
    assert.ok(after.every((shown) => shown && shown.seconds <= before.seconds - 2), JSON.stringify({ before, after }));
    await runCommand(b, 'Warm-Up: Stop Warm-Up');
  });
});

describe('the reminder with several windows open', function () {
  this.timeout(180_000);
  const { workbench, due: dueMinute } = useWorkbenchWithReminder(40_000);
  const toast = reminderToast;

  it('shows in exactly one of three windows, and not in a window opened after it showed', async () => {
    const due = dueMinute();
    const pages = [workbench.page, await workbench.openWindow(), await workbench.openWindow()];
    await untilActivated(workbench.userDataDir, 3); // all three are waiting for it
    await Promise.any(pages.map((page) => toast(page).waitFor({ state: 'visible', timeout: due.at - Date.now() + 20_000 })));
    const late = Date.now() - due.at;
    assert.ok(late > -1_000 && late < 10_000, `shown ${late} ms after ${due.hhmm}`);
    await sleep(3_000); // any other window that were to show it has done so by now
    const counts = await Promise.all(pages.map((page) => toast(page).count()));
    assert.deepEqual(counts.filter((n) => n > 0), [1], `notifications per window: ${counts.join(', ')}`);
    const shownIn = pages[counts.indexOf(1)];
    await screenshot(shownIn, 'e2e-windows-reminder');
    await toast(shownIn).hover(); // VS Code hides a toast after 15 s unless the mouse is over it
    const opened = await workbench.openWindow();
    await untilActivated(workbench.userDataDir, 4); // the new window's Warm-Up has read the reminder's claim
    await sleep(2_000);
    assert.equal(await toast(opened).count(), 0, 'a window opened later does not show it again');
    await toast(shownIn).locator('.monaco-button', { hasText: 'Start Warm-Up' }).click();
    await seenIn([...pages, opened], (shown) => shown?.step === 'Walk, building to brisk', { userDataDir: workbench.userDataDir });
    await runCommand(opened, 'Warm-Up: Stop Warm-Up');
  });
});
