import * as vscode from 'vscode';
import { toCsv } from '../../core/coaching/csv';
import { HistoryEntry } from '../../core/coaching/history';
import { plainReason, plainText } from '../base/untrusted';

export const EXPORT_FILE_NAME = 'warm-up-history.csv';

/** Where the save dialog opened last, kept on this machine only: the next export starts there. */
const LAST_FOLDER_KEY = 'warmup.exportFolder';

/**
 * Export as users expect it: a save dialog, `warm-up-history.csv` in the folder used last (else the first workspace
 * folder), the file written through `workspace.fs` so it works in remote and web windows too. Returns the file
 * written, or undefined when the runner cancelled.
 */
export async function saveHistoryCsv(history: readonly HistoryEntry[], state: vscode.Memento): Promise<vscode.Uri | undefined> {
  const target = await vscode.window.showSaveDialog({
    defaultUri: defaultTarget(state),
    filters: { [vscode.l10n.t('CSV (comma-separated values)')]: ['csv'] },
    saveLabel: vscode.l10n.t('Export'),
    title: vscode.l10n.t('Export the warm-up history as CSV'),
  });
  if (!target) {
    return undefined;
  }
  try {
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(toCsv(history)));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not save the warm-up history: {0}', plainReason(error, 200)));
    return undefined;
  }
  // Only a convenience for next time: failing to remember the folder loses nothing.
  Promise.resolve(state.update(LAST_FOLDER_KEY, vscode.Uri.joinPath(target, '..').toString())).catch(() => undefined);
  void tellSaved(target);
  return target;
}

/** The second choice: the CSV in a new untitled editor, to copy or save where the runner likes. */
export async function openHistoryCsv(history: readonly HistoryEntry[]): Promise<void> {
  // CSV colouring when an extension provides it; plain text otherwise (this one contributes no language).
  const language = (await vscode.languages.getLanguages()).includes('csv') ? 'csv' : 'plaintext';
  const document = await vscode.workspace.openTextDocument({ language, content: toCsv(history) });
  await vscode.window.showTextDocument(document);
}

function defaultTarget(state: vscode.Memento): vscode.Uri | undefined {
  const last = state.get<unknown>(LAST_FOLDER_KEY);
  let folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (typeof last === 'string') {
    try {
      folder = vscode.Uri.parse(last, true);
    } catch {
      // stored by another version, or damaged: fall back to the workspace folder
    }
  }
  return folder && vscode.Uri.joinPath(folder, EXPORT_FILE_NAME);
}

async function tellSaved(target: vscode.Uri): Promise<void> {
  const open = vscode.l10n.t('Open');
  const name = plainText(target.path.slice(target.path.lastIndexOf('/') + 1));
  const choice = await vscode.window.showInformationMessage(vscode.l10n.t('Saved the warm-up history as {0}.', name), open);
  if (choice === open) {
    await vscode.window.showTextDocument(target);
  }
}
