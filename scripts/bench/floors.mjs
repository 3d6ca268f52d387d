/**
 * The small extensions `npm run bench:vscode` measures ours against, written here and built into a temp folder:
 * - floor: the least an extension can be: activates at start-up, and one command that shows a status-bar item and
 *   opens a minimal webview panel with a line of text (the floors for activation, Start → status bar and
 *   Start → panel);
 * - mover: the floor of a panel whose picture moves: a status-bar countdown, and a minimal webview whose page changes
 *   a 4-px square three times a second and its clock text once a second, in the same frame as one of the three;
 * - peer: a countdown the way many timer extensions keep one, by counting setInterval ticks, so the table shows what
 *   a frozen or busy extension host does to such a clock;
 * - neighbour: an extension that, on command, blocks the extension host for 1.5 s of every 2 s for a minute.
 */
import path from 'node:path';
import { packExtension } from '../harness/vsix.mjs';

/** The manifest of a bench extension: active from start-up, with one palette command. */
const manifest = (name, displayName, command, title) => ({
  name,
  publisher: 'warmup-bench',
  displayName,
  main: './extension.js',
  activationEvents: ['onStartupFinished'],
  contributes: { commands: [{ command, title }] },
});

const floor = {
  manifest: manifest('bench-floor', 'Bench floor', 'benchFloor.start', 'Bench Floor: Start'),
  code: `const vscode = require('vscode');
exports.activate = (context) => {
  const item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 1000);
  context.subscriptions.push(item);
  let runs = 0;
  context.subscriptions.push(vscode.commands.registerCommand('benchFloor.start', () => {
    runs += 1;
    item.text = 'Floor run ' + runs;
    item.show();
    const panel = vscode.window.createWebviewPanel('benchFloor.panel', 'Floor', vscode.ViewColumn.Active, { enableScripts: true });
    panel.webview.html = '<!DOCTYPE html><html><body><h1>Floor panel ' + runs + '</h1></body></html>';
  }));
};
`,
};

/**
 * The code of an extension whose `command` starts a status-bar countdown from 25:00 labelled `label`, kept by counting
 * setInterval ticks, then runs `more` (code with `vscode` in scope).
 */
const countdownCode = (command, label, priority, more = '') => `const vscode = require('vscode');
exports.activate = (context) => {
  const item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, ${priority});
  context.subscriptions.push(item);
  let timer;
  context.subscriptions.push(vscode.commands.registerCommand('${command}', () => {
    let left = 25 * 60;
    const show = () => { item.text = '${label} ' + Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0'); };
    clearInterval(timer);
    show();
    item.show();
    timer = setInterval(() => { left -= 1; show(); }, 1000);${more}
  }));
  context.subscriptions.push({ dispose: () => clearInterval(timer) });
};
`;

const mover = {
  manifest: manifest('bench-mover', 'Bench mover', 'benchMover.start', 'Bench Mover: Start'),
  code: countdownCode(
    'benchMover.start',
    'Mover',
    998,
    `
    const panel = vscode.window.createWebviewPanel('benchMover.panel', 'Mover', vscode.ViewColumn.Active, { enableScripts: true });
    panel.webview.html = '<!DOCTYPE html><html><body><h1 id="clock">0</h1><div id="dot" style="width:4px;height:4px;background:currentColor"></div>' +
      '<script>let n = 0; const dot = document.getElementById("dot"); const clock = document.getElementById("clock");' +
      'setInterval(() => { n += 1; dot.style.opacity = n % 2 ? "0.5" : "1"; if (n % 3 === 0) clock.textContent = String(n / 3); }, 1000 / 3);</script></body></html>';`,
  ),
};

const peer = {
  manifest: manifest('bench-peer', 'Bench peer timer', 'benchPeer.start', 'Bench Peer: Start 25:00'),
  code: countdownCode('benchPeer.start', 'Peer', 999),
};

const neighbour = {
  manifest: manifest('bench-neighbour', 'Bench busy neighbour', 'benchNeighbour.stall', 'Bench Neighbour: Stall'),
  code: `const vscode = require('vscode');
exports.activate = (context) => {
  context.subscriptions.push(vscode.commands.registerCommand('benchNeighbour.stall', (seconds = 60) => {
    const until = Date.now() + seconds * 1000;
    const timer = setInterval(() => {
      if (Date.now() >= until) return clearInterval(timer);
      const stop = Date.now() + 1500;
      while (Date.now() < stop) { /* the host can run nothing else */ }
    }, 2000);
  }));
};
`,
};

/** Packs the four extensions under `dir` as `.vsix` files (code-server loads one extension under development only); returns their paths. */
export async function buildFloors(dir) {
  const packages = [];
  for (const [name, extension] of Object.entries({ floor, mover, peer, neighbour })) {
    packages.push(await packExtension(path.join(dir, name), extension.manifest, { 'extension.js': extension.code }));
  }
  return packages;
}
