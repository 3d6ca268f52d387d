/**
 * The extension hosts a code-server has started, one per workbench window (and a new one at every reload), read from
 * the logs VS Code itself writes: `<user data>/logs/<session>/exthost<N>/remoteexthost.log`. Each says, at its default
 * info level, when it activated an extension (`ExtensionService#_doActivateExtension <id>, …, activationEvent: '…'`).
 * So a test can wait for "Warm-Up is active in every window" instead of sleeping, and a failure can say which host
 * was not up yet.
 */
import fs from 'node:fs';
import path from 'node:path';

export const EXTENSION_ID = 'runner-warmup.runner-warmup';

/** A log line's local time stamp (`2026-12-04 21:07:06.655`) as epoch ms. */
function stamp(line) {
  const match = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d\.\d{3})/.exec(line);
  return match ? new Date(`${match[1]}T${match[2]}`).getTime() : undefined;
}

/**
 * Every extension host started so far, oldest first: its log folder's name, when its log began (the host started),
 * and when it activated `extensionId` and on which event (both undefined while it has not).
 * @returns {{ host: string, startedAt: number | undefined, activatedAt: number | undefined, event: string | undefined }[]}
 */
export function extensionHosts(userDataDir, extensionId = EXTENSION_ID) {
  const logs = path.join(userDataDir, 'logs');
  const hosts = [];
  for (const session of fs.existsSync(logs) ? fs.readdirSync(logs).sort() : []) {
    const dirs = fs.readdirSync(path.join(logs, session)).filter((name) => /^exthost\d+$/.test(name));
    for (const host of dirs.sort((a, b) => Number(a.slice(7)) - Number(b.slice(7)))) {
      const file = path.join(logs, session, host, 'remoteexthost.log');
      const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').split('\n') : [];
      const activation = lines.find((line) => line.includes(`_doActivateExtension ${extensionId},`));
      hosts.push({
        host,
        startedAt: stamp(lines[0] ?? ''),
        activatedAt: activation ? stamp(activation) : undefined,
        event: activation ? /activationEvent: '([^']*)'/.exec(activation)?.[1] : undefined,
      });
    }
  }
  return hosts;
}

/** How many extension hosts have activated the extension so far. */
export function activatedCount(userDataDir, extensionId = EXTENSION_ID) {
  return extensionHosts(userDataDir, extensionId).filter((host) => host.activatedAt !== undefined).length;
}

/** One line per host for a failure message: `exthost3 up 21:07:06, Warm-Up active 21:07:12 (onStartupFinished)`. */
export function describeHosts(userDataDir, extensionId = EXTENSION_ID) {
  const time = (ms) => new Date(ms).toTimeString().slice(0, 8);
  const hosts = extensionHosts(userDataDir, extensionId);
  if (hosts.length === 0) return 'no extension host has started';
  return hosts
    .map(({ host, startedAt, activatedAt, event }) =>
      `${host} up ${startedAt ? time(startedAt) : '?'}, ${activatedAt ? `Warm-Up active ${time(activatedAt)} (${event})` : 'Warm-Up not active'}`)
    .join('; ');
}

/**
 * Resolves once `count` extension hosts have activated the extension (each window's own host); fails after
 * `timeoutMs` saying which hosts were up and which had activated it.
 */
export async function untilActivated(userDataDir, count, { timeoutMs = 60_000, extensionId = EXTENSION_ID } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (activatedCount(userDataDir, extensionId) < count) {
    if (Date.now() > deadline) {
      throw new Error(`Warm-Up did not become active in ${count} extension hosts within ${timeoutMs} ms: ${describeHosts(userDataDir, extensionId)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
