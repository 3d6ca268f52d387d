import * as vscode from 'vscode';

/** Set once the runner has been shown the safety notes (kept on this machine). */
const SEEN_KEY = 'warmup.safetyShown';

/**
 * On the first warm-up ever, says who should check with a doctor first and when to stop at once, in a notification
 * (never a modal: the warm-up starts anyway), with a button to the full safety page of the walkthrough.
 */
export function showSafetyOnce(memento: vscode.Memento, extensionId: string): void {
  if (memento.get<unknown>(SEEN_KEY) === true) {
    return;
  }
  void Promise.resolve(memento.update(SEEN_KEY, true)).catch(() => undefined);
  const notes = vscode.l10n.t('Safety notes');
  const message = vscode.l10n.t(
    'Before your first warm-up: with a heart condition, a pregnancy, or if you are new to exercise, check with a doctor first. Stop at once for chest pain, dizziness, unusual breathlessness or a racing heartbeat.',
  );
  void vscode.window.showInformationMessage(message, notes).then((picked) => {
    if (picked === notes) {
      const category = `${extensionId}#gettingStarted`;
      void vscode.commands.executeCommand('workbench.action.openWalkthrough', { category, step: `${category}#safety` }, false);
    }
  });
}
