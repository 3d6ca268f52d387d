/** What the e2e tests share: one real workbench with the extension loaded, and ways to read it as a user does. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from '../../scripts/harness/browser.mjs';
import { startCodeServer } from '../../scripts/harness/codeServer.mjs';
import { repoRoot } from '../../scripts/harness/paths.mjs';
import { activatedCount, untilActivated } from '../../scripts/harness/extensionHosts.mjs';
import { findWebviewFrame, openWorkbench, reloadWindow, runningExtensionRows, screenshot, statusBarText } from '../../scripts/harness/workbench.mjs';

export const STEP_NAMES = ['Walk, building to brisk', 'High knees', 'Butt kicks', 'Lateral walk', 'Walking backwards', 'Ease into your run'];

/**
 * Starts code-server with the extension under development and opens it in Chromium. `files` are written into the
 * workspace folder first (relative path → text), e.g. a `.vscode/settings.json` a cloned repository might carry.
 * `install` (.vsix files) and `locale` go to code-server (see startCodeServer); `voices` to fakeVoices.
 */
export async function openVsCode(settings, { files = {}, install, locale, voices, develop = true } = {}) {
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'warmup-e2e-ws-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    fs.writeFileSync(path.join(workspace, file), text);
  }
  const server = await startCodeServer({ workspace, settings, install, locale });
  const browser = await launchBrowser();
  if (voices) await fakeVoices(browser.context, voices);
  // develop: false runs only what `install` installed, as a user has it (no extension under development).
  const url = server.url(develop ? { extensionDevelopmentPath: repoRoot } : {});
  const folders = [];
  await openWorkbench(browser.page, url);
  return {
    page: browser.page,
    url,
    workspace,
    userDataDir: server.userDataDir,
    /**
     * Opens one more workbench window on the same code-server: same user data, an extension host of its own, on a
     * folder of its own (as a developer's other projects are), so it restores no editor of the first window.
     */
    async openWindow() {
      const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'warmup-e2e-ws-'));
      folders.push(folder);
      const page = await browser.context.newPage();
      await openWorkbench(page, server.url(develop ? { extensionDevelopmentPath: repoRoot, folder } : { folder }));
      return page;
    },
    async close() {
      await browser.close();
      await server.stop();
      for (const folder of [workspace, ...folders]) fs.rmSync(folder, { recursive: true, force: true });
    },
  };
}

/**
 * One workbench for all the tests of the calling `describe`: opened before the first (with `settings`, or what
 * `settings()` returns then), closed after the last, with a screenshot after each test when `screenshotPrefix` is given.
 * The tests read `.page` of what it returns once the workbench is open.
 * @param {Record<string, unknown> | (() => Record<string, unknown>)} settings
 * @param {{ screenshotPrefix?: string, files?: Record<string, string>, install?: string[] | (() => Promise<string[]>), locale?: string, voices?: object[] }} [options]
 *   `files` go into the workspace folder; the others to openVsCode
 */
export function useWorkbench(settings, { screenshotPrefix, files, install, locale, voices, develop } = {}) {
  let vscode;
  before(async function () {
    this.timeout(180_000);
    const installs = typeof install === 'function' ? await install() : install;
    vscode = await openVsCode(typeof settings === 'function' ? settings() : settings, { files, install: installs, locale, voices, develop });
  });
  after(async () => {
    await vscode?.close();
  });
  if (screenshotPrefix) {
    afterEach(async function () {
      if (vscode && !vscode.page.isClosed()) await screenshot(vscode.page, `${screenshotPrefix}-${this.currentTest.title}`);
    });
  }
  return {
    get page() {
      assert.ok(vscode, 'the workbench is not open: read .page inside a test');
      return vscode.page;
    },
    /** The workspace folder the window has open. */
    get workspace() {
      assert.ok(vscode, 'the workbench is not open');
      return vscode.workspace;
    },
    /** The user data folder of the VS Code the tests drive (its `User/globalStorage` holds what extensions store). */
    get userDataDir() {
      assert.ok(vscode, 'the workbench is not open');
      return vscode.userDataDir;
    },
    /** Opens another window of the same VS Code (see openVsCode). */
    openWindow() {
      assert.ok(vscode, 'the workbench is not open: open windows inside a test');
      return vscode.openWindow();
    },
  };
}

/**
 * The warm-up countdown as the status bar shows it, or undefined when it is not there.
 * @returns {Promise<{ paused: boolean, step: string, clock: string, seconds: number } | undefined>}
 */
export async function countdown(page) {
  const text = await statusBarText(page);
  for (const line of text.split('\n')) {
    const match = /(Paused · )?(.+?) (\d+):(\d\d)\s*$/.exec(line.trim());
    const step = match && STEP_NAMES.find((name) => match[2].endsWith(name));
    if (match && step) {
      return { paused: Boolean(match[1]), step, clock: `${match[3]}:${match[4]}`, seconds: Number(match[3]) * 60 + Number(match[4]) };
    }
  }
  return undefined;
}

/**
 * Reloads the window and resolves once Warm-Up is active in its new extension host, as VS Code's log says: only then
 * can a check that something did *not* happen after the reload fail.
 */
export async function reloadUntilActive(page, userDataDir) {
  const before = activatedCount(userDataDir);
  await reloadWindow(page);
  await untilActivated(userDataDir, before + 1);
}

/** Polls `read` until `check` accepts its value; fails with the last value seen. */
export async function waitFor(what, read, check, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    last = await read();
    if (check(last)) return last;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last seen: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The panel's content frame, found by the text it shows. */
export function panel(page, text = /Step \d+ of \d+|Ready for your warm-up|Warm-up done: go run/) {
  return findWebviewFrame(page, text);
}

/** Text of one element of the panel. */
export async function panelText(page, selector) {
  const frame = await panel(page);
  return frame.locator(selector).innerText();
}

export { sleep } from '../../scripts/harness/proc.mjs';

/** The next whole local minute at least `leadMs` away, as "HH:MM", its time, and its weekday as the settings name it. */
export function nextMinute(leadMs) {
  const at = new Date(Date.now() + leadMs);
  at.setSeconds(0, 0);
  at.setMinutes(at.getMinutes() + 1);
  const hhmm = `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
  const weekday = at.toLocaleDateString('en-US', { weekday: 'long' }).toLowerCase();
  return { hhmm, at: at.getTime(), weekday };
}

/** The reminder's notification on a page. */
export const reminderToast = (page) => page.locator('.notification-toast', { hasText: 'Time for your warm-up before the run.' });

/**
 * A workbench (see useWorkbench) opened with a reminder set for the next whole minute at least `leadMs` away; `due()`
 * gives that minute, worked out as the workbench opens.
 */
export function useWorkbenchWithReminder(leadMs) {
  let due;
  const workbench = useWorkbench(() => {
    due = nextMinute(leadMs);
    return { 'warmup.reminder.time': due.hhmm, 'warmup.reminder.days': [due.weekday] };
  });
  return { workbench, due: () => due };
}

/**
 * Where **Developer: Show Running Extensions** says our extension runs: "web worker", or the host:port of the Node
 * extension host code-server runs. Closes that editor again.
 */
export async function runningHost(page) {
  const { ours: text } = await runningExtensionRows(page, { ours: /runner-warmup|Runner Warm-Up/ });
  if (/web worker/i.test(text)) return 'web worker';
  const host = /\b127\.0\.0\.1:\d+\b/.exec(text);
  assert.ok(host, `the row names no host: ${JSON.stringify(text)}`);
  return 'node';
}

/**
 * Gives every frame of every page in the browser `context` (the webviews too) a speech synthesizer with the given voices, which records what it is
 * asked to say instead of saying it: headless Chromium here has no voices at all. `spoken(frame)` reads the record.
 * @param {{ name: string, lang: string, default?: boolean }[]} voices
 */
export async function fakeVoices(context, voices) {
  await context.addInitScript((list) => {
    if (typeof window.speechSynthesis === 'undefined') return;
    const made = list.map((voice) => ({ voiceURI: voice.name, localService: true, default: false, ...voice }));
    const record = [];
    window.__warmupSpoken = record;
    window.SpeechSynthesisUtterance = class {
      constructor(text) {
        this.text = text;
        this.lang = '';
        this.voice = null;
      }
    };
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices: () => made,
        speak: (utterance) => record.push({ text: utterance.text, voice: utterance.voice?.name ?? null, lang: utterance.lang }),
        cancel: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
      },
    });
  }, voices);
}

/** What the panel in `frame` asked the fake synthesizer (see fakeVoices) to say, oldest first. */
export function spoken(frame) {
  return frame.evaluate(() => window.__warmupSpoken ?? null);
}
