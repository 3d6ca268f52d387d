import * as vscode from 'vscode';
import { LegsFeel } from '../../core/coaching/legs';
import { addEntry, HistoryEntry, latestStarted, parseHistory, setLegs } from '../../core/coaching/history';
import { Disposable } from '../base/dispose';
import { TrackedEmitter } from '../base/emitter';
import { Failures } from '../base/failures';

const KEY = 'warmup.history';

/** Every warm-up that started, kept in `globalState` and synced across machines with Settings Sync. */
export class HistoryStore extends Disposable {
  private readonly changeEmitter = this._register(new TrackedEmitter<void>());
  readonly onDidChange = this.changeEmitter.event;

  constructor(
    private readonly memento: vscode.Memento & { setKeysForSync(keys: readonly string[]): void },
    private readonly failures: Failures,
  ) {
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

  /** Records a warm-up that ended. Resolves once stored; never rejects (a failed write is reported). */
  record(entry: HistoryEntry): Promise<void> {
    return this.write(addEntry(this.all(), entry));
  }

  /** Saves a legs answer with the warm-up that started at `startedAt`. Never rejects. */
  setLegs(startedAt: number, legs: LegsFeel): Promise<void> {
    return this.write(setLegs(this.all(), startedAt, legs));
  }

  /**
   * Writes the whole history. VS Code's storage keeps the new value in memory even when writing it to disk fails,
   * and every write stores the whole list again, so an entry that could not be saved is kept while VS Code runs and
   * saved with the next write.
   */
  private async write(history: readonly HistoryEntry[]): Promise<void> {
    try {
      await this.memento.update(KEY, history);
    } catch (error) {
      this.failures.report(unsavedMessage(), error);
    }
    this.changeEmitter.fire();
  }
}

function unsavedMessage(): string {
  return vscode.l10n.t("Your warm-up history could not be saved in VS Code's storage. It is kept while VS Code runs and saved again with the next warm-up.");
}
