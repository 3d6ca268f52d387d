import * as assert from 'node:assert/strict';
import { Disposable, DisposableSlot, DisposableStore } from '../../src/host/base/dispose';

/** A disposable that writes its name into `log` each time it is disposed. */
function tracked(log: string[], name: string) {
  return { dispose: () => log.push(name) };
}

class Owner extends Disposable {
  own<T extends { dispose(): unknown }>(value: T): T {
    return this._register(value);
  }
  get isDone(): boolean {
    return this.isDisposed;
  }
}

describe('Disposable base', () => {
  it('disposes what it owns once, the last registered first', () => {
    const log: string[] = [];
    const owner = new Owner();
    owner.own(tracked(log, 'a'));
    owner.own(tracked(log, 'b'));
    owner.dispose();
    owner.dispose();
    assert.deepEqual(log, ['b', 'a']);
    assert.equal(owner.isDone, true);
  });

  it('disposes at once what is registered after it was disposed', () => {
    const log: string[] = [];
    const store = new DisposableStore();
    store.dispose();
    store.add(tracked(log, 'late'));
    assert.deepEqual(log, ['late']);
  });
});

describe('DisposableSlot', () => {
  it('disposes the old value when a new one is set, and the last one with the slot', () => {
    const log: string[] = [];
    const slot = new DisposableSlot();
    slot.value = tracked(log, 'first');
    slot.value = tracked(log, 'second');
    assert.deepEqual(log, ['first']);
    slot.dispose();
    assert.deepEqual(log, ['first', 'second']);
    assert.equal(slot.value, undefined);
  });

  it('setting the same value again keeps it', () => {
    const log: string[] = [];
    const slot = new DisposableSlot();
    const value = tracked(log, 'same');
    slot.value = value;
    slot.value = value;
    assert.deepEqual(log, []);
    assert.equal(slot.value, value);
  });

  it('release empties the slot without disposing the value (a timer that fired)', () => {
    const log: string[] = [];
    const slot = new DisposableSlot();
    slot.value = tracked(log, 'fired');
    slot.release();
    slot.clear();
    assert.deepEqual(log, []);
    assert.equal(slot.value, undefined);
  });

  it('a value set after the slot was disposed is disposed at once', () => {
    const log: string[] = [];
    const slot = new DisposableSlot();
    slot.dispose();
    slot.value = tracked(log, 'late');
    assert.deepEqual(log, ['late']);
    assert.equal(slot.value, undefined);
  });
});
