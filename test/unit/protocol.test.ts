import * as assert from 'node:assert/strict';
import { PANEL_COMMANDS, parseFromWebview } from '../../src/shared/panelProtocol';

/** What the host receives: the webview's message after JSON serialisation. */
function received(json: string): unknown {
  return JSON.parse(json);
}

describe('parseFromWebview (webview message guard)', () => {
  it('accepts ready', () => {
    assert.deepEqual(parseFromWebview({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseFromWebview(received('{"type":"ready"}')), { type: 'ready' });
  });

  it('accepts every panel command', () => {
    assert.deepEqual([...PANEL_COMMANDS], ['start', 'pause', 'resume', 'togglePause', 'skip', 'previous', 'extend', 'stop']);
    for (const command of PANEL_COMMANDS) {
      assert.deepEqual(parseFromWebview({ type: 'command', command }), { type: 'command', command });
    }
  });

  it('returns a fresh object, not the untrusted one', () => {
    const raw = { type: 'command', command: 'skip' };
    const parsed = parseFromWebview(raw);
    assert.notEqual(parsed, raw);
    assert.deepEqual(parsed, raw);
  });

  it('rejects non-objects, arrays and null', () => {
    for (const raw of [undefined, null, 0, 1, true, 'ready', '{"type":"ready"}', Symbol('ready'), () => 'ready', [], [{ type: 'ready' }], ['ready']]) {
      assert.equal(parseFromWebview(raw), undefined, String(typeof raw));
    }
  });

  it('rejects unknown or missing types', () => {
    for (const raw of [{}, { type: 'state' }, { type: 'cue' }, { type: 'READY' }, { type: 'ready ' }, { type: '' }, { type: 1 }, { type: null }]) {
      assert.equal(parseFromWebview(raw), undefined, JSON.stringify(raw));
    }
  });

  it('rejects unknown or wrongly typed commands', () => {
    const bad: unknown[] = ['Start', 'restart', 'addTime', 'showPanel', 'toString', 'constructor', '', ' start', 0, null, undefined, ['start'], { command: 'start' }, true];
    for (const command of bad) {
      assert.equal(parseFromWebview({ type: 'command', command }), undefined, JSON.stringify(command) ?? 'undefined');
    }
    assert.equal(parseFromWebview({ type: 'command' }), undefined);
  });

  it('rejects extra keys', () => {
    assert.equal(parseFromWebview({ type: 'ready', extra: 1 }), undefined);
    assert.equal(parseFromWebview({ type: 'ready', command: 'start' }), undefined);
    assert.equal(parseFromWebview({ type: 'command', command: 'start', extra: true }), undefined);
    assert.equal(parseFromWebview({ type: 'command', command: 'stop', type2: 'ready' }), undefined);
  });

  it('rejects prototype-pollution-ish keys', () => {
    for (const json of [
      '{"type":"ready","__proto__":{"polluted":true}}',
      '{"type":"command","command":"start","__proto__":{}}',
      '{"type":"command","__proto__":{"command":"start"}}',
      '{"__proto__":{"type":"ready"}}',
      '{"type":"command","command":"start","constructor":{"prototype":{"polluted":true}}}',
      '{"type":"ready","prototype":null}',
    ]) {
      assert.equal(parseFromWebview(received(json)), undefined, json);
    }
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('does not take type or command from the prototype chain', () => {
    assert.equal(parseFromWebview(Object.create({ type: 'ready' })), undefined);
    const inherited = Object.assign(Object.create({ type: 'command', command: 'stop' }), { a: 1, b: 2 });
    assert.equal(parseFromWebview(inherited), undefined);
  });
});
