import * as vscode from 'vscode';
import { LegsFeel } from '../../core/coaching/legs';
import { addEntry, HistoryEntry, latestStarted, parseHistory, setLegs } from '../../core/coaching/history';
import { Disposable } from '../base/dispose';
import { TrackedEmitter } from '../base/emitter';

const KEY = 'warmup.history';

/** Every warm-up that started, kept in `globalState` and synced across machines with Settings Sync. */
export class HistoryStore extends Disposable {
  private readonly changeEmitter = this._register(new TrackedEmitter<void>());
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly memento: vscode.Memento & { setKeysForSync(keys: readonly string[]): void }) {
    super();
    memento.setKeysForSync([KEY]);
  }

  all(): HistoryEntry[] {
    return parseHistory(this.memento.get<unknown>(KEY));
  }

  /** The most recent warm-up that has started by `now`, if any. */
  latest(now: number): HistoryEntry | undefined {
    return latestStarted(this.all(), now);
  }

  /** The warm-up that started at `startedAt`, if it is recorded. */
  find(startedAt: number): HistoryEntry | undefined {
    return this.all().find((entry) => entry.startedAt === startedAt);
  }

  async record(entry: HistoryEntry): Promise<void> {
    await this.memento.update(KEY, addEntry(this.all(), entry));
    this.changeEmitter.fire();
  }

  async setLegs(startedAt: number, legs: LegsFeel): Promise<void> {
    await this.memento.update(KEY, setLegs(this.all(), startedAt, legs));
    this.changeEmitter.fire();
  }
}
