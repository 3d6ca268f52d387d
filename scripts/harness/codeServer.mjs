/**
 * Starts code-server (a real VS Code: server + web workbench) on 127.0.0.1 with throw-away config, user data and
 * extensions folders, and builds workbench URLs that load an extension under development and/or its test suite.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { codeServerEntry } from './paths.mjs';
import { killTree, processTree } from './proc.mjs';

/** Settings that keep trust prompts, welcome pages, tips, surveys and update checks out of the way. */
export const quietSettings = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'workbench.remoteIndicator.showExtensionRecommendations': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'telemetry.telemetryLevel': 'off',
  'editor.accessibilitySupport': 'off',
  'git.openRepositoryInParentFolders': 'never',
  'terminal.integrated.enablePersistentSessions': false,
  'chat.commandCenter.enabled': false,
};

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Environment for code-server: its own XDG folders under `tmp` (so nothing lands in ~), and no variables that
 * would make it act as the CLI of another VS Code.
 */
function serverEnv(tmp) {
  const env = { ...process.env, XDG_DATA_HOME: path.join(tmp, 'xdg-data'), XDG_CONFIG_HOME: path.join(tmp, 'xdg-config') };
  for (const key of Object.keys(env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') delete env[key];
  }
  return env;
}

/**
 * Records the installed language packs in `languagepacks.json`, where the server looks up `--locale`. code-server's
 * `--install-extension` does not write it (only an install in a running workbench does), so this writes what VS Code's
 * language pack cache would: per language, its packs, their translation files and a hash of their ids and versions.
 */
function writeLanguagePacks(userDataDir, extensionsDir) {
  const packs = {};
  for (const folder of fs.readdirSync(extensionsDir)) {
    const manifestFile = path.join(extensionsDir, folder, 'package.json');
    if (!fs.existsSync(manifestFile)) continue;
    const manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'));
    for (const localization of manifest.contributes?.localizations ?? []) {
      const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
      const pack = (packs[localization.languageId] ??= { hash: '', extensions: [], translations: {}, label: localization.localizedLanguageName });
      pack.extensions.push({ extensionIdentifier: { id }, version: manifest.version });
      for (const translation of localization.translations) {
        pack.translations[translation.id] = path.join(extensionsDir, folder, translation.path);
      }
      pack.hash = createHash('md5').update(pack.extensions.map((e) => `${e.extensionIdentifier.id}${e.version}`).join('')).digest('hex');
    }
  }
  if (Object.keys(packs).length > 0) fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify(packs));
}

/**
 * Starts code-server opened on `workspace` and resolves once it listens.
 * @param {object} options
 * @param {string} options.workspace folder the workbench opens
 * @param {Record<string, unknown>} [options.settings] user settings on top of `quietSettings`
 * @param {(line: string) => void} [options.log] receives each line the server prints
 * @param {number} [options.port] port to listen on; a free one when omitted or 0
 * @param {number} [options.timeoutMs] how long to wait for `HTTP server listening`
 * @param {string[]} [options.install] `.vsix` files installed first, as `code-server --install-extension` does
 * @param {string} [options.locale] display language (`--locale`); it takes effect when a language pack for it is installed
 */
export async function startCodeServer({ workspace, settings = {}, log, port, timeoutMs = 60_000, install = [], locale }) {
  if (!fs.existsSync(codeServerEntry)) throw new Error('code-server is not installed: run node scripts/harness/install.mjs');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'warmup-code-server-'));
  const userDataDir = path.join(tmp, 'data');
  const extensionsDir = path.join(tmp, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir);
  fs.writeFileSync(path.join(tmp, 'config.yaml'), 'auth: none\ncert: false\n');
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    `${JSON.stringify({ ...quietSettings, ...settings }, null, 2)}\n`,
  );

  const dirs = ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];
  for (const vsix of install) {
    const installed = spawnSync(process.execPath, [codeServerEntry, ...dirs, '--install-extension', path.resolve(vsix)], {
      cwd: tmp,
      env: serverEnv(tmp),
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (installed.status !== 0) {
      fs.rmSync(tmp, { recursive: true, force: true });
      throw new Error(`code-server --install-extension ${vsix} failed: ${installed.stderr || installed.stdout}`);
    }
  }

  if (install.length > 0) writeLanguagePacks(userDataDir, extensionsDir);

  port = port || (await freePort());
  const workspacePath = path.resolve(workspace);
  const args = [
    codeServerEntry,
    '--config', path.join(tmp, 'config.yaml'),
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    ...dirs,
    ...(locale ? ['--locale', locale] : []),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    workspacePath,
  ];
  const child = spawn(process.execPath, args, {
    cwd: tmp,
    env: serverEnv(tmp),
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const tail = [];
  let listening = false;
  let exited = false;
  let onLine = () => {};
  const handleLine = (line) => {
    if (!line.trim()) return;
    tail.push(line);
    if (tail.length > 60) tail.shift();
    log?.(line);
    onLine(line);
  };
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop();
      lines.forEach(handleLine);
    });
    stream.on('end', () => handleLine(partial));
  }
  const exitedPromise = new Promise((resolve) => child.on('exit', (code, signal) => {
    exited = true;
    resolve({ code, signal });
  }));

  // Safety net when the parent exits without stop() (e.g. process.exit on Ctrl+C): kill the tree, drop temp dirs.
  const onParentExit = () => {
    for (const pid of processTree(child.pid)) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  process.on('exit', onParentExit);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', onParentExit);
    if (!exited) await killTree(child.pid);
    fs.rmSync(tmp, { recursive: true, force: true });
  };

  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "HTTP server listening" within ${timeoutMs / 1000} s`)), timeoutMs);
      onLine = (line) => {
        if (line.includes('HTTP server listening')) {
          listening = true;
          clearTimeout(timer);
          resolve();
        }
      };
      child.on('error', (error) => reject(error));
      exitedPromise.then(({ code, signal }) => {
        clearTimeout(timer);
        if (!listening) reject(new Error(`code-server exited early (${signal ?? `code ${code}`})`));
      });
    });
  } catch (error) {
    await stop();
    throw new Error(`code-server failed to start on port ${port}: ${error.message}\n--- server log tail ---\n${tail.join('\n')}`);
  }
  onLine = () => {};

  const baseUrl = `http://127.0.0.1:${port}`;
  const remote = (absPath) => `vscode-remote://127.0.0.1:${port}${path.resolve(absPath)}`;
  return {
    port,
    baseUrl,
    userDataDir,
    /** Lines the server printed most recently. */
    logTail: () => tail.join('\n'),
    /** Resolves when the server process exits. */
    exited: exitedPromise,
    /**
     * Workbench URL opening the workspace (or `folder`), loading the extension(s) under development (one path or
     * several) and/or its tests when given.
     */
    url({ extensionDevelopmentPath, extensionTestsPath, folder = workspacePath } = {}) {
      const payload = [];
      for (const devPath of [extensionDevelopmentPath ?? []].flat()) payload.push(['extensionDevelopmentPath', remote(devPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      let query = `?folder=${encodeURIComponent(path.resolve(folder))}`;
      if (payload.length) query += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
      return `${baseUrl}/${query}`;
    },
    /** Kills the server's whole process tree and removes its temp folders. */
    stop,
  };
}
