import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { HistoryEntry } from '../../src/core/coaching/history';
import { startSession } from '../../src/core/warmup/session';
import { Failures } from '../../src/host/base/failures';
import { HistoryStore } from '../../src/host/coaching/historyStore';
import { SharedSession } from '../../src/host/warmup/sharedSession';
import { SharedFolder } from '../../src/host/windows/sharedFolder';
import { tempFolderUri } from './support';

/** The shared folder on a full disk: nothing can be written until `failing` is off. */
class FullFolder extends SharedFolder {
  failing = true;
  override write(name: string, value: unknown): Promise<void> {
    return this.failing ? Promise.reject(new Error('ENOSPC: no space left on device')) : super.write(name, value);
  }
}

/** VS Code's global state on a full disk: the value is kept in memory, writing it out fails until `failing` is off. */
class FullDisk {
  failing = true;
  readonly written: unknown[] = [];
  private readonly values = new Map<string, unknown>();
  keys = () => [...this.values.keys()];
  get = <T>(key: string): T | undefined => this.values.get(key) as T | undefined;
  setKeysForSync(): void {}
  update(key: string, value: unknown): Thenable<void> {
    this.values.set(key, value);
    if (this.failing) {
      return Promise.reject(new Error('SQLITE_FULL: database or disk is full'));
    }
    this.written.push(value);
    return Promise.resolve();
  }
}

const entry = (startedAt: number): HistoryEntry => ({ startedAt, routine: 'coach', stepsDone: 6, stepsTotal: 6, outcome: 'finished' });

describe('storage failures', () => {
  const told: string[] = [];
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  let log: vscode.LogOutputChannel;
  let failures: Failures;

  beforeEach(() => {
    told.length = 0;
    unhandled.length = 0;
    process.on('unhandledRejection', onUnhandled);
    log = vscode.window.createOutputChannel('Warm-Up storage failure test', { log: true });
    failures = new Failures(log, (message) => told.push(message));
  });
  afterEach(() => {
    process.off('unhandledRejection', onUnhandled);
    log.dispose();
  });

  it('a history that cannot be written is kept, told once, and saved whole with the next write', async () => {
    const disk = new FullDisk();
    const uri = tempFolderUri();
    const folder = new FullFolder(uri);
    const clock = { now: () => 5_000 };
    const history = new HistoryStore({ memento: disk, folder, failures, clock });
    await history.record(entry(1_000));
    await history.setLegs(1_000, 'heavy');
    await history.record(entry(2_000));
    assert.equal(told.length, 1, `told once, not per write: ${told.join(' | ')}`);
    assert.match(told[0], /history could not be saved/);
    assert.deepEqual(history.all().map((e) => e.startedAt), [1_000, 2_000], 'nothing lost while VS Code runs');
    disk.failing = false;
    folder.failing = false;
    await history.record(entry(3_000));
    history.dispose();
    // As the next window (or VS Code after a restart) reads it: every entry, the legs answer included.
    const reread = new HistoryStore({ memento: disk, folder: new SharedFolder(uri), failures, clock });
    await reread.ready;
    assert.deepEqual(reread.all(), [{ ...entry(1_000), legs: 'heavy' }, entry(2_000), entry(3_000)]);
    await new Promise((resolve) => setTimeout(resolve, 50));
    assert.deepEqual(unhandled, []);
    reread.dispose();
  });

  it('a warm-up that cannot be stored keeps running, and the runner is told once', async () => {
    const folder = new FullFolder(tempFolderUri());
    const store = new SharedSession(folder, new FullDisk(), failures);
    const session = startSession([{ id: 'walk', durationMs: 60_000 }], Date.now());
    store.save(session);
    store.save(undefined);
    store.save(session);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(told.length, 1);
    assert.match(told[0], /warm-up could not be saved/);
    assert.deepEqual(store.current, session, 'this window keeps it');
    assert.deepEqual(unhandled, []);
    store.dispose();
    folder.dispose();
  });
});
