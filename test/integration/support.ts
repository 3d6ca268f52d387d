import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import * as vscode from 'vscode';
import { SETTING_KEYS } from '../../src/core/settings/settings';
import type { WarmupApi, WarmupDebugApi } from '../../src/host/api';
import { PANEL_VIEW_TYPE } from '../../src/host/base/commandIds';

export const EXTENSION_ID = 'runner-warmup.runner-warmup';

/** The API as the tests see it: running under tests, the extension adds its debug hooks. */
export type TestApi = WarmupApi & { readonly debug: WarmupDebugApi };

/** The API with its debug hooks, which exist only when VS Code runs the extension in test mode. */
export function withDebug(exports: WarmupApi): TestApi {
  assert.ok(exports.debug, 'the debug hooks are missing: the extension does not run in ExtensionMode.Test');
  return exports as TestApi;
}

/** A new empty folder for a shared-folder test, as a URI (the folder itself is created by the first write). */
export function tempFolderUri(): vscode.Uri {
  return vscode.Uri.joinPath(vscode.Uri.file(os.tmpdir()), `warmup-shared-${Date.now()}-${Math.random().toString(16).slice(2)}`);
}

/** Activates the extension under test and returns its API. */
export async function api(): Promise<TestApi> {
  const extension = vscode.extensions.getExtension<WarmupApi>(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
  return withDebug(extension.isActive ? extension.exports : await extension.activate());
}

export function run(command: string, ...args: unknown[]): Thenable<unknown> {
  return vscode.commands.executeCommand(command, ...args);
}

/** Waits until `check` returns a truthy value, polling, or fails with `what`. */
export async function until<T>(what: string, check: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = check();
    if (value) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Sets `warmup.*` user settings (undefined removes one), one after the other, and waits until VS Code reports each new
 * value to extensions: by then the extension has seen the change too, since it learns of it from the same event.
 */
export async function setSettings(values: Record<string, unknown>, timeoutMs = 10_000): Promise<void> {
  for (const [key, value] of Object.entries(values)) {
    await vscode.workspace.getConfiguration('warmup').update(key, value, vscode.ConfigurationTarget.Global);
    const deadline = Date.now() + timeoutMs;
    let reported = userValue(key);
    while (!isDeepStrictEqual(reported, value)) {
      if (Date.now() > deadline) {
        assert.fail(`warmup.${key} was set to ${JSON.stringify(value)}, but VS Code still reports ${JSON.stringify(reported)} after ${timeoutMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      reported = userValue(key);
    }
  }
}

/** A `warmup.*` user setting as VS Code reports it now: undefined when it is not set. */
function userValue(key: string): unknown {
  return vscode.workspace.getConfiguration('warmup').inspect(key)?.globalValue;
}

export async function resetSettings(): Promise<void> {
  await setSettings(Object.fromEntries(SETTING_KEYS.map((key) => [key, undefined])));
}

/**
 * Gives each test of the calling `describe` a clean start (no warm-up, default settings) and leaves nothing running
 * behind: the warm-up stops after each test, and the settings go back to their defaults after the last one.
 */
export function useCleanWarmup(): void {
  beforeEach(async () => {
    await run('warmup.stop');
    await resetSettings();
  });
  afterEach(() => run('warmup.stop'));
  after(() => resetSettings());
}

/** Waits until the shared file holds the warm-up that started at `startedAt` (this window's write has landed). */
export async function sharedStartedAt(warmup: TestApi, startedAt: number): Promise<void> {
  const deadline = Date.now() + 5_000;
  for (;;) {
    const found = (await warmup.debug.readShared('session.json')) as { session?: { session?: { startedAt?: number } } } | undefined;
    if (found?.session?.session?.startedAt === startedAt) {
      return;
    }
    assert.ok(Date.now() < deadline, `the shared file does not hold the warm-up started at ${startedAt}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Time left in the current step as the extension computes it. */
export function remaining(warmup: WarmupApi): number {
  const session = warmup.session();
  assert.ok(session, 'no warm-up');
  if (session.status === 'running') {
    return session.stepEndsAt - warmup.now();
  }
  return session.status === 'paused' ? session.remainingMs : 0;
}

/** Open tabs of webview panels of one view type (by default the Warm-Up panel). */
export function panelTabs(viewType = PANEL_VIEW_TYPE): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(viewType));
}
