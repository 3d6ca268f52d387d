/**
 * The extension as a user gets it: `npm run package`'s .vsix installed into a clean code-server with
 * `--install-extension`, no extension under development. Its details page (icon, listing README, no broken image),
 * the palette offering only what applies, Toggle Pause, the panel's title-bar actions and keys, the walkthrough's
 * drawings in a dark theme, and the history exported through the save dialog and read back from disk.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { findWebviewFrame, paletteLabels, pickTheme, runCommand, screenshot } from '../../scripts/harness/workbench.mjs';
import { listingProblems } from '../../scripts/listing.mjs';
import { readZip } from '@vscode/vsce/out/zip.js';
import { packagedVsix } from './packaged.mjs';
import { countdown, panel, sleep, STEP_NAMES, useWorkbench, waitFor } from './support.mjs';

/** True once the palette lists `title` for a filter of that title; false once it does not. */
const offered = async (page, title) => (await paletteLabels(page, title)).includes(title);

async function expectOffered(page, expected) {
  for (const [title, shown] of Object.entries(expected)) {
    await waitFor(`the palette to ${shown ? 'offer' : 'hide'} ${title}`, () => offered(page, title), (is) => is === shown, 10_000);
  }
}

/** The panel's editor title-bar action whose label starts with `title`. */
const titleAction = (page, title) => page.locator(`.editor-actions .action-label[aria-label^="${title}"]`).first();

describe('installed from the packaged .vsix, as a user has it', function () {
  const workbench = useWorkbench({}, { install: async () => [await packagedVsix()], develop: false, screenshotPrefix: 'e2e-installed' });

  it('packs a listing README with nothing a listing page cannot load', async () => {
    // vsce's own reader of .vsix files (a zip), so the test needs no unzip tool.
    const files = await readZip(await packagedVsix(), (name) => name === 'extension/readme.md');
    const readme = files.get('extension/readme.md').toString('utf8');
    assert.deepEqual(listingProblems(readme), []);
    assert.match(readme, /^# Runner Warm-Up\n/);
    assert.ok(readme.indexOf('## Using it') < readme.indexOf('### Good to know'), 'what it does and how to use it come first');
    assert.doesNotMatch(readme, /## Quick start|CONTRIBUTING|npm test/, 'development stays in the repository');
  });

  it('shows its details page with our icon and the README, and no broken image', async () => {
    const { page } = workbench;
    await runCommand(page, 'Extensions: Show Enabled Extensions');
    const row = page.locator('.extensions-viewlet .monaco-list-row', { hasText: 'Runner Warm-Up' }).first();
    await row.click({ timeout: 15_000 });
    const editor = page.locator('.extension-editor');
    await editor.waitFor({ state: 'visible', timeout: 15_000 });
    const icon = editor.locator('.header .icon').first();
    await waitFor('the icon to load', () => icon.evaluate((img) => img.complete && img.naturalWidth), (width) => width >= 128);
    assert.match(await icon.getAttribute('src'), /icon\.png/);
    const readme = await findWebviewFrame(page, (text) => text.includes('coaches you through a proper warm-up'), { timeout: 20_000 });
    const images = await readme.evaluate(() => [...document.images].map((img) => ({ src: img.src, ok: img.complete && img.naturalWidth > 0 })));
    assert.deepEqual(images.filter((img) => !img.ok), [], 'no broken image on the details page');
    const headings = await readme.evaluate(() => [...document.querySelectorAll('h2')].map((h) => h.textContent));
    assert.deepEqual(headings.slice(0, 2), ['Install', 'Using it']);
    await screenshot(page, 'e2e-installed-details');
    await runCommand(page, 'View: Close All Editors');
  });

  it('offers Pause, Resume, Skip and Stop in the palette only when they apply', async () => {
    const { page } = workbench;
    await expectOffered(page, { 'Warm-Up: Start Warm-Up': true, 'Warm-Up: Pause Warm-Up': false, 'Warm-Up: Skip to Next Step': false, 'Warm-Up: Stop Warm-Up': false, 'Warm-Up: Toggle Pause': false });
    await runCommand(page, 'Warm-Up: Start Warm-Up');
    await waitFor('the countdown', () => countdown(page), (c) => c?.step === STEP_NAMES[0] && !c.paused);
    await expectOffered(page, { 'Warm-Up: Pause Warm-Up': true, 'Warm-Up: Resume Warm-Up': false, 'Warm-Up: Skip to Next Step': true, 'Warm-Up: Stop Warm-Up': true });
  });

  it('Toggle Pause pauses and resumes, and the palette follows', async () => {
    const { page } = workbench;
    await runCommand(page, 'Warm-Up: Toggle Pause');
    await waitFor('paused', () => countdown(page), (c) => c?.paused);
    await expectOffered(page, { 'Warm-Up: Resume Warm-Up': true, 'Warm-Up: Pause Warm-Up': false });
    await runCommand(page, 'Warm-Up: Toggle Pause');
    await waitFor('running again', () => countdown(page), (c) => c && !c.paused);
    await expectOffered(page, { 'Warm-Up: Pause Warm-Up': true, 'Warm-Up: Resume Warm-Up': false });
  });

  it('moves the drawing through its poses while a step runs, and holds it still while paused', async () => {
    const { page } = workbench;
    await runCommand(page, 'Warm-Up: Show Warm-Up Panel');
    const frame = await panel(page, STEP_NAMES[0]);
    const image = frame.locator('#illustration');
    const poses = new Set();
    const pictures = new Set();
    for (let i = 0; i < 6; i++) {
      poses.add(await image.getAttribute('src').then((src) => src.replace(/^[^#]*/, '')));
      pictures.add((await image.screenshot()).toString('base64'));
      await sleep(160);
    }
    assert.ok(poses.size >= 3, `poses seen: ${[...poses].join(' ')}`);
    assert.ok(pictures.size >= 3, `${pictures.size} different pictures of the walk`);
    await runCommand(page, 'Warm-Up: Pause Warm-Up');
    await waitFor('paused', () => countdown(page), (c) => c?.paused);
    await sleep(400);
    const held = await image.getAttribute('src');
    await sleep(700);
    assert.equal(await image.getAttribute('src'), held, 'a paused step holds its pose');
    await runCommand(page, 'Warm-Up: Resume Warm-Up');
  });

  it('changes the panel at most three times a second, the clock in the same frame as a pose, and rewrites nothing that did not change', async () => {
    const { page } = workbench;
    const frame = await panel(page, STEP_NAMES[0]);
    // Each task that changes the page gives the observer one batch of records: one frame to draw.
    const batches = await frame.evaluate(
      (ms) =>
        new Promise((resolve) => {
          const seen = [];
          const observer = new MutationObserver((records) => {
            seen.push([...new Set(records.map((r) => (r.target.nodeType === Node.TEXT_NODE ? r.target.parentElement : r.target)?.id))]);
          });
          observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['src', 'hidden', 'data-status'], childList: true, characterData: true });
          setTimeout(() => {
            observer.disconnect();
            resolve(seen);
          }, ms);
        }),
      4_000,
    );
    const clocks = batches.filter((ids) => ids.includes('clock')).length;
    const poses = batches.filter((ids) => ids.includes('illustration')).length;
    assert.ok(clocks >= 3 && poses >= 6, `the clock changed in ${clocks} and the drawing in ${poses} of ${batches.length} frames`);
    assert.ok(batches.length <= 12, `${batches.length} frames in 4 s: ${JSON.stringify(batches)}`);
    const rewritten = batches.flat().filter((id) => !['clock', 'progress', 'illustration'].includes(id));
    assert.deepEqual(rewritten, [], 'only the clock, the progress line and the drawing change within a step');
  });

  it("the panel's title bar pauses, resumes, skips and stops", async () => {
    const { page } = workbench;
    await runCommand(page, 'Warm-Up: Show Warm-Up Panel');
    await panel(page, STEP_NAMES[0]);
    await titleAction(page, 'Pause Warm-Up').click();
    await waitFor('paused from the title bar', () => countdown(page), (c) => c?.paused);
    await titleAction(page, 'Resume Warm-Up').click();
    await waitFor('resumed from the title bar', () => countdown(page), (c) => c && !c.paused);
    await titleAction(page, 'Skip to Next Step').click();
    await waitFor('skipped from the title bar', () => countdown(page), (c) => c?.step === STEP_NAMES[1]);
    await screenshot(page, 'e2e-installed-title-bar');
  });

  it('in the panel, arrows on a focused button leave the warm-up alone, and focus stays on Pause as it turns into Resume', async () => {
    const { page } = workbench;
    const frame = await panel(page, STEP_NAMES[1]);
    await frame.locator('#pause').focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    await sleep(1_000);
    assert.equal((await countdown(page))?.step, STEP_NAMES[1], 'arrows on a button do not skip');
    await page.keyboard.press('Space');
    await waitFor('paused by the focused button', () => countdown(page), (c) => c?.paused);
    await waitFor('focus on Resume', () => frame.evaluate(() => document.activeElement?.id), (id) => id === 'resume');
    await page.keyboard.press('Space');
    await waitFor('resumed by the same key', () => countdown(page), (c) => c && !c.paused);
    await waitFor('focus back on Pause', () => frame.evaluate(() => document.activeElement?.id), (id) => id === 'pause');
    await titleAction(page, 'Stop Warm-Up').click();
    await waitFor('stopped from the title bar', () => countdown(page), (c) => c === undefined);
    await expectOffered(page, { 'Warm-Up: Stop Warm-Up': false, 'Warm-Up: Pause Warm-Up': false });
  });

  it('exports the history through the save dialog, as warm-up-history.csv, and the file reads back', async () => {
    const { page } = workbench;
    await runCommand(page, 'Warm-Up: Export Warm-Up History (CSV)');
    const input = page.locator('.quick-input-widget input').first();
    const target = path.join(workbench.workspace, 'warm-up-history.csv');
    await waitFor('the save dialog with the default name', () => input.inputValue().catch(() => ''), (value) => value.endsWith('/warm-up-history.csv'));
    assert.equal(await input.inputValue(), target);
    await page.keyboard.press('Enter');
    const csv = await waitFor('the file', () => (fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : ''), (text) => text.length > 0);
    const lines = csv.trimEnd().split('\n');
    assert.equal(lines[0], 'date,routine,steps_done,steps_total,outcome,legs,run_legs');
    assert.match(lines[1], /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d,coach,1,6,stopped,,$/);
  });

  it("draws the walkthrough's pictures in the theme's colours, readable on a dark theme", async () => {
    const { page } = workbench;
    await pickTheme(page, 'Dark Modern');
    await runCommand(page, 'Welcome: Open Walkthrough...');
    await page.keyboard.type('Get started with Runner Warm-Up');
    await sleep(500);
    await page.keyboard.press('Enter');
    const walkthrough = page.locator('.gettingStartedContainer');
    await walkthrough.getByText('Start your first warm-up', { exact: true }).first().click({ timeout: 15_000 });
    const frame = await waitFor('the picture of the walk', () => frameWith(page, 'svg title'), (found) => found !== undefined);
    const stroke = await frame.evaluate(() => getComputedStyle(document.querySelector('svg path:not(.accent)')).stroke);
    const background = await page.locator('.gettingStartedContainer').evaluate((el) => getComputedStyle(el).backgroundColor);
    const contrast = contrastRatio(stroke, background);
    assert.ok(contrast >= 4.5, `strokes ${stroke} on ${background}: ${contrast.toFixed(1)}:1`);
    await screenshot(page, 'e2e-installed-walkthrough-dark');
  });
});

/** The first frame that has an element matching `selector`, if any. */
async function frameWith(page, selector) {
  for (const frame of page.frames()) {
    if ((await frame.locator(selector).count().catch(() => 0)) > 0) return frame;
  }
  return undefined;
}

/** WCAG contrast ratio of two `rgb(...)` colours. */
function contrastRatio(a, b) {
  const luminance = (css) => {
    const [r, g, bl] = css.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
      const c = v / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
