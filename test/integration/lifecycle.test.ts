import * as assert from 'node:assert/strict';
import { api, remaining, run, setSettings, sharedStartedAt, until, useCleanWarmup } from './support';

describe('lifecycle', () => {
  useCleanWarmup();

  it('a running warm-up survives deactivate/activate with the same end time', async () => {
    const warmup = await api();
    await run('warmup.start');
    await run('warmup.skip');
    const before = warmup.session();
    warmup.debug.reactivate();
    assert.deepEqual(warmup.session(), before);
    assert.equal(warmup.debug.pendingTimers(), 1, 'the restored warm-up ticks');
  });

  it('a warm-up left days ago is recorded as stopped where it was seen, not finished', async () => {
    const warmup = await api();
    await run('warmup.start');
    const started = warmup.session();
    assert.ok(started?.status === 'running');
    const daysAgo = warmup.now() - 3 * 24 * 60 * 60_000;
    const shift = started.startedAt - daysAgo;
    await sharedStartedAt(warmup, started.startedAt);
    // As VS Code left it when it closed 30 s into the walk, three days ago.
    await warmup.debug.writeShared('session.json', { by: 'closed-window', session: { format: 1, session: { ...started, startedAt: daysAgo, stepEndsAt: started.stepEndsAt - shift } } });
    await until('the stored warm-up is read', () => warmup.session() === undefined);
    warmup.debug.reactivate();
    assert.equal(warmup.session(), undefined, 'no "Warm-up done: go run!" days later');
    const entry = await until('the abandoned warm-up is recorded', () => warmup.history().find((e) => e.startedAt === daysAgo));
    assert.deepEqual(entry, { startedAt: daysAgo, routine: 'coach', stepsDone: 0, stepsTotal: 6, outcome: 'stopped', walkWhole: false });
  });

  it('a paused warm-up survives deactivate/activate with its frozen time', async () => {
    const warmup = await api();
    await run('warmup.start');
    await run('warmup.pause');
    const left = remaining(warmup);
    warmup.debug.reactivate();
    assert.equal(warmup.session()?.status, 'paused');
    assert.equal(remaining(warmup), left);
    assert.equal(warmup.debug.pendingTimers(), 0, 'nothing ticks while paused');
  });

  it('the countdown ticks once a second, driven by the host', async () => {
    const warmup = await api();
    await setSettings({ customRoutines: [{ name: 'Ticks', steps: [{ drill: 'walk', seconds: 5 }] }] });
    // Only the host's own wake-ups move the warm-up on: the test merely listens and reads the status bar's text.
    const cues: { kind: string; at: number }[] = [];
    const shown: (string | undefined)[] = [];
    const subscription = warmup.debug.onCue((kind) => cues.push({ kind, at: Date.now() }));
    const look = () => {
      const text = warmup.debug.countdownText();
      if (text !== shown.at(-1)) shown.push(text);
    };
    const watch = setInterval(look, 20);
    try {
      await run('warmup.startRoutine', 'Ticks');
      await until('the 5 s step to finish', () => cues.some((cue) => cue.kind === 'finish'), 8_000).catch(() => undefined);
      look();
    } finally {
      clearInterval(watch);
      subscription.dispose();
    }
    assert.deepEqual(cues.map((cue) => cue.kind), ['change', 'countdown', 'countdown', 'countdown', 'finish']);
    const gaps = cues.slice(1).map((cue, i) => cue.at - cues[i].at);
    assert.ok(gaps[0] > 1_700 && gaps[0] < 2_400, `the first beep comes at 0:03, 2 s in; came after ${gaps[0]} ms`);
    for (const gap of gaps.slice(1)) {
      assert.ok(gap > 700 && gap < 1_400, `beeps at 0:03, 0:02, 0:01 and the finish come a second apart: ${gaps.join(', ')} ms`);
    }
    const clocks = shown.map((text) => text && /\d+:\d\d$/.exec(text)?.[0]);
    assert.deepEqual(clocks, ['0:05', '0:04', '0:03', '0:02', '0:01', undefined], `the status bar showed ${JSON.stringify(shown)}`);
  });

  it('leaves no timers or listeners behind after stop or a reactivation', async () => {
    const warmup = await api();
    // A warm-up that just ended may still be settling which window reports it (a claim waits under half a second).
    await until('no timers once idle', () => warmup.debug.pendingTimers() === 0, 2_000);
    const idleListeners = warmup.debug.listeners();
    await run('warmup.start');
    assert.equal(warmup.debug.pendingTimers(), 1);
    await run('warmup.pause');
    assert.equal(warmup.debug.pendingTimers(), 0);
    await run('warmup.resume');
    await run('warmup.stop');
    assert.equal(warmup.debug.pendingTimers(), 0);
    assert.equal(warmup.debug.listeners(), idleListeners);
    warmup.debug.reactivate();
    warmup.debug.reactivate();
    assert.equal(warmup.debug.listeners(), idleListeners, 'a reactivation disposes every listener it had');
    assert.ok(idleListeners > 0, 'the views listen to the controller');
  });
});
