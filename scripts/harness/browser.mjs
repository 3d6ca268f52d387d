/** Launches Debian's Chromium (never a downloaded one) through playwright-core. */
import { chromium } from 'playwright-core';
import { findBrowser } from './install.mjs';

/** Flags that keep a headless Chromium quiet and offline-friendly. */
export const browserArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Default page size: large enough for the workbench, its side bar and a panel. */
export const defaultViewport = { width: 1280, height: 800 };

/**
 * Starts Chromium and opens one page. With `handleSignals: false`, Playwright leaves Ctrl+C/SIGTERM to the caller
 * (by default it closes the browser and exits with 130 on Ctrl+C).
 * @param {{ headless?: boolean, viewport?: { width: number, height: number }, handleSignals?: boolean }} [options]
 * @returns {Promise<{ browser: import('playwright-core').Browser, context: import('playwright-core').BrowserContext,
 *   page: import('playwright-core').Page, close: () => Promise<void> }>}
 */
export async function launchBrowser({ headless = true, viewport = defaultViewport, handleSignals = true } = {}) {
  const executablePath = findBrowser();
  if (!executablePath) {
    throw new Error('No Chromium found (CHROME_PATH, chromium, google-chrome, chromium-browser): run node scripts/harness/install.mjs');
  }
  const browser = await chromium.launch({
    executablePath,
    args: browserArgs,
    headless,
    handleSIGINT: handleSignals,
    handleSIGTERM: handleSignals,
    handleSIGHUP: handleSignals,
  });
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const close = async () => {
    await browser.close().catch(() => {});
  };
  return { browser, context, page, close };
}
