import * as vscode from 'vscode';
import { WarmupController } from './controller';

/** Sends the runner off when the last step ends, even if the panel is closed. */
export function registerFinishNotice(controller: WarmupController): vscode.Disposable {
  return controller.onDidFinish(() => {
    void vscode.window.showInformationMessage(vscode.l10n.t('Warm-up done: go run! Keep the first minutes easy.'));
  });
}
