import * as vscode from 'vscode';
import { HistoryEntry } from '../../core/coaching/history';
import { walkWasWhole } from '../../core/warmup/session';
import { COMMANDS } from '../base/commandIds';
import { DisposableStore } from '../base/dispose';
import { Failures } from '../base/failures';
import { InfoPanels } from '../base/infoPanels';
import { SettingsReader } from '../settings/settingsReader';
import { WarmupController, WarmupEnd } from '../warmup/controller';
import { SharedFolder } from '../windows/sharedFolder';
import { openHistoryCsv, saveHistoryCsv } from './exportHistory';
import { HistoryStore, SyncedMemento } from './historyStore';
import { historyDocument } from './historyView';
import { easyCap, easyTarget, zonesDocument } from './zonesView';

export interface CoachingDeps {
  readonly memento: SyncedMemento;
  readonly folder: SharedFolder;
  readonly failures: Failures;
  readonly controller: WarmupController;
  /** Each warm-up that ended, once across all windows. */
  readonly onDidEnd: vscode.Event<WarmupEnd>;
  readonly info: InfoPanels;
  readonly settings: SettingsReader;
}

/** The coaching around the timer as the other features use it. */
export interface CoachingFeature extends vscode.Disposable {
  readonly history: HistoryStore;
  /** The heart-rate ceiling line the panel shows on easy-running steps; undefined when the zones are not known. */
  heartRateCeiling(): string | undefined;
  /** The top of zone 2 in whole bpm, the cap for easy running; undefined when the zones are not known. */
  easyCap(): number | undefined;
}

/** The history (every warm-up recorded when it ends, shown and exported) and the heart-rate zones. */
export function registerCoaching({ memento, folder, failures, controller, onDidEnd, info, settings }: CoachingDeps): CoachingFeature {
  const store = new DisposableStore();
  const history = store.add(new HistoryStore({ memento, folder, failures, clock: controller }));
  const showHistory = async () => {
    await history.ready;
    info.show('history', historyDocument(history.all(), controller.now()), (id) => {
      if (id === 'openCsv') {
        void openHistoryCsv(history.all());
      } else {
        void vscode.commands.executeCommand(id === 'export' ? COMMANDS.exportHistory : COMMANDS.start);
      }
    });
  };
  const showZones = () =>
    info.show('zones', zonesDocument(settings.current.heartRate), (id) => {
      if (id === 'settings') {
        void vscode.commands.executeCommand('workbench.action.openSettings', 'warmup.heartRate');
      }
    });
  const exportHistory = async () => {
    await history.ready;
    return saveHistoryCsv(history.all(), memento);
  };
  store.add(onDidEnd((end) => void history.record(entryOf(end))));
  store.add(history.onDidChange(() => info.update('history', historyDocument(history.all(), controller.now()))));
  // An open zones panel follows the settings, its own "Open heart-rate settings" button included.
  store.add(settings.onDidChange((next) => info.update('zones', zonesDocument(next.heartRate))));
  store.add(vscode.commands.registerCommand(COMMANDS.showZones, showZones));
  store.add(vscode.commands.registerCommand(COMMANDS.showHistory, showHistory));
  store.add(vscode.commands.registerCommand(COMMANDS.exportHistory, exportHistory));
  return {
    history,
    heartRateCeiling: () => easyTarget(settings.current.heartRate),
    easyCap: () => easyCap(settings.current.heartRate),
    dispose: () => store.dispose(),
  };
}

/** The history entry of a warm-up that ended. */
function entryOf({ session, outcome }: WarmupEnd): HistoryEntry {
  const stepsDone = outcome === 'finished' ? session.steps.length : session.index;
  const walkWhole = walkWasWhole(session);
  const entry = { startedAt: session.startedAt, routine: session.routine, stepsDone, stepsTotal: session.steps.length, outcome };
  return walkWhole === undefined ? entry : { ...entry, walkWhole };
}
