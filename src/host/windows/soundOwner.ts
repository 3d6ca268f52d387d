import { Disposable } from '../base/dispose';
import { TrackedEmitter } from '../base/emitter';
import { fieldOf, SharedFolder } from './sharedFolder';

const FILE = 'sound.json';

/**
 * Which window's panel speaks and plays the cues: the one the runner most recently showed or clicked. Every window
 * with a panel reads the same shared file, so two open panels never talk over each other.
 */
export class SoundOwner extends Disposable {
  private readonly changeEmitter = this._register(new TrackedEmitter<void>());
  /** Fires when the owner may have changed. */
  readonly onDidChange = this.changeEmitter.event;
  private owner: string | undefined;
  private wanted = false;

  constructor(private readonly folder: SharedFolder) {
    super();
    this._register(folder.onDidChange((path) => path === FILE && void this.read()));
    void this.read();
  }

  /** True when this window plays the sound (also when no window has claimed it yet). */
  get isHere(): boolean {
    return this.owner === undefined || this.owner === this.folder.windowId;
  }

  /** This window's panel was shown or clicked: it takes the sound over. */
  take(): void {
    this.wanted = true;
    if (this.owner !== this.folder.windowId) {
      this.set(this.folder.windowId);
    }
  }

  /** This window's panel closed: the sound goes to another window that has one open. */
  release(): void {
    this.wanted = false;
    if (this.owner === this.folder.windowId) {
      this.set(undefined);
    }
  }

  private set(owner: string | undefined): void {
    this.owner = owner;
    this.changeEmitter.fire();
    void Promise.resolve(this.folder.write(FILE, { window: owner ?? null })).catch(() => undefined);
  }

  private async read(): Promise<void> {
    const window = fieldOf(await this.folder.read(FILE), 'window');
    const owner = typeof window === 'string' ? window : undefined;
    if (owner === undefined && this.wanted) {
      // The owner's panel closed: a window whose panel is still open takes over (the last to write wins for all).
      this.set(this.folder.windowId);
    } else if (owner !== this.owner) {
      this.owner = owner;
      this.changeEmitter.fire();
    }
  }
}
