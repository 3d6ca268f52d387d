/**
 * Runs the built integration suite inside a real VS Code (code-server + headless Chromium).
 *
 *   node scripts/harness/run-integration.mjs [--extension=<dir>] [--tests=<index.js>] [--workspace=<dir>]
 *
 * Defaults: the repo as the extension (package.json main, built), `out/test/integration/index.js` as the suite
 * (exports `run(): Promise<void>`, as for @vscode/test-electron) and a fresh empty workspace folder.
 * The suite logs one line `WARMUP_TEST_RESULT {"passed":N,"failed":M}`; this prints `integration: N passed, M failed`
 * and exits 0 only when nothing failed. Overall timeout: WARMUP_INTEGRATION_TIMEOUT_MS (default 10 minutes).
 * Artifacts: artifacts/integration-end.png, artifacts/integration-code-server.log, artifacts/integration-browser.log.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { launchBrowser } from './browser.mjs';
import { startCodeServer } from './codeServer.mjs';
import { ensureHarness } from './install.mjs';
import { artifactsDir, repoRoot } from './paths.mjs';
import { screenshot } from './workbench.mjs';

const RESULT_PATTERN = /WARMUP_TEST_RESULT\s+(\{.*\})/;

/** Workbench start-up chatter that reaches codeAutomationLog alongside the suite's output; kept in the log file. */
const WORKBENCH_NOISE =
  /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions cache|\[Service Worker\]|ChatSessionStore:)|open-vsx\.org/;

function option(name, fallback) {
  const prefix = `--${name}=`;
  const arg = process.argv.slice(2).find((a) => a.startsWith(prefix));
  return arg ? path.resolve(arg.slice(prefix.length)) : fallback;
}

/** Reason the extension or suite cannot be loaded, or undefined when both are built. */
function checkBuilt(extensionPath, testsPath) {
  const manifest = path.join(extensionPath, 'package.json');
  if (!fs.existsSync(manifest)) return `no package.json in ${extensionPath}`;
  const { main } = JSON.parse(fs.readFileSync(manifest, 'utf8'));
  if (main && !fs.existsSync(path.resolve(extensionPath, main)) && !fs.existsSync(path.resolve(extensionPath, `${main}.js`))) {
    return `extension entry ${path.resolve(extensionPath, main)} is missing (run npm run build)`;
  }
  if (!fs.existsSync(testsPath)) return `test entry ${testsPath} is missing (run npm run build)`;
  return undefined;
}

const withTimeout = (promise, ms) => Promise.race([promise, new Promise((resolve) => setTimeout(resolve, ms))]);

async function main() {
  const extensionPath = option('extension', repoRoot);
  const testsPath = option('tests', path.join(repoRoot, 'out', 'test', 'integration', 'index.js'));
  const timeoutMs = Number(process.env.WARMUP_INTEGRATION_TIMEOUT_MS) || 600_000;

  let result;
  let cleanup = async () => {};
  /** Prints the summary; a run that did not end cleanly (crash, timeout, no result line) counts as one more failure. */
  const report = async (exit) => {
    await cleanup();
    const passed = result?.passed ?? 0;
    let failed = result?.failed ?? 0;
    const problem =
      exit.reason ??
      (!result ? 'the suite ended without a WARMUP_TEST_RESULT line' : undefined) ??
      (exit.code !== 0 && failed === 0 ? `run() rejected (exit code ${exit.code}) although no test failed` : undefined);
    if (problem) {
      console.log(`[integration] failed: ${problem}`);
      failed += 1;
    }
    console.log(`integration: ${passed} passed, ${failed} failed`);
    return failed === 0 ? 0 : 1;
  };
  let finished;
  const finish = (exit) => (finished ??= report(exit));

  const notBuilt = checkBuilt(extensionPath, testsPath);
  if (notBuilt) return finish({ reason: notBuilt });

  await ensureHarness();
  fs.mkdirSync(artifactsDir, { recursive: true });
  const serverLog = fs.createWriteStream(path.join(artifactsDir, 'integration-code-server.log'));
  const browserLog = fs.createWriteStream(path.join(artifactsDir, 'integration-browser.log'));
  const workspace = option('workspace', undefined) ?? fs.mkdtempSync(path.join(os.tmpdir(), 'warmup-it-workspace-'));
  const ownsWorkspace = option('workspace', undefined) === undefined;

  let server;
  let browser;
  cleanup = async () => {
    cleanup = async () => {};
    await withTimeout(browser?.close() ?? Promise.resolve(), 10_000);
    await server?.stop();
    if (ownsWorkspace) fs.rmSync(workspace, { recursive: true, force: true });
    serverLog.end();
    browserLog.end();
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => finish({ reason: `interrupted by ${signal}` }).then(() => process.exit(130)));
  }

  try {
    server = await startCodeServer({ workspace, log: (line) => serverLog.write(`${line}\n`) });
    browser = await launchBrowser({ handleSignals: false });
    const { page } = browser;
    page.on('console', (message) => browserLog.write(`[${message.type()}] ${message.text()}\n`));
    page.on('pageerror', (error) => browserLog.write(`[pageerror] ${error.message}\n`));

    let settle;
    const exit = new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ reason: `timed out after ${timeoutMs / 1000} s` }), timeoutMs);
      settle = (value) => {
        clearTimeout(timer);
        resolve(value);
      };
    });
    page.on('crash', () => settle({ reason: 'the browser page crashed' }));
    server.exited.then(({ code, signal }) => settle({ reason: `code-server exited (${signal ?? `code ${code}`})` }));
    await page.exposeFunction('codeAutomationExit', (code) => settle({ code: Number(code) || 0 }));
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = Array.isArray(args) ? format(...args) : String(args ?? '');
      if (WORKBENCH_NOISE.test(text)) {
        browserLog.write(`[workbench ${type}] ${text}\n`);
        return;
      }
      for (const line of text.split('\n')) {
        const match = RESULT_PATTERN.exec(line);
        if (match) {
          try {
            result = JSON.parse(match[1]);
          } catch {
            console.log(`[integration] unreadable result line: ${line}`);
          }
        }
        process.stdout.write(`${line}\n`);
      }
    });

    console.log(`[integration] running ${path.relative(process.cwd(), testsPath)} in VS Code (code-server, port ${server.port})`);
    await page.goto(server.url({ extensionDevelopmentPath: extensionPath, extensionTestsPath: testsPath }), { timeout: 120_000 });
    const outcome = await exit;
    await withTimeout(screenshot(page, 'integration-end').catch(() => {}), 10_000);
    return finish(outcome);
  } catch (error) {
    return finish({ reason: error.message });
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.log(`[integration] failed: ${error.message ?? error}`);
    console.log('integration: 0 passed, 1 failed');
    process.exit(1);
  },
);
