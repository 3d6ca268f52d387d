import * as vscode from 'vscode';
import { InfoDocument, parseFromInfoWebview, ToInfoWebview } from '../shared/info';
import { webviewPage } from './webviewPage';

/** The info panels: one each at most. */
export type InfoKind = 'zones' | 'checkIn' | 'history';

interface OpenPanel {
  readonly panel: vscode.WebviewPanel;
  document: InfoDocument;
  onAction: (id: string) => void;
  readonly subscriptions: vscode.Disposable[];
}

/** Shows read-mostly documents (zones, check-in, history) in panels; buttons come back as action ids. */
export class InfoPanels implements vscode.Disposable {
  private readonly open = new Map<InfoKind, OpenPanel>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Opens (or reveals and replaces) the panel of this kind with `document`. */
  show(kind: InfoKind, document: InfoDocument, onAction: (id: string) => void = () => undefined, column = vscode.ViewColumn.Active): void {
    const existing = this.open.get(kind);
    if (existing) {
      existing.onAction = onAction;
      existing.panel.reveal(undefined, false);
      this.update(kind, document);
      return;
    }
    const panel = vscode.window.createWebviewPanel(`warmup.${kind}`, document.title, column, {
      enableScripts: true,
      localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'media'), vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview')],
    });
    panel.iconPath = vscode.Uri.joinPath(this.extensionUri, 'media', 'icon.svg');
    panel.webview.html = webviewPage(panel.webview, this.extensionUri, { title: document.title, script: 'info.js', style: 'info.css', body: '<main></main>' });
    const entry: OpenPanel = { panel, document, onAction, subscriptions: [] };
    entry.subscriptions.push(
      panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(kind, raw)),
      panel.onDidDispose(() => this.forget(kind, panel)),
    );
    this.open.set(kind, entry);
  }

  /** Replaces the document of an open panel; does nothing when it is closed. */
  update(kind: InfoKind, document: InfoDocument): void {
    const entry = this.open.get(kind);
    if (entry) {
      entry.document = document;
      entry.panel.title = document.title;
      this.post(entry, { type: 'document', document });
    }
  }

  private receive(kind: InfoKind, raw: unknown): void {
    const entry = this.open.get(kind);
    const message = parseFromInfoWebview(raw);
    const known = message?.type === 'action' && entry?.document.blocks.some((b) => b.kind === 'actions' && b.actions.some((a) => a.id === message.id));
    if (!entry || !message || (message.type === 'action' && !known)) {
      this.log.warn(`Dropped a message from the ${kind} panel that is not in the protocol: ${JSON.stringify(raw)?.slice(0, 200)}`);
      return;
    }
    if (message.type === 'ready') {
      this.post(entry, { type: 'document', document: entry.document });
    } else {
      entry.onAction(message.id);
    }
  }

  private post(entry: OpenPanel, message: ToInfoWebview): void {
    void entry.panel.webview.postMessage(message);
  }

  private forget(kind: InfoKind, panel: vscode.WebviewPanel): void {
    const entry = this.open.get(kind);
    if (entry?.panel === panel) {
      entry.subscriptions.forEach((d) => d.dispose());
      this.open.delete(kind);
    }
  }

  dispose(): void {
    for (const entry of [...this.open.values()]) {
      entry.panel.dispose();
    }
  }
}
