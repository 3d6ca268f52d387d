import * as vscode from 'vscode';
import { LegsFeel } from '../../core/coaching/legs';

/** What the runner reads for a legs answer: on the buttons, in the history, in the saved-answer line. */
export function legsLabel(legs: LegsFeel): string {
  switch (legs) {
    case 'fresh':
      return vscode.l10n.t('Fresh');
    case 'ok':
      return vscode.l10n.t('OK');
    case 'heavy':
      return vscode.l10n.t('Heavy');
  }
}
