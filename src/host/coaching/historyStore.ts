import * as vscode from 'vscode';
import { addEntry, HistoryEntry, LegsFeel, parseHistory, setLegs } from '../core/history';
import { TrackedEmitter } from './emitter';

const KEY = 'warmup.history';

/** Every warm-up that started, kept in `globalState` and synced across machines with Settings Sync. */
export class HistoryStore implements vscode.Disposable {
  private readonly changeEmitter = new TrackedEmitter<void>();
  readonly onDidChange = this.changeEmitter.event;

  constructor(private readonly memento: vscode.Memento & { setKeysForSync(keys: readonly string[]): void }) {
    memento.setKeysForSync([KEY]);
  }

  all(): HistoryEntry[] {
    return parseHistory(this.memento.get<unknown>(KEY));
  }

  /** The most recent warm-up, if any. */
  latest(): HistoryEntry | undefined {
    return this.all().at(-1);
  }

  async record(entry: HistoryEntry): Promise<void> {
    await this.memento.update(KEY, addEntry(this.all(), entry));
    this.changeEmitter.fire();
  }

  async setLegs(startedAt: number, legs: LegsFeel): Promise<void> {
    await this.memento.update(KEY, setLegs(this.all(), startedAt, legs));
    this.changeEmitter.fire();
  }

  dispose(): void {
    this.changeEmitter.dispose();
  }
}
