/** Playwright helpers that drive the VS Code web workbench the way a user would. */
import fs from 'node:fs';
import path from 'node:path';
import { artifactsDir } from './paths.mjs';

const statusBar = '#workbench\\.parts\\.statusbar';
const quickInput = '.quick-input-widget';

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens `url` and waits until the workbench and its status bar are on screen. */
export async function openWorkbench(page, url, { timeout = 60_000 } = {}) {
  await page.goto(url, { timeout });
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
  await page.locator(statusBar).waitFor({ state: 'visible', timeout });
}

/**
 * Runs **Developer: Reload Window** and resolves once the new workbench is up. Waiting for the page to navigate first
 * keeps later lookups from finding the old workbench, or a panel of it, on its way out.
 */
export async function reloadWindow(page, { timeout = 60_000 } = {}) {
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame(), timeout });
  await runCommand(page, 'Developer: Reload Window');
  await navigated;
  await page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout });
  await page.locator(statusBar).waitFor({ state: 'visible', timeout });
}

/** Moves focus out of a webview (which may keep keys to itself) to a neutral spot: the side bar's title. */
async function leaveWebview(page) {
  const inFrame = await page.evaluate(() => document.activeElement?.tagName === 'IFRAME').catch(() => false);
  if (inFrame) {
    await page.locator('#workbench\\.parts\\.sidebar .composite.title').first().click({ position: { x: 5, y: 5 } }).catch(() => {});
  }
}

/** Opens the command palette with Ctrl+Shift+P, trying again if it does not show or closes at once. */
async function openPalette(page, input, deadline) {
  for (;;) {
    await leaveWebview(page);
    await page.keyboard.press('Control+Shift+P');
    const shown = await input.waitFor({ state: 'visible', timeout: 2_000 }).then(() => true, () => false);
    if (shown) return;
    if (Date.now() >= deadline) throw new Error('the command palette did not open');
  }
}

/**
 * Opens the command palette on the row of the command whose full label (e.g. `Warm-Up: Start`) matches exactly, and
 * returns that row, visible, without picking it. Re-types the filter while waiting, because commands of an extension
 * that is still loading only show up in a freshly filtered list.
 */
export async function commandRow(page, title, { timeout = 15_000 } = {}) {
  const widget = page.locator(quickInput);
  const input = widget.locator('input');
  const row = widget
    .locator('.quick-input-list .monaco-list-row')
    .filter({ has: page.locator('.label-name', { hasText: new RegExp(`^\\s*${escapeRegExp(title)}\\s*$`) }) })
    .first();
  const deadline = Date.now() + timeout;
  for (;;) {
    if (!(await input.isVisible())) await openPalette(page, input, deadline);
    const typed = await input
      .fill('>', { timeout: 1_000 })
      .then(() => input.fill(`>${title}`, { timeout: 1_000 }))
      .then(() => true, () => false);
    const found =
      typed &&
      (await row
        .waitFor({ state: 'visible', timeout: Math.min(1_000, Math.max(1, deadline - Date.now())) })
        .then(() => true, () => false));
    if (found) return row;
    if (Date.now() >= deadline) {
      const shown = await widget.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts().catch(() => []);
      await page.keyboard.press('Escape');
      throw new Error(`command "${title}" not found in the command palette within ${timeout} ms; it shows: ${JSON.stringify(shown)}`);
    }
  }
}

/** The labels the command palette lists for the filter `text`, once the list has settled; closes the palette. */
export async function paletteLabels(page, text) {
  const widget = page.locator(quickInput);
  const input = widget.locator('input');
  if (!(await input.isVisible())) await openPalette(page, input, Date.now() + 10_000);
  await input.fill(`>${text}`);
  await page.waitForTimeout(700);
  const labels = await widget.locator('.quick-input-list .monaco-list-row .label-name').allInnerTexts();
  await page.keyboard.press('Escape');
  return labels.map((label) => label.trim());
}

/** Runs a command from the command palette by its full label as shown there (e.g. `Warm-Up: Start`). */
export async function runCommand(page, title, { timeout = 15_000 } = {}) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const row = await commandRow(page, title, { timeout: Math.max(1, deadline - Date.now()) });
    if (await row.click({ timeout: 2_000 }).then(() => true, () => false)) break;
    if (Date.now() >= deadline) throw new Error(`command "${title}" could not be clicked in the command palette within ${timeout} ms`);
  }
  await page.locator(quickInput).waitFor({ state: 'hidden', timeout }).catch(() => {});
}

/**
 * The rows of **Developer: Show Running Extensions** that match each pattern (by name), as text: name, version, where
 * it runs, activation time. Closes that editor again.
 */
export async function runningExtensionRows(page, patterns) {
  await runCommand(page, 'Developer: Show Running Extensions');
  const rows = {};
  for (const [name, pattern] of Object.entries(patterns)) {
    const row = page.locator('.runtime-extensions-editor .monaco-list-row', { hasText: pattern }).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    rows[name] = await row.innerText();
  }
  await runCommand(page, 'View: Close All Editors');
  return rows;
}

/** All text of the status bar (every item, left to right). */
export async function statusBarText(page) {
  return page.locator(statusBar).innerText();
}

function frameDepth(frame) {
  let depth = 0;
  for (let parent = frame.parentFrame(); parent; parent = parent.parentFrame()) depth += 1;
  return depth;
}

function toMatcher(predicate) {
  if (typeof predicate === 'function') return predicate;
  if (predicate instanceof RegExp) return (text) => predicate.test(text);
  return (text) => text.includes(String(predicate));
}

/**
 * Finds a webview's content frame: walks `page.frames()` (skipping the web worker extension host) until the
 * innermost frame whose body text matches `predicate` (function, RegExp or substring). Throws after `timeout`.
 * @returns {Promise<import('playwright-core').Frame>}
 */
export async function findWebviewFrame(page, predicate, { timeout = 15_000, interval = 250 } = {}) {
  const matches = toMatcher(predicate);
  const deadline = Date.now() + timeout;
  let seen = [];
  for (;;) {
    seen = [];
    let best;
    for (const frame of page.frames()) {
      if (frame === page.mainFrame() || frame.url().includes('webWorkerExtensionHost')) continue;
      const text = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => undefined);
      if (text === undefined) continue;
      seen.push(`${frame.url().slice(0, 80)}: ${JSON.stringify(text.slice(0, 60))}`);
      if (matches(text) && (!best || frameDepth(frame) > frameDepth(best))) best = frame;
    }
    if (best) return best;
    if (Date.now() >= deadline) {
      throw new Error(`no webview frame matched within ${timeout} ms; frames:\n  ${seen.join('\n  ') || '(none)'}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

/** Saves a full-page PNG as `artifacts/<name>.png` and returns its path. */
export async function screenshot(page, name) {
  fs.mkdirSync(artifactsDir, { recursive: true });
  const file = path.join(artifactsDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Picks a colour theme the way a user does, in "Preferences: Color Theme" (code-server ignores a preset theme setting). */
export async function pickTheme(page, label) {
  // Built-in themes may register a little after the workbench shows; reopen the picker until they are listed.
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  for (let attempt = 0; attempt < 20; attempt++) {
    await runCommand(page, 'Preferences: Color Theme');
    await page.keyboard.type(label);
    if (await row.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) {
      await row.click();
      await page.waitForTimeout(1000);
      return;
    }
    await page.keyboard.press('Escape');
  }
  throw new Error(`theme ${label} never appeared in the picker`);
}
