import type { Clock, TimerSource } from '../../core/warmup/clock';
import { fieldOf, SharedFolder, SharedRead } from './sharedFolder';

/** How long a claim waits for other windows' claims to land before it reads who won. */
export const SETTLE_MS = 400;

/**
 * Lets exactly one window act on something every window sees at the same moment (a reminder coming due, a warm-up
 * finishing). Each window writes its claim to one shared file, waits for the others' writes to land, and reads the
 * file back: the last write wins, and every window reads the same winner. A window that comes later finds the claim
 * already made and stays out.
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
    const file = `claims/${topic}.json`;
    const me = this.folder.windowId;
    try {
      await this.wait(delayMs);
      const held = holder(await this.folder.read(file), key);
      if (held !== undefined) {
        return held === me; // already claimed: by this window (again, after a reactivation) or by another
      }
      await this.folder.write(file, { key, by: me, at: this.clock.now() });
      await this.wait(SETTLE_MS);
      return holder(await this.folder.read(file), key) === me;
    } catch {
      return true;
    }
  }

  private wait(ms: number): Promise<void> {
    return ms <= 0 ? Promise.resolve() : new Promise((resolve) => this.timers.after(ms, resolve));
  }
}

/** The window holding the claim for `key`, if the file holds one. */
function holder(found: SharedRead, key: string): string | undefined {
  const by = fieldOf(found, 'by');
  return fieldOf(found, 'key') === key && typeof by === 'string' ? by : undefined;
}
