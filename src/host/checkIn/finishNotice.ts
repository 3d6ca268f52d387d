import * as vscode from 'vscode';
import { LEGS_FEELS, LegsFeel } from '../../core/coaching/legs';
import { sendOff } from '../routines/drillTexts';
import { legsLabel } from './legsText';

/**
 * Sends the runner off when the last step ends, even if the panel is closed, and asks the legs check-in right there;
 * `answer` saves it with that warm-up.
 */
export function showFinishNotice(routine: string, answer: (legs: LegsFeel) => void): void {
  const labels = LEGS_FEELS.map(legsLabel);
  void vscode.window
    .showInformationMessage(vscode.l10n.t('Warm-up done: go run! {0} How do your legs feel?', sendOff(routine)), ...labels)
    .then((picked) => {
      const legs = LEGS_FEELS[labels.indexOf(picked ?? '')];
      if (legs) {
        answer(legs);
      }
    });
}
