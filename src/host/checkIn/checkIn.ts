import * as vscode from 'vscode';
import { isLegsFeel, LegsFeel, toCsv } from '../core/history';
import { answerDocument, questionDocument } from './checkInView';
import { WarmupController } from './controller';
import { HistoryStore } from './historyStore';
import { historyDocument } from './historyView';
import { InfoPanels } from './infoPanels';
import type { Settings } from './settings';
import { easyCap, zonesDocument } from './zonesView';

/** How long after its start a warm-up still takes a legs answer from the check-in command. */
const CHECK_IN_WINDOW_MS = 24 * 60 * 60 * 1000;

/** The coaching around the timer: history, the legs check-in, heart-rate zones. */
export class Coaching implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly controller: WarmupController,
    private readonly history: HistoryStore,
    private readonly info: InfoPanels,
    private readonly settings: () => Settings,
  ) {
    this.subscriptions = [
      // Every warm-up that starts is recorded when it ends, finished or stopped.
      controller.onDidEnd(({ session, outcome }) => {
        void history.record({
          startedAt: session.startedAt,
          routine: session.routine,
          stepsDone: outcome === 'finished' ? session.steps.length : session.index,
          stepsTotal: session.steps.length,
          outcome,
        });
      }),
      history.onDidChange(() => this.info.update('history', historyDocument(this.history.all(), this.controller.now()))),
      vscode.commands.registerCommand('warmup.showZones', () => this.showZones()),
      // With 'fresh', 'ok' or 'heavy' as argument (a keybinding, another tool) it records that answer directly.
      vscode.commands.registerCommand('warmup.checkIn', (answer?: unknown) => this.checkIn(answer)),
      vscode.commands.registerCommand('warmup.showHistory', () => this.showHistory()),
      vscode.commands.registerCommand('warmup.exportHistory', () => this.exportHistory()),
    ];
  }

  /** Saves the answer on a finished warm-up (from its panel or its notification); heavy legs open the self-check. */
  answerFinished(startedAt: number, legs: LegsFeel): void {
    void this.history.setLegs(startedAt, legs);
    if (legs === 'heavy') {
      // Beside the finished warm-up, which then shows the saved answer.
      this.info.show('checkIn', answerDocument('heavy', true, easyCap(this.settings().heartRate)), undefined, vscode.ViewColumn.Beside);
    }
  }

  legsFor(startedAt: number): LegsFeel | undefined {
    return this.history.all().find((entry) => entry.startedAt === startedAt)?.legs;
  }

  private showZones(): void {
    this.info.show('zones', zonesDocument(this.settings().heartRate), (id) => {
      if (id === 'settings') {
        void vscode.commands.executeCommand('workbench.action.openSettings', 'warmup.heartRate');
      }
    });
  }

  private async checkIn(answer: unknown): Promise<void> {
    const latest = this.history.latest();
    const recent = latest && this.controller.now() - latest.startedAt < CHECK_IN_WINDOW_MS ? latest : undefined;
    const record = async (legs: LegsFeel) => {
      if (recent) {
        await this.history.setLegs(recent.startedAt, legs);
      }
      this.info.update('checkIn', answerDocument(legs, recent !== undefined, easyCap(this.settings().heartRate)));
    };
    this.info.show('checkIn', questionDocument(recent), (id) => void (isLegsFeel(id) && record(id)));
    if (isLegsFeel(answer)) {
      await record(answer);
    }
  }

  private showHistory(): void {
    this.info.show('history', historyDocument(this.history.all(), this.controller.now()), (id) => {
      void vscode.commands.executeCommand(id === 'export' ? 'warmup.exportHistory' : 'warmup.start');
    });
  }

  private async exportHistory(): Promise<void> {
    const document = await vscode.workspace.openTextDocument({ language: 'csv', content: toCsv(this.history.all()) });
    await vscode.window.showTextDocument(document);
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
  }
}
