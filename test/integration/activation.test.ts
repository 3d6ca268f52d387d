import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { WarmupApi } from '../../src/host/api';
import { EXTENSION_ID, run, until, withDebug } from './support';

// Runs first (files run in name order), before any test uses the API or a command.
describe('activation', () => {
  it('at start-up with no reminder set it only reads the settings: no timer, nothing else composed', async () => {
    const extension = vscode.extensions.getExtension<WarmupApi>(EXTENSION_ID);
    assert.ok(extension);
    // extensionKind ["ui","workspace"] with a browser entry: code-server (a remote window) must still run it beside the suite.
    assert.equal(extension.extensionKind, vscode.ExtensionKind.Workspace, 'runs in the Node extension host, as the suite does');
    await until('the start-up activation', () => extension.isActive, 20_000);
    const warmup = withDebug(extension.exports);
    assert.equal(warmup.debug.composed(), false);
    assert.equal(warmup.debug.nextReminder(), undefined);
    assert.equal(warmup.debug.reminderTimers(), 0);
    await run('warmup.stop');
    assert.equal(warmup.debug.composed(), true, 'a command composes the warm-up and runs');
    assert.equal(warmup.debug.pendingTimers(), 0);
  });
});
