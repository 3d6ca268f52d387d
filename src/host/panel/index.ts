import * as vscode from 'vscode';
import { COMMANDS } from '../base/commandIds';
import { DisposableStore } from '../base/dispose';
import { PANEL_VIEW_TYPE, PanelDeps, WarmupPanel } from './warmupPanel';

export { PANEL_VIEW_TYPE } from './warmupPanel';
export type { PanelCheckIn } from './warmupPanel';

/** The Warm-Up panel as the other features use it. */
export interface PanelFeature extends vscode.Disposable {
  /** Opens the panel, or brings it to the front. */
  show(): void;
  /** Takes over a panel revived after a reload. */
  attach(panel: vscode.WebviewPanel): void;
  /** Handles a message as if the panel's webview had sent it. */
  receive(raw: unknown): void;
  /** State messages sent to the panel's webview so far. */
  readonly statesSent: number;
  /** Whether the last state sent told the drawing to move. */
  readonly moving: boolean | undefined;
}

/** The Warm-Up panel, **Show Warm-Up Panel**, and the serializer that brings the panel back after a window reload. */
export function registerPanel(deps: PanelDeps): PanelFeature {
  const store = new DisposableStore();
  const panel = store.add(new WarmupPanel(deps));
  store.add(vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, { deserializeWebviewPanel: async (revived) => panel.attach(revived) }));
  store.add(vscode.commands.registerCommand(COMMANDS.showPanel, () => panel.show()));
  return {
    show: () => panel.show(),
    attach: (revived) => panel.attach(revived),
    receive: (raw) => panel.receive(raw),
    get statesSent() {
      return panel.statesSent;
    },
    get moving() {
      return panel.lastState?.moving;
    },
    dispose: () => store.dispose(),
  };
}
