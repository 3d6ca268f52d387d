import * as assert from 'node:assert/strict';
import { parseFromInfoWebview } from '../../src/shared/infoProtocol';
import { parseFromWebview } from '../../src/shared/panelProtocol';

describe('info panel message guard', () => {
  it('accepts ready and an action with a plain id', () => {
    assert.deepEqual(parseFromInfoWebview({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFromInfoWebview({ type: 'action', id: 'heavy' }), { type: 'action', id: 'heavy' });
  });

  it('drops anything else', () => {
    for (const raw of [
      null,
      'ready',
      [],
      { type: 'action' },
      { type: 'action', id: 42 },
      { type: 'action', id: '' },
      { type: 'action', id: '<img src=x>' },
      { type: 'action', id: 'a'.repeat(60) },
      { type: 'action', id: 'ok', extra: 1 },
      { type: 'ready', id: 'ok' },
      { type: 'command', command: 'stop' },
    ]) {
      assert.equal(parseFromInfoWebview(raw), undefined, JSON.stringify(raw));
    }
  });
});

describe('panel legs answer', () => {
  it('accepts the three answers and nothing else', () => {
    for (const legs of ['fresh', 'ok', 'heavy']) {
      assert.deepEqual(parseFromWebview({ type: 'legs', legs }), { type: 'legs', legs });
    }
    for (const raw of [{ type: 'legs', legs: 'tired' }, { type: 'legs' }, { type: 'legs', legs: 'ok', x: 1 }, { type: 'legs', legs: ['ok'] }]) {
      assert.equal(parseFromWebview(raw), undefined, JSON.stringify(raw));
    }
  });
});
