/**
 * `npm start`: builds the extension, then opens it in VS Code as an Extension Development Host.
 * Uses desktop VS Code when a `code` command is on PATH; otherwise (or with `--web`) serves VS Code in the browser
 * through code-server on 127.0.0.1 (port from PORT, else a free one) and prints the URL. Ctrl+C stops it.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { startCodeServer } from './harness/codeServer.mjs';
import { ensureHarness } from './harness/install.mjs';
import { artifactsDir, CODE_SERVER_VERSION, repoRoot } from './harness/paths.mjs';
import { which } from './harness/proc.mjs';

/** Runs a command with inherited output; resolves with its exit code. */
function runInherited(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: repoRoot, stdio: 'inherit' });
    child.on('error', (error) => {
      console.error(`[start] could not run ${command}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function startInBrowser() {
  await ensureHarness({ needBrowser: false });
  fs.mkdirSync(artifactsDir, { recursive: true });
  const logPath = path.join(artifactsDir, 'start-code-server.log');
  const log = fs.createWriteStream(logPath);
  const port = Number(process.env.PORT) || 0;
  const server = await startCodeServer({ workspace: repoRoot, port, log: (line) => log.write(`${line}\n`) });

  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    console.log('\n[start] stopping code-server…');
    await server.stop();
    log.end();
    process.exit(code);
  };
  process.on('SIGINT', () => stop(0));
  process.on('SIGTERM', () => stop(0));
  server.exited.then(({ code, signal }) => {
    if (stopping) return;
    console.error(`[start] code-server exited (${signal ?? `code ${code}`}); see ${logPath}`);
    stop(1);
  });

  console.log(`
Runner Warm-Up is loaded in VS Code (code-server ${CODE_SERVER_VERSION}). Open this URL (with 127.0.0.1 as written):

  ${server.url({ extensionDevelopmentPath: repoRoot })}

After a rebuild (npm run build, or keep npm run watch running), run "Developer: Reload Window".
Server log: ${path.relative(process.cwd(), logPath)}. Press Ctrl+C to stop.`);
}

async function main() {
  const buildCode = await runInherited('npm', ['run', 'build']);
  if (buildCode !== 0) return buildCode;

  const code = process.argv.includes('--web') ? undefined : which('code');
  if (code) {
    console.log(`[start] opening desktop VS Code (${code}) with the extension under development`);
    return runInherited(code, [`--extensionDevelopmentPath=${repoRoot}`, repoRoot]);
  }
  await startInBrowser();
  return undefined;
}

main().then(
  (code) => {
    if (code !== undefined) process.exit(code);
  },
  (error) => {
    console.error(`[start] ${error.message}`);
    process.exit(1);
  },
);
