import type { Clock, TimerSource } from '../../core/warmup/clock';
import { fieldOf, SharedFolder, SharedRead } from './sharedFolder';

/** How long a claim waits for other windows' claims to land before it reads who won. */
export const SETTLE_MS = 400;

/** The shared folder's subfolder of claims, one file per topic and key. */
const CLAIMS = 'claims';

/** Claims older than this are removed when a window wins a newer one of the same topic. */
const KEEP_MS = 24 * 60 * 60 * 1000;

/**
 * Lets exactly one window act on something every window sees at the same moment (a reminder coming due, a warm-up
 * finishing). The claim is a file per topic and key that only one window can create: the file system refuses to
 * move a second one into place. The winner then waits for any write that raced it to land and reads the file back,
 * so every window reads the same winner however slow its host is. A window that comes later finds the claim made
 * and stays out.
 */
export class Claims {
  constructor(
    private readonly folder: SharedFolder,
    private readonly clock: Clock,
    private readonly timers: TimerSource,
  ) {}

  /**
   * Resolves true in the one window that wins `topic` for `key` (for example the reminder due at a given time).
   * `delayMs` lets a window that should rather not win (no panel in front of the runner) claim after the others.
   * When the shared folder cannot be written, the window acts alone rather than letting nobody act.
   */
  async claim(topic: string, key: string, delayMs = 0): Promise<boolean> {
    const file = claimFile(topic, key);
    const me = this.folder.windowId;
    try {
      await this.wait(delayMs);
      const held = holder(await this.folder.read(file), key);
      if (held !== undefined) {
        return held === me; // already claimed: by this window (again, after a reactivation) or by another
      }
      if (!(await this.folder.create(file, { key, by: me, at: this.clock.now() }))) {
        return holder(await this.folder.read(file), key) === me;
      }
      await this.wait(SETTLE_MS);
      const won = holder(await this.folder.read(file), key) === me;
      if (won) {
        void this.forgetOld(topic, file);
      }
      return won;
    } catch {
      return true;
    }
  }

  /** Removes this topic's claims for earlier events, so the folder does not grow by one file a day. */
  private async forgetOld(topic: string, current: string): Promise<void> {
    const files = (await this.folder.list(CLAIMS)).map((name) => `${CLAIMS}/${name}`);
    for (const file of files.filter((f) => f.startsWith(topicPrefix(topic)) && f !== current)) {
      const at = fieldOf(await this.folder.read(file), 'at');
      if (typeof at === 'number' && this.clock.now() - at > KEEP_MS) {
        await this.folder.delete(file);
      }
    }
  }

  private wait(ms: number): Promise<void> {
    return ms <= 0 ? Promise.resolve() : new Promise((resolve) => this.timers.after(ms, resolve));
  }
}

const topicPrefix = (topic: string): string => `${CLAIMS}/${topic}--`;

/** `claims/<topic>--<key>.json`, the key kept to file-name-safe characters. */
function claimFile(topic: string, key: string): string {
  return `${topicPrefix(topic)}${key.replace(/[^\w.-]/g, '_')}.json`;
}

/** The window holding the claim for `key`, if the file holds one. */
function holder(found: SharedRead, key: string): string | undefined {
  const by = fieldOf(found, 'by');
  return fieldOf(found, 'key') === key && typeof by === 'string' ? by : undefined;
}
