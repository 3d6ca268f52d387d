import * as vscode from 'vscode';
import type { Settings } from './settings';
import { FromWebview, PanelCommand, parseFromWebview, ToWebview } from '../shared/protocol';
import { Cue } from '../core/cues';
import { LegsFeel } from '../core/history';
import { WarmupController } from './controller';
import { panelHtml } from './panelHtml';
import { panelState } from './panelState';
import { doneText, stepText } from './texts';

export const PANEL_VIEW_TYPE = 'warmup.panel';

/** The single "Warm-Up" panel: created on demand, revived after a reload, a view of the controller. */
export class WarmupPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private panelSubscriptions: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly controller: WarmupController,
    private readonly settings: () => Settings,
    private readonly runCommand: (command: PanelCommand) => void,
    private readonly answerLegs: (legs: LegsFeel) => void,
    private readonly legsFor: (startedAt: number) => LegsFeel | undefined,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      controller.onDidUpdate(() => this.postState()),
      controller.onDidCue((cue) => this.post({ type: 'cue', cue: cue.kind, speech: this.speech(cue) })),
      vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
        deserializeWebviewPanel: async (panel) => this.attach(panel),
      }),
    );
  }

  /** Opens the panel, or brings the existing one to the front. */
  show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      return;
    }
    const panel = vscode.window.createWebviewPanel(PANEL_VIEW_TYPE, vscode.l10n.t('Warm-Up'), vscode.ViewColumn.Active, this.options());
    this.attach(panel);
  }

  /** Pushes the current settings (sound, voice) and state to the panel. */
  refresh(): void {
    this.postState();
  }

  private options(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
    return {
      enableScripts: true,
      // Cues must still sound when the runner has switched tabs; the panel is small.
      retainContextWhenHidden: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')],
    };
  }

  /** Takes over a panel: a new one, or one revived after a reload (the serializer here or extension.ts's stand-in). */
  attach(panel: vscode.WebviewPanel): void {
    this.panel?.dispose();
    this.panel = panel;
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    panel.webview.options = this.options();
    panel.webview.html = panelHtml(panel.webview, this.extensionUri);
    this.panelSubscriptions = [
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(raw)),
      panel.onDidChangeViewState(() => this.postState()),
      panel.onDidDispose(() => this.detach(panel)),
    ];
  }

  private detach(panel: vscode.WebviewPanel): void {
    if (this.panel !== panel) {
      return;
    }
    this.panel = undefined;
    this.panelSubscriptions.forEach((d) => d.dispose());
    this.panelSubscriptions = [];
  }

  private receive(raw: unknown): void {
    const message: FromWebview | undefined = parseFromWebview(raw);
    if (!message) {
      this.log.warn(`Dropped a message from the panel that is not in the protocol: ${describe(raw)}`);
      return;
    }
    if (message.type === 'ready') {
      this.postState();
    } else if (message.type === 'legs') {
      this.answerLegs(message.legs);
    } else {
      this.runCommand(message.command);
    }
  }

  private postState(): void {
    // The panel keeps its context when hidden, so it is kept current then too: cues still play.
    if (!this.panel) {
      return;
    }
    const webview = this.panel.webview;
    const illustration = (id: string) =>
      webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'illustrations', `${id}.svg`)).toString();
    const session = this.controller.current;
    const legs = session?.status === 'done' ? this.legsFor(session.startedAt) : undefined;
    this.post({ type: 'state', state: panelState(session, this.controller.now(), this.settings(), illustration, legs) });
  }

  /** What the voice says (and the caption shows): a new step's name and cue, or a mid-step reminder. */
  private speech(cue: Cue): string {
    switch (cue.kind) {
      case 'countdown':
        return '';
      case 'halfway':
        return vscode.l10n.t('Halfway: switch legs.');
      case 'thirtyLeft':
        return vscode.l10n.t('30 seconds left.');
      case 'change': {
        const { name, cue: line } = stepText(cue.stepId);
        return `${name}. ${line}`;
      }
      case 'finish': {
        const { name, cue: line } = doneText();
        return `${name} ${line}`;
      }
    }
  }

  private post(message: ToWebview): void {
    void this.panel?.webview.postMessage(message);
  }

  dispose(): void {
    this.panel?.dispose();
    this.panelSubscriptions.forEach((d) => d.dispose());
    this.subscriptions.forEach((d) => d.dispose());
  }
}

function describe(raw: unknown): string {
  const text = JSON.stringify(raw) ?? String(raw);
  return text.length > 200 ? `${text.slice(0, 200)}...` : text;
}
