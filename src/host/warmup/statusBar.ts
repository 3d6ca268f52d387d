import * as vscode from 'vscode';
import { summarize } from '../core/summary';
import { WarmupController } from './controller';
import { stepText } from './texts';

/** The glanceable countdown in the status bar; hidden when no warm-up is running or paused. */
export class CountdownStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly subscription: vscode.Disposable;
  private shownText: string | undefined;

  constructor(private readonly controller: WarmupController) {
    this.item = vscode.window.createStatusBarItem('warmup.countdown', vscode.StatusBarAlignment.Left, 100);
    this.item.name = vscode.l10n.t('Warm-Up Countdown');
    this.item.command = 'warmup.showPanel';
    this.subscription = controller.onDidUpdate(() => this.render());
    this.render();
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
    const next = view.nextId ? stepText(view.nextId).name : vscode.l10n.t('done, go run');
    this.item.text = text;
    this.item.tooltip = vscode.l10n.t('Next: {0} · {1} left in total · click to show the panel', next, view.totalClock);
    this.item.backgroundColor = paused ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.accessibilityInformation = {
      label: paused
        ? vscode.l10n.t('Warm-up paused: {0}, {1} seconds left', name, view.seconds)
        : vscode.l10n.t('Warm-up: {0}, {1} seconds left', name, view.seconds),
      role: 'button',
    };
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
