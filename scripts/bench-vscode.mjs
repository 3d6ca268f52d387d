/**
 * `npm run bench:vscode`: the extension measured in a real VS Code (code-server + headless Chromium, as the e2e tier
 * drives it) against floors it builds itself (scripts/bench/floors.mjs), as ratios from the same run. Numbers to
 * watch, never a pass/fail test. Prints a table and writes it, with the machine, to bench/vscode-results.md.
 *
 *   BENCH_RUNS=5 BENCH_CPU_SECONDS=30 npm run bench:vscode
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from './harness/browser.mjs';
import { startCodeServer } from './harness/codeServer.mjs';
import { ensureHarness } from './harness/install.mjs';
import { quietly } from './harness/vsix.mjs';
import { packageExtension } from './package.mjs';
import { CODE_SERVER_VERSION, repoRoot } from './harness/paths.mjs';
import { openWorkbench, reloadWindow, runCommand, statusBarText } from './harness/workbench.mjs';
import { buildFloors } from './bench/floors.mjs';
import { sleep } from './harness/proc.mjs';
import { activationTimes, cpuOver, extensionHostPids, median, panelShows, statusShows, timeCommand } from './bench/measure.mjs';

const RUNS = Number(process.env.BENCH_RUNS) || 5;
const CPU_SECONDS = Number(process.env.BENCH_CPU_SECONDS) || 30;
const FREEZE_SECONDS = 20;
const STALL_SECONDS = 60;

const rows = [];
const row = (what, ours, floor = '', ratio = '', note = '') => {
  rows.push({ what, ours, floor, ratio, note });
  console.log(`${what}: ${ours}${floor ? ` | floor ${floor}` : ''}${ratio ? ` | ${ratio}` : ''}${note ? ` (${note})` : ''}`);
};
const ms = (value) => `${Math.round(value)} ms`;
const times = (value) => `${value.toFixed(2)} ×`;
const kb = (file) => `${(fs.statSync(file).size / 1024).toFixed(1)} KB`;

/** The warm-up's countdown in the status bar, in seconds (undefined when absent). */
async function countdownSeconds(page, pattern) {
  const match = pattern.exec(await statusBarText(page));
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}
const OURS = /Walk, building to brisk (\d+):(\d\d)/;
const PEER = /Peer (\d+):(\d\d)/;

/** The moment (ms) a countdown's display next changes, and the seconds it shows then: its phase, to within 25 ms. */
async function nextChange(page, pattern) {
  const first = await countdownSeconds(page, pattern);
  for (;;) {
    await sleep(25);
    const value = await countdownSeconds(page, pattern);
    if (value !== first) return { at: Date.now(), value };
  }
}

/**
 * Seconds a countdown is off the wall clock across `disturb()`, measured between two changes of its display (so the
 * display's one-second steps do not blur it): 0 for a true clock, negative when it lost time.
 */
async function clockError(page, pattern, disturb) {
  const before = await nextChange(page, pattern);
  await disturb();
  await sleep(1_500); // the host is back and has shown the time
  const after = await nextChange(page, pattern);
  const wall = (after.at - before.at) / 1000;
  return Math.round((wall - (before.value - after.value)) * -10) / 10;
}

async function sizes(tmp) {
  const vsix = await quietly(() => packageExtension(path.join(tmp, 'runner-warmup.vsix')));
  for (const file of ['dist/extension.js', 'dist/web/extension.js', 'dist/webview/webview.js', 'dist/webview/info.js']) {
    row(`Size: ${file} (production)`, kb(path.join(repoRoot, file)));
  }
  row('Size: .vsix', kb(vsix));
}

async function activation(page) {
  const ours = [];
  const floor = [];
  for (let run = 0; run < RUNS; run += 1) {
    if (run > 0) await reloadWindow(page);
    await sleep(3_000);
    const found = await activationTimes(page, { ours: /runner-warmup|Runner Warm-Up/, floor: /bench-floor|Bench floor/ });
    ours.push(found.ours);
    floor.push(found.floor);
  }
  row('Activation at start-up (median)', ms(median(ours)), ms(median(floor)), times(median(ours) / Math.max(1, median(floor))), `runs: ${ours.join(', ')} vs ${floor.join(', ')}`);
}

async function startTimes(page) {
  const ours = [];
  const floor = [];
  for (let run = 0; run < RUNS + 1; run += 1) {
    ours.push(await timeCommand(page, 'Warm-Up: Start Warm-Up', { status: statusShows(page, 'Walk, building to brisk'), panel: panelShows(page, 'Step 1 of') }));
    await runCommand(page, 'Warm-Up: Stop Warm-Up');
    await runCommand(page, 'View: Close All Editors');
    floor.push(await timeCommand(page, 'Bench Floor: Start', { status: statusShows(page, `Floor run ${run + 1}`), panel: panelShows(page, `Floor panel ${run + 1}`) }));
    await runCommand(page, 'View: Close All Editors');
  }
  for (const [name, label] of [['status', 'Start → status bar'], ['panel', 'Start → panel text']]) {
    const [first, firstFloor] = [ours[0][name], floor[0][name]];
    row(`${label}, first run`, ms(first), ms(firstFloor), times(first / firstFloor));
    const [rest, restFloor] = [ours.slice(1).map((r) => r[name]), floor.slice(1).map((r) => r[name])];
    row(`${label}, median of ${RUNS}`, ms(median(rest)), ms(median(restFloor)), times(median(rest) / median(restFloor)));
  }
}

/**
 * CPU of code-server and Chromium in each state, as a ratio to the idle workbench (measured first and last, and
 * averaged, since a workbench settles for minutes after it opens). A warm-up state with a floor (the same thing done
 * by a minimal extension, or the same editor without a warm-up, in the same run) also shows its ratio to that floor.
 */
async function cpu(page) {
  const used = new Map();
  const measure = async (name, { settleMs, floor } = {}) => used.set(name, { seconds: await cpuOver(CPU_SECONDS, settleMs), floor });
  const floorRow = (label, what) => ({ label, name: `${what} (${label}), no warm-up` });
  const PEER = floorRow('the peer', 'a minimal status-bar countdown only');
  const MOVER = floorRow('the moving panel floor', 'a status-bar countdown and a minimal webview changing a 4-px square 3 times a second');
  const EDITOR = floorRow('the background tab floor', 'an untitled editor in front, focus in the Explorer');
  await measure('idle workbench, no warm-up (first)', { settleMs: 20_000 }); // after the reloads above, the workbench settles first
  await runCommand(page, 'Bench Peer: Start 25:00');
  await measure(PEER.name);
  await reloadWindow(page); // stops the peer
  await runCommand(page, 'Bench Mover: Start');
  await measure(MOVER.name);
  await reloadWindow(page); // stops the mover
  await runCommand(page, 'View: Close All Editors');
  await runCommand(page, 'File: New Untitled Text File');
  await runCommand(page, 'View: Show Explorer');
  await measure(EDITOR.name);
  await runCommand(page, 'View: Close All Editors');
  await runCommand(page, 'Warm-Up: Start Warm-Up');
  await measure('warm-up, panel visible', { floor: MOVER });
  await runCommand(page, 'File: New Untitled Text File');
  // Focus leaves the new editor, so its blinking cursor (not the panel) does not count; the panel stays behind it.
  await runCommand(page, 'View: Show Explorer');
  await measure('warm-up, panel in a background tab', { floor: EDITOR });
  await runCommand(page, 'View: Close All Editors');
  await measure('warm-up, panel closed (status-bar countdown only)', { floor: PEER });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await runCommand(page, 'Warm-Up: Show Warm-Up Panel');
  await measure('warm-up, panel visible, reduced motion');
  await page.emulateMedia({ reducedMotion: null });
  await runCommand(page, 'Warm-Up: Stop Warm-Up');
  await runCommand(page, 'View: Close All Editors');
  await measure('idle workbench, no warm-up (last)');
  const seconds = [...used.values()].map((entry) => entry.seconds);
  const idle = (seconds[0] + seconds.at(-1)) / 2;
  for (const [name, entry] of used) {
    const floor = entry.floor ? used.get(entry.floor.name).seconds : undefined;
    const note = floor ? `${times(entry.seconds / floor)} its floor (${entry.floor.label})` : '';
    row(`CPU over ${CPU_SECONDS} s: ${name}`, `${entry.seconds.toFixed(2)} s`, floor ? `${floor.toFixed(2)} s` : '', `${times(entry.seconds / idle)} idle`, note);
  }
}

async function timerTruth(page) {
  await runCommand(page, 'Warm-Up: Start Warm-Up');
  await runCommand(page, 'Bench Peer: Start 25:00');
  await runCommand(page, 'View: Close All Editors');
  await sleep(2_000);
  const hosts = extensionHostPids();
  if (hosts.length !== 1) throw new Error(`expected one extension host, found ${hosts.length}`);
  const freeze = async () => {
    process.kill(hosts[0], 'SIGSTOP');
    await sleep(FREEZE_SECONDS * 1000);
    process.kill(hosts[0], 'SIGCONT');
  };
  const stall = async () => {
    await runCommand(page, 'Bench Neighbour: Stall');
    await sleep(STALL_SECONDS * 1000 + 1_000);
  };
  for (const [label, disturb] of [[`the extension host froze ${FREEZE_SECONDS} s (a sleeping laptop)`, freeze], [`${STALL_SECONDS} s of 1.5 s stalls every 2 s`, stall]]) {
    // Both clocks see the same disturbance: the peer's error is measured on a second run of it.
    const ours = await clockError(page, OURS, disturb);
    const peer = await clockError(page, PEER, disturb);
    row(`Timer error after ${label}`, `${ours} s`, '', '', `a peer that counts ticks: ${peer} s`);
  }
  await runCommand(page, 'Warm-Up: Stop Warm-Up');
}

function writeResults() {
  const cpus = os.cpus();
  const lines = [
    '# `npm run bench:vscode` results',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus.length} × ${cpus[0]?.model.trim() ?? 'unknown CPU'}, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GB, ${os.type()} ${os.release()}, Node ${process.version}, ` +
      `code-server ${CODE_SERVER_VERSION} with headless Chromium; ${RUNS} runs, CPU windows of ${CPU_SECONDS} s.`,
    'Ratios are against the floor measured in the same run. CPU rows give their ratio to the idle workbench, and a warm-up row also its ratio to its own floor (Floor column).',
    '',
    '| What | Runner Warm-Up | Floor | Ratio | Note |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.what} | ${r.ours} | ${r.floor} | ${r.ratio} | ${r.note} |`),
    '',
    'Rerun: `npm ci && npm run bench:vscode` (the floors are built by `scripts/bench/floors.mjs`).',
    '',
  ];
  const file = path.join(repoRoot, 'bench', 'vscode-results.md');
  fs.writeFileSync(file, lines.join('\n'));
  console.log(`\n${lines.slice(5).join('\n')}\nWritten to ${path.relative(repoRoot, file)}`);
}

async function main() {
  await ensureHarness();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'warmup-bench-vscode-'));
  const floors = await buildFloors(tmp);
  await sizes(tmp); // leaves the production build in dist/, which the rest measures
  const workspace = fs.mkdtempSync(path.join(tmp, 'ws-'));
  const settings = { 'warmup.walkMinutes': 10, 'warmup.sound': false, 'warmup.voice': false };
  const server = await startCodeServer({ workspace, settings, install: floors });
  const browser = await launchBrowser();
  try {
    const { page } = browser;
    await openWorkbench(page, server.url({ extensionDevelopmentPath: repoRoot }));
    await activation(page);
    await startTimes(page);
    await cpu(page);
    await timerTruth(page);
    writeResults();
  } finally {
    await browser.close();
    await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
    execFileSync(process.execPath, ['esbuild.js'], { cwd: repoRoot, stdio: 'ignore' }); // the development build again
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
