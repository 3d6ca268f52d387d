/**
 * The small extensions `npm run bench:vscode` measures ours against, written here and built into a temp folder:
 * - floor: the least an extension can be: activates at start-up, and one command that shows a status-bar item and
 *   opens a minimal webview panel with a line of text (the floors for activation, Start → status bar and
 *   Start → panel);
 * - peer: a countdown the way many timer extensions keep one, by counting setInterval ticks, so the table shows what
 *   a frozen or busy extension host does to such a clock;
 * - neighbour: an extension that, on command, blocks the extension host for 1.5 s of every 2 s for a minute.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createVSIX } from '@vscode/vsce';

const engines = { vscode: '^1.100.0' };

const floor = {
  manifest: {
    name: 'bench-floor',
    publisher: 'warmup-bench',
    displayName: 'Bench floor',
    version: '1.0.0',
    engines,
    main: './extension.js',
    activationEvents: ['onStartupFinished'],
    contributes: {
      commands: [{ command: 'benchFloor.start', title: 'Bench Floor: Start' }],
    },
  },
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

const peer = {
  manifest: {
    name: 'bench-peer',
    publisher: 'warmup-bench',
    displayName: 'Bench peer timer',
    version: '1.0.0',
    engines,
    main: './extension.js',
    activationEvents: ['onStartupFinished'],
    contributes: { commands: [{ command: 'benchPeer.start', title: 'Bench Peer: Start 25:00' }] },
  },
  code: `const vscode = require('vscode');
exports.activate = (context) => {
  const item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 999);
  context.subscriptions.push(item);
  let timer;
  context.subscriptions.push(vscode.commands.registerCommand('benchPeer.start', () => {
    let left = 25 * 60;
    const show = () => { item.text = 'Peer ' + Math.floor(left / 60) + ':' + String(left % 60).padStart(2, '0'); };
    clearInterval(timer);
    show();
    item.show();
    timer = setInterval(() => { left -= 1; show(); }, 1000);
  }));
  context.subscriptions.push({ dispose: () => clearInterval(timer) });
};
`,
};

const neighbour = {
  manifest: {
    name: 'bench-neighbour',
    publisher: 'warmup-bench',
    displayName: 'Bench busy neighbour',
    version: '1.0.0',
    engines,
    main: './extension.js',
    activationEvents: ['onStartupFinished'],
    contributes: { commands: [{ command: 'benchNeighbour.stall', title: 'Bench Neighbour: Stall' }] },
  },
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

/** Writes the three extensions under `dir` and packages each as a `.vsix` (code-server loads one extension under development only); returns their paths. */
export async function buildFloors(dir) {
  const packages = [];
  for (const [name, extension] of Object.entries({ floor, peer, neighbour })) {
    const folder = path.join(dir, name);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ ...extension.manifest, license: 'MIT' }, null, 2));
    fs.writeFileSync(path.join(folder, 'extension.js'), extension.code);
    fs.writeFileSync(path.join(folder, 'README.md'), `# ${extension.manifest.displayName}\n`);
    fs.writeFileSync(path.join(folder, 'LICENSE'), 'MIT\n');
    fs.writeFileSync(path.join(folder, '.vscodeignore'), '*.vsix\n');
    const packagePath = path.join(dir, `${name}.vsix`);
    await quietly(() => createVSIX({ cwd: folder, packagePath, dependencies: false, allowMissingRepository: true }));
    packages.push(packagePath);
  }
  return packages;
}

/** Runs `body` with console.log silenced (vsce prints every package's file tree). */
export async function quietly(body) {
  const log = console.log;
  console.log = () => {};
  try {
    return await body();
  } finally {
    console.log = log;
  }
}
