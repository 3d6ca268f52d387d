import * as vscode from 'vscode';
import { Cue } from '../../core/warmup/cues';
import { doneText, stepText } from '../routines/drillTexts';

/** What the voice says (and the caption shows) at a cue: a new step's name and cue, a mid-step reminder, or nothing. */
export function speechFor(cue: Cue): string {
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
