import * as vscode from 'vscode';

/**
 * Stand-ins for every contributed command and for a panel serializer while the features are not composed: the first
 * use calls `compose` (which must register the real ones in their place, after disposing these) and hands the call
 * over. The command list comes from the manifest, so no command can be missed.
 */
export function lazyEntryPoints(
  context: vscode.ExtensionContext,
  panelViewType: string,
  compose: () => { attach(panel: vscode.WebviewPanel): void },
): vscode.Disposable {
  const manifest = context.extension.packageJSON as { contributes?: { commands?: { command: string }[] } };
  return vscode.Disposable.from(
    ...(manifest.contributes?.commands ?? []).map(({ command }) =>
      vscode.commands.registerCommand(command, (...args: unknown[]) => {
        compose();
        return vscode.commands.executeCommand(command, ...args);
      }),
    ),
    vscode.window.registerWebviewPanelSerializer(panelViewType, {
      deserializeWebviewPanel: async (panel) => compose().attach(panel),
    }),
  );
}
