import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { HistoryEntry } from '../../src/core/coaching/history';
import { systemClock } from '../../src/core/warmup/clock';
import { toStored } from '../../src/core/warmup/persist';
import { pause, startSession } from '../../src/core/warmup/session';
import { Step } from '../../src/core/routines/drills';
import { Failures } from '../../src/host/base/failures';
import { Timers } from '../../src/host/base/timers';
import { AfterRunQuestion } from '../../src/host/checkIn/afterRun';
import { HistoryStore } from '../../src/host/coaching/historyStore';
import { WarmupController, WarmupEnd } from '../../src/host/warmup/controller';
import { EndsOnce } from '../../src/host/warmup/endsOnce';
import { SharedSession } from '../../src/host/warmup/sharedSession';
import { Claims } from '../../src/host/windows/claims';
import { SharedFolder } from '../../src/host/windows/sharedFolder';
import { tempFolderUri, until } from './support';

/** How long a change may take to reach another window here: generous, for a loaded machine (bench:vscode times it). */
const REACHES_MS = 10_000;

// Several windows of one user, as separate copies of the warm-up's parts over one shared folder and one global state
// (what VS Code gives each window's extension host). Each "window" has its own file watcher, timers and id.

/** VS Code's global state as every window of one machine sees it (kept in memory here). */
class GlobalState {
  readonly values = new Map<string, unknown>();
  synced: readonly string[] = [];
  keys = () => [...this.values.keys()];
  get = <T>(key: string): T | undefined => this.values.get(key) as T | undefined;
  setKeysForSync(keys: readonly string[]): void {
    this.synced = keys;
  }
  update(key: string, value: unknown): Thenable<void> {
    if (value === undefined) {
      this.values.delete(key);
    } else {
      this.values.set(key, JSON.parse(JSON.stringify(value)));
    }
    return Promise.resolve();
  }
}

/** A shared folder whose next read of a file that `late` picks comes back a second late (a busy disk). */
class LateRead extends SharedFolder {
  late: ((name: string) => boolean) | undefined;
  lateReads = 0;
  override async read(name: string): ReturnType<SharedFolder['read']> {
    const found = await super.read(name);
    if (this.late?.(name)) {
      this.late = undefined;
      this.lateReads += 1;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    return found;
  }
}

const STEPS: Step[] = [
  { id: 'walk', durationMs: 60_000 },
  { id: 'highKnees', durationMs: 30_000 },
];

const entry = (startedAt: number, routine = 'coach'): HistoryEntry => ({ startedAt, routine, stepsDone: 2, stepsTotal: 2, outcome: 'finished' });

describe('several windows sharing one warm-up', () => {
  const disposables: vscode.Disposable[] = [];
  let log: vscode.LogOutputChannel;
  let failures: Failures;
  afterEach(() => disposables.splice(0).reverse().forEach((d) => d.dispose()));
  before(() => {
    log = vscode.window.createOutputChannel('Warm-Up windows test', { log: true });
    failures = new Failures(log, () => undefined);
  });
  after(() => log.dispose());

  /** One window's warm-up: its own folder watcher, stored-session reader, timers and controller. */
  async function openWindow(uri: vscode.Uri, memento = new GlobalState()) {
    const folder = new SharedFolder(uri);
    const session = new SharedSession(folder, memento, failures);
    await session.load();
    const timers = new Timers();
    const controller = new WarmupController(systemClock, session, timers);
    const claims = new Claims(folder, systemClock, timers);
    const ends: WarmupEnd[] = [];
    const owned = new EndsOnce(controller, claims, () => false);
    owned.onDidEnd((end) => ends.push(end));
    controller.resumeRestored();
    disposables.push(folder, session, timers, controller, owned);
    return { folder, session, controller, claims, ends };
  }

  // How soon is measured by bench:vscode in real windows; here only that it arrives, with room for a loaded machine.
  it('a start in one window is seen in the others, and so is every change', async () => {
    const uri = tempFolderUri();
    const [a, b, c] = [await openWindow(uri), await openWindow(uri), await openWindow(uri)];
    a.controller.start(STEPS, 'coach');
    const startedAt = a.controller.current?.startedAt;
    await until('B and C to show it', () => b.controller.current?.startedAt === startedAt && c.controller.current?.startedAt === startedAt, REACHES_MS);
    b.controller.pause();
    await until('A and C to pause', () => a.controller.current?.status === 'paused' && c.controller.current?.status === 'paused', REACHES_MS);
    assert.deepEqual(a.controller.current, b.controller.current, 'one clock: the same frozen time everywhere');
    c.controller.resume();
    c.controller.skip();
    await until('A and B on step 2', () => a.controller.current?.index === 1 && b.controller.current?.index === 1, REACHES_MS);
    assert.equal(a.controller.current?.status, 'running');
    assert.deepEqual(a.controller.current, c.controller.current);
  });

  it("a read that comes back late never takes back this window's newer change", async () => {
    // A look at the file (the watcher's, or the once-a-second one) comes back only after the runner paused here.
    const folder = new LateRead(tempFolderUri());
    const session = new SharedSession(folder, new GlobalState(), failures);
    disposables.push(folder, session);
    await session.load();
    const running = startSession(STEPS, Date.now(), 'coach');
    session.save(running);
    await new Promise((resolve) => setTimeout(resolve, 500));
    folder.late = (name) => name === 'session.json';
    session.refresh();
    await until('the late read to begin', () => folder.lateReads > 0, REACHES_MS);
    const announced: unknown[] = [];
    disposables.push(session.onDidChange((changed) => announced.push(changed)));
    session.save(pause(running, Date.now()));
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    assert.equal(session.current?.status, 'paused', 'the pause made here stands');
    assert.deepEqual(announced, [], 'nothing is announced as if another window had changed it');
  });

  it('a stop in one window stays stopped: no other window writes the warm-up back or records it again', async () => {
    const uri = tempFolderUri();
    const [a, b] = [await openWindow(uri), await openWindow(uri)];
    a.controller.start(STEPS, 'coach');
    await until('B to show it', () => b.controller.current !== undefined, REACHES_MS);
    b.controller.stop();
    await until('A to stop', () => a.controller.current === undefined, REACHES_MS);
    // Two more displayed seconds, in which a window that still counted would have written it back.
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    assert.equal(a.controller.current, undefined);
    assert.deepEqual(await a.folder.read('session.json'), { value: { session: null, by: b.folder.windowId } });
    assert.deepEqual([...a.ends, ...b.ends].map((end) => `${end.outcome} by ${end.byClock ? 'clock' : 'runner'}`), ['stopped by runner']);
    assert.equal(b.ends.length, 1, 'the window where it was stopped records it');
  });

  it('a warm-up the clock ends is reported by exactly one window', async () => {
    const uri = tempFolderUri();
    const windows = [await openWindow(uri), await openWindow(uri), await openWindow(uri)];
    windows[0].controller.start([{ id: 'walk', durationMs: 1_500 }], 'coach');
    await until('all three to show it', () => windows.every((w) => w.controller.current?.status === 'running'), REACHES_MS);
    await until('all three to finish', () => windows.every((w) => w.controller.current?.status === 'done'), REACHES_MS);
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // every claim has settled
    const ends = windows.flatMap((w) => w.ends);
    assert.deepEqual(ends.map((end) => end.outcome), ['finished']);
  });

  it('a window that opens while a warm-up runs shows it at once; closing the one that started it changes nothing', async () => {
    const uri = tempFolderUri();
    const a = await openWindow(uri);
    a.controller.start(STEPS, 'coach');
    a.controller.skip();
    const shared = async () => JSON.stringify(await a.folder.read('session.json')).includes('"index":1');
    for (let tries = 0; !(await shared()) && tries < 50; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const late = await openWindow(uri);
    assert.deepEqual(late.controller.current, a.controller.current);
    disposables.splice(0, 5).forEach((d) => d.dispose()); // window A closes
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    assert.equal(late.controller.current?.status, 'running');
    assert.equal(late.controller.current?.index, 1);
  });

  it('a corrupt or foreign shared file is told once per window and replaced with the warm-up the windows show', async () => {
    const uri = tempFolderUri();
    const told: string[] = [];
    failures = new Failures(log, (message) => told.push(message));
    const [a, b] = [await openWindow(uri), await openWindow(uri)];
    a.controller.start(STEPS, 'coach');
    await until('B to show it', () => b.controller.current !== undefined, REACHES_MS);
    const shown = a.controller.current;
    const file = vscode.Uri.joinPath(uri, 'session.json');
    for (const text of ['{"by":"x","sess', '{"by":"v9","session":{"format":9}}']) {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
      const deadline = Date.now() + 2_000;
      while (!JSON.stringify(await a.folder.read('session.json')).includes(String(shown?.startedAt)) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      assert.deepEqual([a.controller.current, b.controller.current], [shown, shown], 'both windows go on with it');
    }
    const restored = await a.folder.read('session.json');
    assert.ok(restored !== 'corrupt' && JSON.stringify(restored.value).includes(`"startedAt":${shown?.startedAt}`), JSON.stringify(restored));
    assert.equal(told.length, 1, `told once (these windows share one Failures): ${told.join(' | ')}`);
    const late = await openWindow(uri);
    assert.deepEqual(late.controller.current, shown, 'a window opened after reads it');
    failures = new Failures(log, () => undefined);
  });

  it("moves a v0.2 warm-up from globalState to the shared file, where every window sees it", async () => {
    const uri = tempFolderUri();
    const memento = new GlobalState();
    const stored = toStored(startSession(STEPS, Date.now() - 5_000, 'coach'));
    memento.values.set('warmup.session', JSON.parse(JSON.stringify(stored)));
    const a = await openWindow(uri, memento);
    assert.equal(a.controller.current?.startedAt, stored.session.startedAt);
    assert.equal(memento.values.get('warmup.session'), undefined, 'moved, not copied');
    const b = await openWindow(uri, new GlobalState());
    await until('B to read it from the shared file', () => b.controller.current?.startedAt === stored.session.startedAt, REACHES_MS);
  });

  it('claims: of windows claiming the same thing at once exactly one wins, and a later one finds it taken', async () => {
    const uri = tempFolderUri();
    const windows = [await openWindow(uri), await openWindow(uri), await openWindow(uri)];
    const won = await Promise.all(windows.map((w) => w.claims.claim('reminder', '1000')));
    assert.equal(won.filter(Boolean).length, 1, JSON.stringify(won));
    const late = await openWindow(uri);
    assert.equal(await late.claims.claim('reminder', '1000'), false, 'a window that comes later finds it taken');
    const next = await Promise.all(windows.map((w) => w.claims.claim('reminder', '2000')));
    assert.equal(next.filter(Boolean).length, 1, 'the next reminder is claimed afresh');
  });

  it('claims: a window whose host stalls between reading and writing its claim still does not win a second time', async () => {
    const uri = tempFolderUri();
    const quickFolder = new SharedFolder(uri);
    const timers = new Timers();
    disposables.push(quickFolder, timers);
    const quick = new Claims(quickFolder, systemClock, timers);
    /** A window whose writes land 1.5 s late, as on a loaded machine: it read "no claim yet" long before. */
    class StalledFolder extends SharedFolder {
      override async write(name: string, value: unknown): Promise<void> {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        return super.write(name, value);
      }
      override async create(name: string, value: unknown): Promise<boolean> {
        await new Promise((resolve) => setTimeout(resolve, 1_500));
        return super.create(name, value);
      }
    }
    const stalledFolder = new StalledFolder(uri);
    disposables.push(stalledFolder);
    const stalled = new Claims(stalledFolder, systemClock, timers);
    const won = await Promise.all([stalled.claim('reminder', '3000'), quick.claim('reminder', '3000')]);
    assert.deepEqual(won, [false, true], 'only the window that claimed first shows the reminder');
  });

  describe('history', () => {
    function openHistory(uri: vscode.Uri, memento: GlobalState) {
      const folder = new SharedFolder(uri);
      const history = new HistoryStore({ memento, folder, failures, clock: systemClock });
      disposables.push(folder, history);
      return history;
    }

    /** Two windows of one machine, the first having recorded a warm-up (started at 1000) that the second has seen. */
    async function recordedInTwoWindows() {
      const uri = tempFolderUri();
      const memento = new GlobalState();
      const [a, b] = [openHistory(uri, memento), openHistory(uri, memento)];
      await a.record(entry(1_000));
      await until('B to see it', () => b.find(1_000) !== undefined, REACHES_MS);
      return { uri, a, b };
    }

    it('two windows recording at the same moment keep both entries, and legs answers from both', async () => {
      const uri = tempFolderUri();
      const memento = new GlobalState();
      const [a, b] = [openHistory(uri, memento), openHistory(uri, memento)];
      await Promise.all([a.record(entry(1_000)), b.record(entry(2_000)), a.record(entry(3_000)), b.record(entry(4_000))]);
      await Promise.all([a.setLegs(1_000, 'heavy'), b.setLegs(2_000, 'fresh')]);
      const expected = [{ ...entry(1_000), legs: 'heavy' }, { ...entry(2_000), legs: 'fresh' }, entry(3_000), entry(4_000)];
      await until('both windows to see all four', () => [a, b].every((h) => JSON.stringify(h.all()) === JSON.stringify(expected)), REACHES_MS);
      const reread = openHistory(uri, new GlobalState());
      await reread.ready;
      assert.deepEqual(reread.all(), expected, 'a window opened later reads them from the shared folder');
    });

    it('the after-run question is asked in one window only, once, and its answer is saved with the warm-up', async () => {
      const { uri, a, b } = await recordedInTwoWindows();
      const asked: string[] = [];
      const heavy: number[] = [];
      const question = (history: HistoryStore, window: string) => {
        const folder = new SharedFolder(uri);
        const timers = new Timers();
        disposables.push(folder, timers);
        return new AfterRunQuestion(history, new Claims(folder, systemClock, timers), (at) => heavy.push(at), (message, ...answers) => {
          asked.push(`${window}: ${message} [${answers.join('/')}]`);
          return Promise.resolve('Heavy');
        });
      };
      const [inA, inB] = [question(a, 'A'), question(b, 'B')];
      await Promise.all([inA.ask(1_000), inB.ask(1_000)]);
      assert.equal(asked.length, 1, asked.join('\n'));
      assert.match(asked[0], /How did your legs feel in the first ten minutes\? \[Fresh\/OK\/Heavy\]/);
      assert.deepEqual(heavy, [1_000], 'Heavy opens the self-check');
      await until('the answer in both windows', () => [a, b].every((h) => h.find(1_000)?.runLegs === 'heavy'), REACHES_MS);
      await Promise.all([inA.ask(1_000), inB.ask(1_000)]);
      assert.equal(asked.length, 1, 'never asked twice');
      await question(b, 'B again').ask(1_000);
      assert.equal(asked.length, 1, 'an answered warm-up is not asked about, even by a window opened later');
    });

    it('a read that comes back late never puts an older answer over a newer one', async () => {
      // The watcher's read of the first answer comes back only after the second answer was saved (a busy disk).
      const folder = new LateRead(tempFolderUri());
      folder.late = (name) => name.endsWith('.legs.json');
      const history = new HistoryStore({ memento: new GlobalState(), folder, failures, clock: systemClock });
      disposables.push(folder, history);
      await history.record(entry(1_000));
      await history.setLegs(1_000, 'heavy');
      await until('the watcher to read the first answer', () => folder.lateReads > 0, REACHES_MS);
      await history.setLegs(1_000, 'fresh');
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      assert.equal(history.find(1_000)?.legs, 'fresh');
      await history.record(entry(2_000)); // the next save writes this machine's synced key from what it knows
      assert.equal(history.find(1_000)?.legs, 'fresh', 'the newer answer is still the one kept');
      const reread = new HistoryStore({ memento: new GlobalState(), folder: new SharedFolder(folder.uri), failures, clock: systemClock });
      disposables.push(reread);
      await reread.ready;
      assert.equal(reread.find(1_000)?.legs, 'fresh', 'and the one on disk');
    });

    it('one warm-up recorded by two windows is one entry', async () => {
      const { b } = await recordedInTwoWindows();
      await b.record({ ...entry(1_000), outcome: 'stopped', stepsDone: 1 });
      assert.deepEqual(b.all(), [entry(1_000)]);
    });

    it('entries from other machines (Settings Sync) are merged, kept and synced; unknown fields and formats survive', async () => {
      const uri = tempFolderUri();
      const memento = new GlobalState();
      const newer = { startedAt: 500, routine: 'coach', stepsDone: 3, stepsTotal: 6, outcome: 'abandoned', notes: 'rain' };
      memento.values.set('warmup.history', [entry(100), { ...entry(200), durationMs: 420_000 }]);
      memento.values.set('warmup.history.aaaaaaaaaaaaaaaa', { format: 2, records: [entry(300), newer] });
      memento.values.set('warmup.history.bbbbbbbbbbbbbbbb', { format: 9, records: [entry(400)], layout: 'future' });
      const history = openHistory(uri, memento);
      await history.record(entry(1_000));
      await history.setLegs(200, 'ok');
      assert.deepEqual(history.all().map((e) => e.startedAt), [100, 200, 300, 400, 1_000], 'every machine, none twice');
      assert.deepEqual(memento.values.get('warmup.history'), [entry(100), { ...entry(200), durationMs: 420_000 }], 'the v0.2 key is never rewritten');
      assert.deepEqual(memento.values.get('warmup.history.aaaaaaaaaaaaaaaa'), { format: 2, records: [entry(300), newer] }, "another machine's key is its own");
      assert.deepEqual(memento.values.get('warmup.history.bbbbbbbbbbbbbbbb'), { format: 9, records: [entry(400)], layout: 'future' });
      const own = memento.keys().filter((key) => key.startsWith('warmup.history.') && !/[ab]{16}$/.test(key));
      assert.equal(own.length, 1, 'this machine writes one key of its own');
      const written = memento.get<{ format: number; records: Record<string, unknown>[] }>(own[0]);
      assert.equal(written?.format, 2);
      const answered = written?.records.find((r) => r.startedAt === 200);
      assert.equal(answered?.legs, 'ok', 'an answer here is synced with this machine');
      assert.equal(history.find(200)?.legs, 'ok');
      assert.deepEqual(Object.keys(written?.records.find((r) => r.startedAt === 1_000) ?? {}).sort(), ['outcome', 'routine', 'startedAt', 'stepsDone', 'stepsTotal', 'updatedAt']);
      assert.deepEqual([...memento.synced].sort(), ['warmup.history', ...memento.keys().filter((k) => k.startsWith('warmup.history.'))].sort());
    });
  });
});
