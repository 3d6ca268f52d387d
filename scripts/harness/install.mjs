/**
 * Idempotent install of the real-VS-Code harness: code-server (VS Code's server + web workbench) into
 * `.vscode-test/code-server/`, plus the Debian packages it needs (Chromium, ripgrep, Kerberos headers).
 * Follows docs/real-vscode-testing.md step by step. Run directly: `node scripts/harness/install.mjs`.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CODE_SERVER_VERSION, cacheDir, codeServerDir, codeServerEntry } from './paths.mjs';
import { run, which } from './proc.mjs';

const readyMarker = path.join(codeServerDir, '.ready');
const logFile = path.join(cacheDir, 'install.log');
const vscodeDir = path.join(codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode');
const ripgrepLink = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
const nativeAddons = ['node-pty', '@parcel/watcher', '@vscode/spdlog', 'kerberos', 'native-watchdog', '@vscode/deviceid'];

const progress = (message) => console.log(`[harness] ${message}`);

/** Path of a Chromium-family browser: env CHROME_PATH, then chromium, google-chrome, chromium-browser on PATH. */
export function findBrowser() {
  if (process.env.CHROME_PATH) return fs.existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  return which('chromium') ?? which('google-chrome') ?? which('chromium-browser');
}

function isReady() {
  try {
    return fs.readFileSync(readyMarker, 'utf8').trim() === CODE_SERVER_VERSION && fs.existsSync(ripgrepLink);
  } catch {
    return false;
  }
}

/** Whether a Debian package is installed; undefined when dpkg is not available. */
function debPackageInstalled(name) {
  if (!which('dpkg-query')) return undefined;
  const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.includes('install ok installed');
}

/** Debian packages still missing, each with the reason it is needed. */
function missingPackages({ needBrowser, needBuild }) {
  const missing = [];
  if (needBrowser && process.env.CHROME_PATH && !findBrowser()) {
    throw new Error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, which does not exist`);
  }
  if (needBrowser && !findBrowser()) missing.push(['chromium', 'a Chromium browser for Playwright (or set CHROME_PATH)']);
  if (!which('rg')) missing.push(['ripgrep', 'rg, used by VS Code search']);
  if (needBuild) {
    const krb5 = debPackageInstalled('libkrb5-dev') ?? Boolean(which('krb5-config'));
    if (!krb5) missing.push(['libkrb5-dev', 'Kerberos headers for building the kerberos addon']);
    for (const tool of ['python3', 'make', 'g++']) {
      if (!which(tool)) missing.push([tool, 'for building native addons']);
    }
  }
  return missing;
}

async function installPackages(missing) {
  const names = missing.map(([name]) => name);
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !which('apt-get')) {
    const lines = missing.map(([name, why]) => `  - ${name}: ${why}`).join('\n');
    throw new Error(
      `The VS Code test harness needs these Debian packages, which are missing:\n${lines}\n` +
        `Install them with:\n  sudo apt-get update && sudo apt-get install -y ${names.join(' ')}`,
    );
  }
  fs.mkdirSync(cacheDir, { recursive: true });
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const lockWait = ['-o', 'DPkg::Lock::Timeout=300'];
  progress(`apt-get install ${names.join(' ')}`);
  await run('apt-get', [...lockWait, 'update'], { env, logFile });
  await run('apt-get', [...lockWait, 'install', '-y', ...names], { env, logFile });
}

/** Environment for npm: answer npx prompts, and build addons against the local Node headers (no download). */
function npmEnv() {
  const env = { ...process.env, npm_config_yes: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  if (!env.npm_config_nodedir && fs.existsSync(path.join(prefix, 'include', 'node', 'node.h'))) {
    env.npm_config_nodedir = prefix;
  }
  return env;
}

async function installCodeServer() {
  const env = npmEnv();
  fs.mkdirSync(cacheDir, { recursive: true });
  const npm = (cwd, ...args) => run('npm', args, { cwd, env, logFile });
  fs.mkdirSync(codeServerDir, { recursive: true });
  const pkg = path.join(codeServerDir, 'package.json');
  if (!fs.existsSync(pkg)) {
    fs.writeFileSync(pkg, `${JSON.stringify({ name: 'vscode-test-code-server', private: true }, null, 2)}\n`);
  }

  progress(`npm install code-server@${CODE_SERVER_VERSION}`);
  await npm(codeServerDir, 'install', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`);

  progress('npm install VS Code server dependencies');
  await npm(vscodeDir, 'install', '--omit=dev', '--ignore-scripts');

  progress('npm rebuild native addons');
  await npm(vscodeDir, 'rebuild', ...nativeAddons);

  fs.rmSync(path.join(vscodeDir, 'node_modules.asar'), { force: true });
  fs.symlinkSync('node_modules', path.join(vscodeDir, 'node_modules.asar'));
  fs.mkdirSync(path.dirname(ripgrepLink), { recursive: true });
  fs.rmSync(ripgrepLink, { force: true });
  fs.symlinkSync(which('rg'), ripgrepLink);

  progress('npm install built-in extensions dependencies');
  await npm(path.join(vscodeDir, 'extensions'), 'install', '--omit=dev', '--ignore-scripts');

  progress('npm rebuild argon2');
  await npm(codeServerDir, 'rebuild', 'argon2');

  fs.writeFileSync(readyMarker, `${CODE_SERVER_VERSION}\n`);
}

/**
 * Makes sure code-server (and, with `needBrowser`, a Chromium) are ready; a quick no-op once installed.
 * @returns {Promise<{ codeServerEntry: string, browserPath: string | undefined }>}
 */
export async function ensureHarness({ needBrowser = true } = {}) {
  const ready = isReady();
  const missing = missingPackages({ needBrowser, needBuild: !ready });
  if (ready && missing.length === 0) return { codeServerEntry, browserPath: findBrowser() };

  const started = Date.now();
  if (missing.length) {
    await installPackages(missing);
    const still = missingPackages({ needBrowser, needBuild: !ready }).map(([name]) => name);
    if (still.length) throw new Error(`still missing after apt-get install: ${still.join(', ')}`);
  }
  if (!ready) {
    fs.rmSync(readyMarker, { force: true });
    progress(`installing code-server ${CODE_SERVER_VERSION} into ${path.relative(process.cwd(), codeServerDir) || '.'} (log: ${logFile})`);
    await installCodeServer();
  }
  progress(`harness ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { codeServerEntry, browserPath: findBrowser() };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  ensureHarness({ needBrowser: !process.argv.includes('--no-browser') })
    .then(({ browserPath }) => progress(`code-server ${CODE_SERVER_VERSION} ready; browser: ${browserPath ?? 'not needed'}`))
    .catch((error) => {
      console.error(`[harness] ${error.message}`);
      process.exitCode = 1;
    });
}
