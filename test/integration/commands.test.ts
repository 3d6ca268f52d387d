import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { COMMANDS } from '../../src/host/base/commandIds';
import { api, EXTENSION_ID, panelTabs, remaining, run, until, useCleanWarmup } from './support';

describe('commands', () => {
  useCleanWarmup();

  it('registers every contributed command under the Warm-Up category', async () => {
    await api(); // activated, so its commands are registered
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    // VS Code hands over the manifest localised: "%category%" already reads "Warm-Up".
    const contributed: { command: string; category?: string }[] = extension?.packageJSON.contributes.commands ?? [];
    const ids = contributed.map((c) => c.command);
    for (const id of Object.values(COMMANDS)) {
      assert.ok(ids.includes(id), `${id} is not contributed`);
    }
    const registered = await vscode.commands.getCommands(true);
    for (const { command, category } of contributed) {
      assert.equal(category, 'Warm-Up', `the category of ${command}`);
      assert.ok(registered.includes(command), `${command} is not registered`);
    }
  });

  it('start runs the walk first and opens the panel', async () => {
    const warmup = await api();
    await run('warmup.start');
    const session = warmup.session();
    assert.equal(session?.status, 'running');
    assert.equal(session.index, 0);
    assert.equal(session.steps[0].id, 'walk');
    assert.deepEqual(session.steps.map((s) => s.id), ['walk', 'highKnees', 'buttKicks', 'lateralWalk', 'walkBackwards', 'easeIn']);
    const left = remaining(warmup);
    assert.ok(left > 295_000 && left <= 300_000, `walk should have ~5:00 left, has ${left} ms`);
    await until('the Warm-Up panel tab', () => panelTabs().length === 1);
  });

  it('a start is in the shared file before its panel opens, so the other windows do not wait behind the panel', async () => {
    const warmup = await api();
    const file = vscode.Uri.joinPath(vscode.Uri.parse(warmup.debug.sharedFolder()), 'session.json').fsPath;
    await run('workbench.action.closeAllEditors');
    assert.equal(panelTabs().length, 0);
    // What the shared file holds at the moment the panel's tab opens, read from disk at once.
    let atOpen: string | undefined;
    const listener = vscode.window.tabGroups.onDidChangeTabs(() => {
      if (atOpen === undefined && panelTabs().length > 0) atOpen = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : 'no file';
    });
    try {
      await run('warmup.start');
      await until('the Warm-Up panel tab', () => atOpen);
    } finally {
      listener.dispose();
    }
    const startedAt = warmup.session()?.startedAt;
    assert.ok(atOpen?.includes(`"startedAt":${startedAt}`), `the shared file when the panel opened: ${atOpen}`);
  });

  it('pause freezes the remaining time and resume continues from it', async () => {
    const warmup = await api();
    await run('warmup.start');
    await run('warmup.pause');
    const frozen = warmup.session();
    assert.equal(frozen?.status, 'paused');
    const left = remaining(warmup);
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    assert.equal(remaining(warmup), left, 'paused time must not move');
    await run('warmup.resume');
    assert.equal(warmup.session()?.status, 'running');
    const after = remaining(warmup);
    assert.ok(left - after >= 0 && left - after < 200, `resume should continue from ${left}, got ${after}`);
  });

  it('Toggle Pause pauses a running warm-up and resumes a paused one', async () => {
    const warmup = await api();
    await run('warmup.start');
    await run('warmup.togglePause');
    assert.equal(warmup.session()?.status, 'paused');
    const left = remaining(warmup);
    await run('warmup.togglePause');
    assert.equal(warmup.session()?.status, 'running');
    assert.ok(left - remaining(warmup) < 200, 'resumes from where it paused');
  });

  it('Space in the panel (Toggle Pause) is offered while running and while paused', async () => {
    const warmup = await api();
    await run('warmup.start');
    warmup.debug.fromPanel({ type: 'command', command: 'togglePause' });
    await until('paused from the panel', () => warmup.session()?.status === 'paused');
    warmup.debug.fromPanel({ type: 'command', command: 'togglePause' });
    await until('resumed from the panel', () => warmup.session()?.status === 'running');
  });

  it('sets warmup.state for the palette and the title bar: running, paused, done, idle', async () => {
    const warmup = await api();
    await run('warmup.start');
    assert.equal(warmup.debug.stateKey(), 'running');
    await run('warmup.pause');
    assert.equal(warmup.debug.stateKey(), 'paused');
    await run('warmup.resume');
    for (let i = 0; i < 6; i++) {
      await run('warmup.skip');
    }
    assert.equal(warmup.debug.stateKey(), 'done');
    await run('warmup.stop');
    assert.equal(warmup.debug.stateKey(), 'idle');
  });

  it('skip, back and +15 s move through the steps', async () => {
    const warmup = await api();
    await run('warmup.start');
    await run('warmup.skip');
    assert.equal(warmup.session()?.index, 1);
    assert.ok(remaining(warmup) > 29_000 && remaining(warmup) <= 30_000);
    await run('warmup.addTime');
    assert.ok(remaining(warmup) > 44_000 && remaining(warmup) <= 45_000, `+15 s gives ~45 s, got ${remaining(warmup)}`);
    await run('warmup.previous');
    assert.equal(warmup.session()?.index, 0);
    assert.ok(remaining(warmup) > 299_000, 'back restarts the walk with its full length');
  });

  it('skipping past the last step finishes and hides the countdown', async () => {
    const warmup = await api();
    await run('warmup.start');
    assert.match(warmup.debug.countdownText() ?? '', /\d+:\d\d$/, 'the countdown shows while the warm-up runs');
    for (let i = 0; i < 6; i++) {
      await run('warmup.skip');
    }
    assert.equal(warmup.session()?.status, 'done');
    assert.equal(warmup.debug.countdownText(), undefined, 'the countdown is hidden once done');
    assert.equal(warmup.debug.pendingTimers(), 0, 'no timer once done');
  });

  it('a command the panel does not offer now (a stale panel) is ignored and changes nothing', async () => {
    const warmup = await api();
    await run('warmup.start');
    for (let i = 0; i < 6; i++) {
      await run('warmup.skip');
    }
    const done = warmup.session();
    assert.equal(done?.status, 'done');
    for (const command of ['stop', 'pause', 'skip', 'previous', 'extend', 'resume']) {
      warmup.debug.fromPanel({ type: 'command', command });
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.deepEqual(warmup.session(), done, 'the finished warm-up and its legs question stay');
    warmup.debug.fromPanel({ type: 'command', command: 'start' });
    await until('the offered Start', () => warmup.session()?.status === 'running');
  });

  it('stop ends the warm-up and forgets it', async () => {
    const warmup = await api();
    await run('warmup.start');
    await run('warmup.stop');
    assert.equal(warmup.session(), undefined);
  });

  it('start while one runs never starts a second clock', async () => {
    const warmup = await api();
    await run('warmup.start');
    const first = warmup.session();
    await run('warmup.skip');
    await run('warmup.start');
    const second = warmup.session();
    assert.equal(second?.startedAt, first?.startedAt, 'the same warm-up keeps going');
    assert.equal(second?.index, 1);
    assert.equal(warmup.debug.pendingTimers(), 1);
  });

  it('showPanel reopens the panel on the current step after it was closed', async () => {
    const warmup = await api();
    await run('warmup.start');
    await until('the panel', () => panelTabs().length === 1);
    await vscode.window.tabGroups.close(panelTabs());
    await until('the panel to close', () => panelTabs().length === 0);
    assert.equal(warmup.session()?.status, 'running', 'closing the panel leaves the countdown running');
    await run('warmup.showPanel');
    await until('the panel again', () => panelTabs().length === 1);
  });

  it('a panel in a background tab is not redrawn every second, and is current again when shown', async () => {
    const warmup = await api();
    await run('warmup.start');
    await until('the panel', () => panelTabs().length === 1);
    const visibleFrom = warmup.debug.panelStatesSent();
    await until('ticks sent to the visible panel', () => warmup.debug.panelStatesSent() >= visibleFrom + 2, 5_000);
    assert.equal(warmup.debug.panelMoving(), true, 'the drawing moves in a visible panel');
    await vscode.commands.executeCommand('workbench.action.files.newUntitledFile');
    await until('the panel in the background', () => panelTabs().every((tab) => !tab.isActive));
    await until('the hidden panel told to hold its drawing still', () => warmup.debug.panelMoving() === false, 3_000);
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // the view-state change reaches the host
    const hiddenFrom = warmup.debug.panelStatesSent();
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    // Ticks would send 3 or 4; a change the panel shows (such as a history write of the test before) may send one.
    assert.ok(warmup.debug.panelStatesSent() - hiddenFrom <= 1, `${warmup.debug.panelStatesSent() - hiddenFrom} states for a hidden panel in 3.5 s of ticks`);
    await run('warmup.showPanel');
    await until('the state as it is shown again', () => warmup.debug.panelStatesSent() > hiddenFrom);
    await until('moving again', () => warmup.debug.panelMoving() === true, 3_000);
    await run('warmup.pause');
    assert.equal(warmup.debug.panelMoving(), false, 'a paused step holds still');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('pause and skip without a warm-up do nothing and do not throw', async () => {
    const warmup = await api();
    await run('warmup.pause');
    await run('warmup.skip');
    await run('warmup.previous');
    await run('warmup.resume');
    await run('warmup.addTime');
    assert.equal(warmup.session(), undefined);
  });
});
