import * as vscode from 'vscode';
import { STATE_CONTEXT_KEY, WarmupState } from '../base/commandIds';
import { Disposable } from '../base/dispose';
import { WarmupController } from './controller';

/**
 * Keeps the `warmup.state` context key in step with this window's warm-up, so the palette offers Pause only while it
 * runs, Resume only while paused, and the panel's title bar shows the matching actions. Set only when it changes.
 */
export class StateContextKey extends Disposable {
  private shown: WarmupState | undefined;

  constructor(private readonly controller: WarmupController) {
    super();
    this._register(controller.onDidUpdate(() => this.update()));
    this.update();
  }

  get value(): WarmupState | undefined {
    return this.shown;
  }

  private update(): void {
    const state: WarmupState = this.controller.current?.status ?? 'idle';
    if (state !== this.shown) {
      this.shown = state;
      void vscode.commands.executeCommand('setContext', STATE_CONTEXT_KEY, state);
    }
  }
}
