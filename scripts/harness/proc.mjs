/** Small process helpers: run a command quietly, find executables, kill a whole process tree. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Resolves after `ms` milliseconds. */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Full path of an executable on PATH, or undefined. */
export function which(name) {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      if (fs.statSync(candidate).isFile()) return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * Runs `command args` in `cwd`, appending its output to `logFile` (or discarding it).
 * Rejects with the last lines of output when it exits non-zero.
 */
export function run(command, args, { cwd, env = process.env, logFile } = {}) {
  return new Promise((resolve, reject) => {
    const tail = [];
    const log = logFile ? fs.createWriteStream(logFile, { flags: 'a' }) : undefined;
    log?.write(`\n$ (cd ${cwd ?? process.cwd()} && ${command} ${args.join(' ')})\n`);
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const collect = (chunk) => {
      log?.write(chunk);
      tail.push(...chunk.toString().split('\n').filter(Boolean));
      tail.splice(0, Math.max(0, tail.length - 30));
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', (error) => {
      log?.end();
      reject(new Error(`could not start ${command}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      log?.end();
      if (code === 0) resolve();
      else {
        const reason = signal ? `signal ${signal}` : `exit code ${code}`;
        reject(new Error(`${command} ${args.join(' ')} failed (${reason}) in ${cwd ?? process.cwd()}:\n${tail.join('\n')}`));
      }
    });
  });
}

/** Ids of `pid` and all its descendants (Linux /proc; just `pid` elsewhere). */
export function processTree(pid) {
  const children = new Map();
  try {
    for (const entry of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
        const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
        if (!children.has(ppid)) children.set(ppid, []);
        children.get(ppid).push(Number(entry));
      } catch {
        // process ended meanwhile
      }
    }
  } catch {
    return [pid];
  }
  const all = [];
  const queue = [pid];
  while (queue.length) {
    const next = queue.shift();
    all.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return all;
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Kills `pid`, its process group (when it leads one) and every descendant: SIGTERM, then SIGKILL after `graceMs`.
 */
export async function killTree(pid, { graceMs = 3000 } = {}) {
  if (!pid) return;
  const pids = processTree(pid);
  const signalAll = (signal) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // not a group leader, or already gone
    }
    for (const p of pids) {
      try {
        process.kill(p, signal);
      } catch {
        // already gone
      }
    }
  };
  signalAll('SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline && pids.some(isAlive)) await new Promise((r) => setTimeout(r, 100));
  if (pids.some(isAlive)) signalAll('SIGKILL');
}
