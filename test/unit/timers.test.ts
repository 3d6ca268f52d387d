import * as assert from 'node:assert/strict';
import { settledWithin } from '../../src/host/base/timers';

describe('settledWithin', () => {
  it('settles as soon as the work does, well before the limit', async () => {
    const started = Date.now();
    await settledWithin(Promise.resolve('written'), 10_000);
    assert.ok(Date.now() - started < 1_000, 'did not wait for the limit');
  });

  it('settles on a rejected work too, and never rejects itself', async () => {
    await settledWithin(Promise.reject(new Error('disk full')), 10_000);
  });

  it('settles at the limit when the work never does (a stuck disk never keeps the panel shut)', async () => {
    const started = Date.now();
    await settledWithin(new Promise(() => undefined), 50);
    assert.ok(Date.now() - started >= 45, 'waited for the limit');
  });
});
