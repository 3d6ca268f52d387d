import * as vscode from 'vscode';
import { LegsFeel } from '../../core/coaching/legs';
import { HISTORY_CAP, HistoryEntry, latestStarted, parseHistory } from '../../core/coaching/history';
import { mergeRecords, readStored, StoredRecord, toStoredList, toStoredOne } from '../../core/coaching/historyRecords';
import { Clock } from '../../core/warmup/clock';
import { Disposable } from '../base/dispose';
import { TrackedEmitter } from '../base/emitter';
import { Failures } from '../base/failures';
import { newWindowId, SharedFolder } from '../windows/sharedFolder';

/** The key v0.2 kept the whole history in: still read and synced, never written, so older versions keep working. */
const LEGACY_KEY = 'warmup.history';
/** Each machine's own synced key is this plus its id; Settings Sync adds the other machines' keys. */
const MACHINE_KEY_PREFIX = 'warmup.history.';
/** This machine's id (never synced). */
const MACHINE_ID_KEY = 'warmup.machine';
const FOLDER = 'history';

export type SyncedMemento = vscode.Memento & { setKeysForSync(keys: readonly string[]): void };

export interface HistoryStoreDeps {
  readonly memento: SyncedMemento;
  readonly folder: SharedFolder;
  readonly failures: Failures;
  readonly clock: Clock;
}

/**
 * Every warm-up that started. Each warm-up is one file in the folder this machine's windows share, so two windows
 * writing at once never lose each other's entry; this machine's records are also kept in one synced key of its own,
 * so Settings Sync brings every machine's warm-ups together without one machine's replacing another's. Reading merges
 * the files, every machine's key and the v0.2 key.
 */
export class HistoryStore extends Disposable {
  private readonly changeEmitter = this._register(new TrackedEmitter<void>());
  readonly onDidChange = this.changeEmitter.event;
  private readonly recordEmitter = this._register(new TrackedEmitter<HistoryEntry>());
  /** Fires in the window that recorded a warm-up, once it is recorded. */
  readonly onDidRecord = this.recordEmitter.event;
  /** This machine's records, by file name (a warm-up's record and its answers, each a file), as read from its files. */
  private readonly files = new Map<string, StoredRecord>();
  /** Resolves once this machine's files have been read. */
  readonly ready: Promise<void>;

  constructor(private readonly deps: HistoryStoreDeps) {
    super();
    this.syncKeys();
    this._register(deps.folder.onDidChange((path) => path.startsWith(`${FOLDER}/`) && void this.reload(path)));
    this.ready = this.loadFiles();
  }

  all(): HistoryEntry[] {
    return parseHistory(this.records());
  }

  /** The most recent warm-up that has started by `now`, if any. */
  latest(now: number): HistoryEntry | undefined {
    return latestStarted(this.all(), now);
  }

  /** The warm-up that started at `startedAt`, if it is recorded. */
  find(startedAt: number): HistoryEntry | undefined {
    return this.all().find((entry) => entry.startedAt === startedAt);
  }

  /** Records a warm-up that ended, unless it already is (another window recorded it). Never rejects. */
  async record(entry: HistoryEntry): Promise<void> {
    await this.ready;
    if (!this.find(entry.startedAt)) {
      await this.write(`${entry.startedAt}.json`, { ...entry, updatedAt: this.deps.clock.now() });
      this.recordEmitter.fire(entry);
    }
  }

  /**
   * Saves a legs answer with the warm-up that started at `startedAt`. It has a file of its own, so it is kept even when
   * it comes before the warm-up's record lands (the record is written by whichever window claimed the finish). Never
   * rejects.
   */
  async setLegs(startedAt: number, legs: LegsFeel): Promise<void> {
    await this.ready;
    await this.write(`${startedAt}.legs.json`, { startedAt, legs, updatedAt: this.deps.clock.now() });
  }

  /** Saves how the first minutes of the run felt, with the warm-up before it (a file of its own too). Never rejects. */
  async setRunLegs(startedAt: number, runLegs: LegsFeel): Promise<void> {
    await this.ready;
    await this.write(`${startedAt}.run.json`, { startedAt, runLegs, updatedAt: this.deps.clock.now() });
  }

  /** Every record from every source, merged; unknown fields and formats included. */
  private records(): StoredRecord[] {
    const { memento } = this.deps;
    const keys = [LEGACY_KEY, ...this.machineKeys()];
    return mergeRecords([...this.files.values()], ...keys.map((key) => readStored(memento.get<unknown>(key)).records));
  }

  /** Writes one file, then this machine's synced key. A failure is reported once; the entry is kept meanwhile. */
  private async write(name: string, record: StoredRecord): Promise<void> {
    this.files.set(name, record);
    try {
      await this.deps.folder.write(`${FOLDER}/${name}`, toStoredOne(record));
      await this.trim();
      await this.exportMachineKey();
    } catch (error) {
      this.deps.failures.report(unsavedMessage(), error);
    }
    this.changeEmitter.fire();
  }

  private async loadFiles(): Promise<void> {
    await this.deps.folder.prepare(FOLDER);
    const names = await this.deps.folder.list(FOLDER);
    await Promise.all(names.map((name) => this.readFile(`${FOLDER}/${name}`)));
    if (names.length > 0) {
      this.changeEmitter.fire();
    }
  }

  private async reload(path: string): Promise<void> {
    await this.readFile(path);
    this.changeEmitter.fire();
  }

  /**
   * Reads one file into the cache; a file gone or unreadable leaves nothing of it (what it held may still be in a key).
   * A read that comes back after a newer save of the same file (the watcher's read of an earlier write) is ignored:
   * otherwise the older record would stand in the cache, and the next save would write it into the synced key.
   */
  private async readFile(path: string): Promise<void> {
    const name = path.slice(FOLDER.length + 1);
    const startedAt = Number(/^\d+/.exec(name)?.[0]);
    const found = await this.deps.folder.read(path);
    if (found === 'corrupt') {
      this.deps.failures.report(unreadableMessage(), new Error(`${path} holds no JSON`));
    }
    const record = found === 'corrupt' ? undefined : readStored(found.value).records.find((r) => r.startedAt === startedAt);
    const known = this.files.get(name);
    if (record && known && (record.updatedAt ?? 0) < (known.updatedAt ?? 0)) {
      return;
    }
    if (record) {
      this.files.set(name, record);
    } else {
      this.files.delete(name);
    }
  }

  /** Keeps the files of the newest HISTORY_CAP warm-ups. */
  private async trim(): Promise<void> {
    const starts = [...new Set([...this.files.values()].map((record) => record.startedAt))].sort((a, b) => a - b);
    const kept = new Set(starts.slice(Math.max(0, starts.length - HISTORY_CAP)));
    for (const [name, record] of [...this.files]) {
      if (!kept.has(record.startedAt)) {
        this.files.delete(name);
        await this.deps.folder.delete(`${FOLDER}/${name}`);
      }
    }
  }

  /** This machine's records in its own synced key (only ever written here), unless a newer version wrote that key. */
  private async exportMachineKey(): Promise<void> {
    const { memento } = this.deps;
    const key = MACHINE_KEY_PREFIX + this.machineId();
    if (!readStored(memento.get<unknown>(key)).writable) {
      return;
    }
    // The files are already trimmed to the newest HISTORY_CAP warm-ups.
    await memento.update(key, toStoredList(mergeRecords([...this.files.values()])));
    this.syncKeys();
  }

  private machineId(): string {
    const { memento } = this.deps;
    const known = memento.get<unknown>(MACHINE_ID_KEY);
    if (typeof known === 'string' && /^[0-9a-f]{16}$/.test(known)) {
      return known;
    }
    const id = newWindowId();
    void Promise.resolve(memento.update(MACHINE_ID_KEY, id)).catch(() => undefined);
    return id;
  }

  /** Every machine's history key found in the global state: this one's and those Settings Sync brought. */
  private machineKeys(): string[] {
    return this.deps.memento.keys().filter((key) => key.startsWith(MACHINE_KEY_PREFIX));
  }

  /** Syncs the v0.2 key and every machine's key. */
  private syncKeys(): void {
    this.deps.memento.setKeysForSync([LEGACY_KEY, ...this.machineKeys()]);
  }
}

function unsavedMessage(): string {
  return vscode.l10n.t("Your warm-up history could not be saved in VS Code's storage. It is kept while VS Code runs and saved again with the next warm-up.");
}

function unreadableMessage(): string {
  return vscode.l10n.t('A stored warm-up could not be read, so the history leaves it out. Everything else in it is kept.');
}
