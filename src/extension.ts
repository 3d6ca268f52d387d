import * as vscode from 'vscode';
import { systemClock } from './core/clock';
import { WarmupApi } from './host/api';
import { COMMANDS, registerCommands } from './host/commands';
import { WarmupController } from './host/controller';
import { liveListenerCount } from './host/emitter';
import { Coaching } from './host/coaching';
import { registerFinishNotice } from './host/finish';
import { HistoryStore } from './host/historyStore';
import { InfoPanels } from './host/infoPanels';
import { findRoutine } from './host/routines';
import { WarmupPanel } from './host/panel';
import { Scheduler } from './host/scheduler';
import { SettingsReader } from './host/settings';
import { CountdownStatusBar } from './host/statusBar';
import { SessionStore } from './host/store';

interface Features extends vscode.Disposable {
  readonly controller: WarmupController;
  readonly history: HistoryStore;
  readonly settings: SettingsReader;
  readonly scheduler: Scheduler;
}

/** Wires the features together; each one is a Disposable owned by the returned object. */
function compose(context: vscode.ExtensionContext, log: vscode.LogOutputChannel): Features {
  const scheduler = new Scheduler();
  const settings = new SettingsReader(log);
  const controller = new WarmupController(systemClock, new SessionStore(context.globalState), scheduler);
  let current = settings.read();
  const history = new HistoryStore(context.globalState);
  const info = new InfoPanels(context.extensionUri, log);
  const coaching = new Coaching(controller, history, info, () => current);
  const panel = new WarmupPanel(
    context.extensionUri,
    controller,
    () => current,
    (command) => void vscode.commands.executeCommand(COMMANDS[command]),
    (legs) => coaching.answerFinished(legs),
    (startedAt) => coaching.legsFor(startedAt),
    log,
  );
  const onHistory = history.onDidChange(() => panel.refresh());
  const onSettings = settings.onDidChange((next) => {
    current = next;
    const routine = controller.current && findRoutine(next, controller.current.routine);
    if (routine) {
      controller.replan(routine.steps);
    }
    panel.refresh();
  });
  const parts = [
    onSettings,
    onHistory,
    coaching,
    info,
    history,
    registerCommands(controller, panel, settings),
    new CountdownStatusBar(controller),
    registerFinishNotice(controller),
    panel,
    controller,
    settings,
    scheduler,
  ];
  controller.resumeRestored();
  return { controller, history, settings, scheduler, dispose: () => parts.forEach((part) => part.dispose()) };
}

export function activate(context: vscode.ExtensionContext): WarmupApi {
  const log = vscode.window.createOutputChannel(vscode.l10n.t('Warm-Up'), { log: true });
  context.subscriptions.push(log);
  let features = compose(context, log);
  context.subscriptions.push({ dispose: () => features.dispose() });
  return {
    session: () => features.controller.current,
    settings: () => features.settings.read(),
    history: () => features.history.all(),
    now: () => features.controller.now(),
    debug: {
      pendingTimers: () => features.scheduler.pending,
      listeners: liveListenerCount,
      settingWarnings: () => features.settings.warnings,
      onCue: (listener) => features.controller.onDidCue((cue) => listener(cue.kind)),
      reactivate: () => {
        features.dispose();
        features = compose(context, log);
      },
    },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions; the session is already in globalState.
}
