import * as assert from 'node:assert/strict';
import { api, remaining, run, until, useCleanWarmup } from './support';

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
    await run('warmup.start');
    const first = remaining(warmup);
    await until('two seconds to pass', () => first - remaining(warmup) >= 2_000, 5_000);
    assert.equal(warmup.session()?.status, 'running');
    assert.equal(warmup.debug.pendingTimers(), 1);
  });

  it('leaves no timers or listeners behind after stop or a reactivation', async () => {
    const warmup = await api();
    const idleListeners = warmup.debug.listeners();
    assert.equal(warmup.debug.pendingTimers(), 0);
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
