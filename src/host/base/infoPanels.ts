import * as vscode from 'vscode';
import { FromInfoWebview, InfoDocument, parseFromInfoWebview, ToInfoWebview } from '../../shared/infoProtocol';
import { Disposable, DisposableStore } from './dispose';
import { plainValue, unreachable } from './untrusted';
import { panelIcon, webviewOptions, webviewPage } from './webviewPage';

/** The info panels: one each at most. */
export type InfoKind = 'zones' | 'checkIn' | 'history';

/** What an info panel's buttons do, by action id. */
export type ActionHandler = (id: string) => void;

class OpenPanel {
  constructor(
    readonly panel: vscode.WebviewPanel,
    public document: InfoDocument,
    public onAction: ActionHandler,
  ) {}

  /** True when the document offers a button with this action id (a panel may only click what it was shown). */
  offers(id: string): boolean {
    return this.document.blocks.some((block) => block.kind === 'actions' && block.actions.some((action) => action.id === id));
  }

  post(message: ToInfoWebview): void {
    void this.panel.webview.postMessage(message);
  }
}

/** Shows read-mostly documents (zones, check-in, history) in panels; buttons come back as action ids. */
export class InfoPanels extends Disposable {
  private readonly open = new Map<InfoKind, OpenPanel>();

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    super();
    this._register({ dispose: () => [...this.open.values()].forEach((entry) => entry.panel.dispose()) });
  }

  /** Opens (or reveals and replaces) the panel of this kind with `document`. */
  show(kind: InfoKind, document: InfoDocument, onAction: ActionHandler = () => undefined, column = vscode.ViewColumn.Active): void {
    const existing = this.open.get(kind);
    if (existing) {
      existing.onAction = onAction;
      existing.panel.reveal(undefined, false);
      this.update(kind, document);
      return;
    }
    const panel = vscode.window.createWebviewPanel(`warmup.${kind}`, document.title, column, webviewOptions(this.extensionUri));
    panel.iconPath = panelIcon(this.extensionUri);
    panel.webview.html = webviewPage(panel.webview, this.extensionUri, { title: document.title, script: 'info.js', style: 'info.css', body: '<main></main>' });
    const entry = new OpenPanel(panel, document, onAction);
    const listeners = new DisposableStore();
    listeners.add(panel.webview.onDidReceiveMessage((raw: unknown) => this.receive(kind, entry, raw)));
    listeners.add(panel.onDidDispose(() => this.forget(kind, entry, listeners)));
    this.open.set(kind, entry);
  }

  /** The document an open panel shows, or undefined when it is closed. */
  documentOf(kind: InfoKind): InfoDocument | undefined {
    return this.open.get(kind)?.document;
  }

  /** Replaces the document of an open panel; does nothing when it is closed. */
  update(kind: InfoKind, document: InfoDocument): void {
    const entry = this.open.get(kind);
    if (entry) {
      entry.document = document;
      entry.panel.title = document.title;
      entry.post({ type: 'document', document });
    }
  }

  /** Hands a message to an open panel's host side as if its webview had posted it; for tests. */
  receiveFor(kind: InfoKind, raw: unknown): void {
    const entry = this.open.get(kind);
    if (entry) {
      this.receive(kind, entry, raw);
    }
  }

  private receive(kind: InfoKind, entry: OpenPanel, raw: unknown): void {
    const message: FromInfoWebview | undefined = parseFromInfoWebview(raw);
    if (!message || (message.type === 'action' && !entry.offers(message.id))) {
      this.log.warn(`Dropped a message from the ${kind} panel that is not in the protocol: ${plainValue(raw, 200)}`);
      return;
    }
    switch (message.type) {
      case 'ready':
        entry.post({ type: 'document', document: entry.document });
        break;
      case 'action':
        entry.onAction(message.id);
        break;
      default:
        unreachable(message);
    }
  }

  private forget(kind: InfoKind, entry: OpenPanel, listeners: DisposableStore): void {
    listeners.dispose();
    if (this.open.get(kind) === entry) {
      this.open.delete(kind);
    }
  }
}
