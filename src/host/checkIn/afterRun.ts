import * as vscode from 'vscode';
import { LEGS_FEELS, LegsFeel } from '../../core/coaching/legs';
import { HistoryStore } from '../coaching/historyStore';
import { Claims } from '../windows/claims';
import { legsLabel } from './legsText';

/**
 * After the run: asks once, quietly (a notification, never a modal), how the first ten minutes of the run felt, in one
 * window only; the answer is saved with the warm-up before it. `heavy` is handed on (the self-check opens).
 */
export class AfterRunQuestion {
  /** Warm-ups this window has already asked about (or found answered), so a focus never asks twice. */
  private readonly asked = new Set<number>();

  constructor(
    private readonly history: HistoryStore,
    private readonly claims: Claims,
    private readonly onHeavy: (startedAt: number) => void,
    /** Shows the question with its buttons; tests answer it themselves. */
    private readonly show: (message: string, ...answers: string[]) => Thenable<string | undefined> = (message, ...answers) =>
      vscode.window.showInformationMessage(message, ...answers),
  ) {}

  /** Asks about the run after the warm-up that started at `startedAt`, unless it was asked or answered already. */
  async ask(startedAt: number): Promise<void> {
    if (this.asked.has(startedAt)) {
      return;
    }
    this.asked.add(startedAt);
    await this.history.ready;
    const entry = this.history.find(startedAt);
    if (!entry || entry.outcome !== 'finished' || entry.runLegs || !(await this.claims.claim('afterRun', String(startedAt)))) {
      return;
    }
    const labels = LEGS_FEELS.map(legsLabel);
    const picked = await this.show(vscode.l10n.t('Back from your run? How did your legs feel in the first ten minutes?'), ...labels);
    const legs: LegsFeel | undefined = LEGS_FEELS[labels.indexOf(picked ?? '')];
    if (legs) {
      await this.history.setRunLegs(startedAt, legs);
      if (legs === 'heavy') {
        this.onHeavy(startedAt);
      }
    }
  }
}
