/** What `npm run bench:vscode` measures with: CPU time of process trees, timed commands, the extension host's pid. */
import fs from 'node:fs';
import { processTree, sleep } from '../harness/proc.mjs';
import { commandRow, findWebviewFrame, runningExtensionRows, statusBarText } from '../harness/workbench.mjs';

const TICKS_PER_SECOND = 100; // Linux USER_HZ

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** CPU seconds (user + system) used so far by every process under this one (code-server, Chromium), not this one. */
export function cpuSecondsOfChildren() {
  let ticks = 0;
  for (const pid of processTree(process.pid)) {
    if (pid === process.pid) continue;
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // ended meanwhile
    }
  }
  return ticks / TICKS_PER_SECOND;
}

/** CPU seconds the children use over `seconds`, after `settleMs` for the state to settle. */
export async function cpuOver(seconds, settleMs = 3_000) {
  await sleep(settleMs);
  const before = cpuSecondsOfChildren();
  await sleep(seconds * 1000);
  return cpuSecondsOfChildren() - before;
}

/** Pids of the extension hosts code-server runs for its windows (Node processes started with --type=extensionHost). */
export function extensionHostPids() {
  return processTree(process.pid).filter((pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=extensionHost');
    } catch {
      return false;
    }
  });
}

/**
 * Milliseconds from clicking `title` in the command palette until each of `seen` holds (each polled every 10 ms),
 * by name. The palette is opened and filtered first, so only the command itself is timed.
 * @param {Record<string, () => Promise<boolean>>} seen
 */
export async function timeCommand(page, title, seen, timeoutMs = 20_000) {
  const row = await commandRow(page, title);
  const started = performance.now();
  await row.click();
  const deadline = started + timeoutMs;
  const times = {};
  while (Object.keys(times).length < Object.keys(seen).length) {
    for (const [name, check] of Object.entries(seen)) {
      if (!(name in times) && (await check())) times[name] = performance.now() - started;
    }
    if (performance.now() > deadline) throw new Error(`"${title}" did not show ${Object.keys(seen).join(', ')} within ${timeoutMs} ms`);
    await sleep(10);
  }
  return times;
}

/** True once the status bar shows `text`. */
export const statusShows = (page, text) => async () => (await statusBarText(page)).includes(text);

/** True once a webview frame shows `text`. */
export const panelShows = (page, text) => async () =>
  findWebviewFrame(page, text, { timeout: 0, interval: 0 }).then(() => true, () => false);

/** Activation times (ms) that Developer: Show Running Extensions lists for the extensions whose rows match. */
export async function activationTimes(page, patterns) {
  const rows = await runningExtensionRows(page, patterns);
  return Object.fromEntries(Object.entries(rows).map(([name, text]) => [name, Number(/Activation:\s*(\d+)\s*ms/i.exec(text)?.[1] ?? NaN)]));
}
