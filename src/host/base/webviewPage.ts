import * as vscode from 'vscode';
import { textLanguage } from '../l10n/language';

/** A fresh, unguessable nonce for a page's Content Security Policy. */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Text made safe to place in HTML markup or an attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * The frame every panel shares: a strict CSP (nothing but our stylesheets, our images and one
 * nonce'd script), the shared and the panel's stylesheet, and `body`, markup built with escapeHtml.
 */
export function webviewPage(
  webview: vscode.Webview,
  extensionUri: vscode.Uri,
  page: { readonly title: string; readonly script: string; readonly style: string; readonly body: string },
): string {
  const nonce = makeNonce();
  const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file));
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', page.script));
  const csp = ["default-src 'none'", `img-src ${webview.cspSource}`, `style-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(textLanguage())}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${media('base.css')}">
<link rel="stylesheet" href="${media(page.style)}">
<title>${escapeHtml(page.title)}</title>
</head>
<body>
${page.body}
<script nonce="${nonce}" src="${script}"></script>
</body>
</html>`;
}

/**
 * The options every panel shares: scripts on, and resources only from `media/` and `dist/webview/`. `retain` keeps a
 * hidden panel's page alive (the Warm-Up panel must still sound in a background tab).
 */
export function webviewOptions(extensionUri: vscode.Uri, retain = false): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    ...(retain ? { retainContextWhenHidden: true } : {}),
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media'), vscode.Uri.joinPath(extensionUri, 'dist', 'webview')],
  };
}

/** The icon on every panel's tab. */
export function panelIcon(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media', 'icon.svg');
}
