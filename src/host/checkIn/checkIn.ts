import * as vscode from 'vscode';
import { isLegsFeel, LEGS_FEELS, LegsFeel } from '../../core/coaching/legs';
import { CheckInState } from '../../shared/panelProtocol';
import { COMMANDS } from '../base/commandIds';
import { Disposable } from '../base/dispose';
import { InfoPanels } from '../base/infoPanels';
import { HistoryStore } from '../coaching/historyStore';
import { WarmupController } from '../warmup/controller';
import { Claims } from '../windows/claims';
import { AfterRunQuestion } from './afterRun';
import { answerDocument, questionDocument } from './checkInView';
import { showFinishNotice } from './finishNotice';
import { legsLabel } from './legsText';

/** How long after its start a warm-up still takes a legs answer from the check-in command. */
const CHECK_IN_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface CheckInDeps {
  readonly controller: WarmupController;
  readonly history: HistoryStore;
  readonly info: InfoPanels;
  /** The top of zone 2 in whole bpm, for the heavy-legs self-check; undefined when the zones are not known. */
  readonly easyCap: () => number | undefined;
  /** Fires when the settings change: the self-check's zone-2 cap follows them. */
  readonly onDidChangeSettings: vscode.Event<unknown>;
  /** Lets one window ask the after-run question. */
  readonly claims: Claims;
}

/**
 * "How do your legs feel?": asked by the finish notice and under the finished warm-up in the panel, and any time by
 * **How Do My Legs Feel?**. The answer is saved with the warm-up; heavy legs open the self-check.
 */
export class CheckIn extends Disposable {
  /** Fires when a saved answer may have changed. */
  readonly onDidChange: vscode.Event<void>;
  /** The answer the check-in panel shows, so it can be shown again when the zones change. */
  private shown: { readonly legs: LegsFeel; readonly saved: boolean; readonly walkWhole?: boolean } | undefined;
  private readonly afterRun: AfterRunQuestion;

  constructor(private readonly deps: CheckInDeps) {
    super();
    this.onDidChange = deps.history.onDidChange;
    this.afterRun = new AfterRunQuestion(deps.history, deps.claims, (startedAt) =>
      this.showAnswer({ legs: 'heavy', saved: true, walkWhole: deps.history.find(startedAt)?.walkWhole }, true),
    );
    // The window that recorded a finished warm-up sends the runner off: one notice, however many windows are open.
    this._register(
      deps.history.onDidRecord((entry) => entry.outcome === 'finished' && showFinishNotice(entry.routine, (legs) => this.answerFinished(entry.startedAt, legs))),
    );
    // With 'fresh', 'ok' or 'heavy' as argument (a keybinding, another tool) it records that answer directly.
    this._register(vscode.commands.registerCommand(COMMANDS.checkIn, (answer?: unknown) => this.ask(answer)));
    this._register(deps.onDidChangeSettings(() => this.shown && this.showAnswer(this.shown, false)));
  }

  /** Shows what the coach says to an answer: in the open check-in panel, or (`open`) in one opened beside. */
  private showAnswer(shown: { readonly legs: LegsFeel; readonly saved: boolean; readonly walkWhole?: boolean }, open: boolean): void {
    const document = answerDocument(shown.legs, shown.saved, this.deps.easyCap(), shown.walkWhole);
    this.shown = shown;
    if (open) {
      this.deps.info.show('checkIn', document, undefined, vscode.ViewColumn.Beside);
    } else {
      this.deps.info.update('checkIn', document);
    }
  }

  /** Asks how the run after the warm-up that started at `startedAt` began, once (see {@link AfterRunQuestion}). */
  askAfterRun(startedAt: number): Promise<void> {
    return this.afterRun.ask(startedAt);
  }

  /** The check-in under the finished warm-up that started at `startedAt`, as the panel shows it. */
  state(startedAt: number): CheckInState {
    const legs = this.deps.history.find(startedAt)?.legs;
    return {
      question: vscode.l10n.t('How do your legs feel?'),
      answers: LEGS_FEELS.map((id) => ({ legs: id, label: legsLabel(id) })),
      answer: legs ? vscode.l10n.t('Saved with this warm-up: {0}.', legsLabel(legs)) : '',
    };
  }

  /** An answer from the panel: it belongs to the warm-up the panel shows as finished, and only then is it taken. */
  answer(legs: LegsFeel): void {
    const session = this.deps.controller.current;
    if (session?.status === 'done') {
      this.answerFinished(session.startedAt, legs);
    }
  }

  /** Saves the answer on a finished warm-up (from its panel or its notification); heavy legs open the self-check. */
  private answerFinished(startedAt: number, legs: LegsFeel): void {
    void this.deps.history.setLegs(startedAt, legs);
    if (legs === 'heavy') {
      // Beside the finished warm-up, which then shows the saved answer.
      this.showAnswer({ legs: 'heavy', saved: true, walkWhole: this.deps.history.find(startedAt)?.walkWhole }, true);
    }
  }

  private async ask(answer: unknown): Promise<void> {
    const { history, controller, info } = this.deps;
    const now = controller.now();
    const latest = history.latest(now);
    const recent = latest && now - latest.startedAt < CHECK_IN_WINDOW_MS ? latest : undefined;
    const record = async (legs: LegsFeel) => {
      if (recent) {
        await history.setLegs(recent.startedAt, legs);
      }
      this.showAnswer({ legs, saved: recent !== undefined, walkWhole: recent?.walkWhole }, false);
    };
    this.shown = undefined;
    info.show('checkIn', questionDocument(recent), (id) => void (isLegsFeel(id) && record(id)));
    if (isLegsFeel(answer)) {
      await record(answer);
    }
  }
}
