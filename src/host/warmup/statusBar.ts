import * as vscode from 'vscode';
import { summarize } from '../../core/warmup/summary';
import { COMMANDS } from '../base/commandIds';
import { Disposable } from '../base/dispose';
import { nextStepName, stepText } from '../routines/drillTexts';
import { WarmupController } from './controller';

/** The glanceable countdown in the status bar; hidden when no warm-up is running or paused. */
export class CountdownStatusBar extends Disposable {
  private readonly item = this._register(vscode.window.createStatusBarItem('warmup.countdown', vscode.StatusBarAlignment.Left, 100));
  private shownText: string | undefined;

  constructor(private readonly controller: WarmupController) {
    super();
    this.item.name = vscode.l10n.t('Warm-Up Countdown');
    this.item.command = COMMANDS.showPanel;
    this._register(controller.onDidUpdate(() => this.render()));
    this.render();
  }

  /** The text shown now, or undefined while hidden. */
  get text(): string | undefined {
    return this.shownText;
  }

  private render(): void {
    const session = this.controller.current;
    if (!session || session.status === 'done') {
      this.shownText = undefined;
      this.item.hide();
      return;
    }
    const view = summarize(session, this.controller.now());
    const name = stepText(view.stepId).name;
    const paused = view.status === 'paused';
    const text = paused ? `$(debug-pause) ${vscode.l10n.t('Paused')} · ${name} ${view.clock}` : `$(run) ${name} ${view.clock}`;
    if (text === this.shownText) {
      return;
    }
    this.shownText = text;
    this.item.text = text;
    this.item.tooltip = vscode.l10n.t('Next: {0} · {1} left in total · click to show the panel', nextStepName(view.nextId), view.totalClock);
    this.item.backgroundColor = paused ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = {
      label: paused
        ? vscode.l10n.t('Warm-up paused: {0}, {1} seconds left', name, view.seconds)
        : vscode.l10n.t('Warm-up: {0}, {1} seconds left', name, view.seconds),
      role: 'button',
    };
    this.item.show();
  }
}
