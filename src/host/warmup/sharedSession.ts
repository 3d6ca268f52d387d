import * as vscode from 'vscode';
import { fromStored, toStored } from '../../core/warmup/persist';
import { Session } from '../../core/warmup/session';
import { Disposable } from '../base/dispose';
import { TrackedEmitter } from '../base/emitter';
import { Failures } from '../base/failures';
import { SharedFolder } from '../windows/sharedFolder';

const FILE = 'session.json';
/** Where v0.2 kept the warm-up (`globalState`): read once, moved to the shared file. */
const LEGACY_KEY = 'warmup.session';

/** What the shared file holds: the warm-up (null when none) and the window that last changed it. */
interface SharedSessionFile {
  readonly session: ReturnType<typeof toStored> | null;
  readonly by: string;
}

/**
 * The one warm-up of this user on this machine, in a file every window shares. Only a runner's action (start, pause,
 * skip, stop…) writes it; the clock never does, since every window derives the same step from the same stored times.
 * When another window writes it, {@link onDidChange} fires with what it wrote.
 */
export class SharedSession extends Disposable {
  private readonly changeEmitter = this._register(new TrackedEmitter<Session | undefined>());
  /** Another window started, changed or stopped the warm-up. */
  readonly onDidChange = this.changeEmitter.event;
  private seen: string = JSON.stringify(null);
  private session: Session | undefined;
  private writing: Promise<void> = Promise.resolve();
  private pendingWrites = 0;
  /** Counts this window's saves, so a read that began before one is known to be older than it. */
  private saves = 0;

  constructor(
    private readonly folder: SharedFolder,
    private readonly memento: vscode.Memento,
    private readonly failures: Failures,
  ) {
    super();
    this._register(folder.onDidChange((path) => path === FILE && void this.check()));
  }

  /** The warm-up as last read or written. */
  get current(): Session | undefined {
    return this.session;
  }

  /** Reads the shared warm-up; a v0.2 warm-up in `globalState` moves to the shared file. Never rejects. */
  async load(): Promise<Session | undefined> {
    // Read while the folder is being made ready to watch: a window that opens shows a running warm-up sooner.
    const [found] = await Promise.all([this.read(), this.folder.ready]);
    if (found === 'unreadable') {
      return undefined; // read as none; not replaced here, since another window may still show a warm-up
    }
    if (found === undefined) {
      const legacy = fromStored(this.memento.get<unknown>(LEGACY_KEY));
      if (legacy) {
        this.save(legacy);
        void Promise.resolve(this.memento.update(LEGACY_KEY, undefined)).catch(() => undefined);
      }
    } else {
      this.take(found);
    }
    return this.session;
  }

  /** Shares a warm-up a runner's action produced (undefined once stopped); a failed write is reported, never thrown. */
  save(session: Session | undefined): void {
    const file: SharedSessionFile = { session: session ? toStored(session) : null, by: this.folder.windowId };
    this.session = session;
    this.seen = JSON.stringify(file.session);
    this.saves += 1;
    this.pendingWrites += 1;
    this.writing = this.writing
      .then(() => this.folder.write(FILE, file))
      .catch((error: unknown) => this.failures.report(unsavedMessage(), error))
      .finally(() => {
        this.pendingWrites -= 1;
        // A change another window made while this one was writing is picked up now.
        return this.check();
      });
  }

  /** Settles once every save made so far is written (or has failed and been reported); never rejects. */
  get written(): Promise<void> {
    return this.writing;
  }

  /** Looks at the file again, without waiting for the watcher. */
  refresh(): void {
    void this.check();
  }

  /** Reads the file and, when another window changed it, takes and announces what it holds. */
  private async check(): Promise<void> {
    if (this.pendingWrites > 0 || this.isDisposed) {
      return;
    }
    const saves = this.saves;
    const found = await this.read();
    if (saves !== this.saves) {
      return; // read before a save of this window's, which looks at the file again once written
    }
    if (found === 'unreadable') {
      // Replaced with the warm-up this window shows, so every window goes on with it; with none, nothing is written.
      if (this.session) {
        this.save(this.session);
      }
    } else if (found !== undefined && JSON.stringify(found.session) !== this.seen) {
      this.take(found);
      this.changeEmitter.fire(this.session);
    }
  }

  private take(found: SharedSessionFile): void {
    this.seen = JSON.stringify(found.session);
    this.session = found.session === null ? undefined : fromStored(found.session);
  }

  /** The file's content; undefined when there is none. Unreadable or foreign content is reported (told once). */
  private async read(): Promise<SharedSessionFile | undefined | 'unreadable'> {
    const found = await this.folder.read(FILE);
    if (found !== 'corrupt' && found.value === undefined) {
      return undefined;
    }
    const value = found === 'corrupt' ? undefined : (found.value as Partial<SharedSessionFile> | undefined);
    if (value && typeof value === 'object' && typeof value.by === 'string' && (value.session === null || fromStored(value.session))) {
      return value as SharedSessionFile;
    }
    this.failures.report(unreadableMessage(), new Error(`${FILE} holds ${found === 'corrupt' ? 'no JSON' : 'no warm-up this version reads'}`));
    return 'unreadable';
  }
}

function unsavedMessage(): string {
  return vscode.l10n.t("The warm-up could not be saved in VS Code's storage, so a reload may lose it. It keeps running in this window.");
}

function unreadableMessage(): string {
  return vscode.l10n.t('The stored warm-up could not be read. A window that shows one writes it again; otherwise start a new one when you are ready.');
}
