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
import { PANEL_VIEW_TYPE, WarmupPanel } from './host/panel';
import { ReminderScheduler } from './host/reminders';
import { Scheduler } from './host/scheduler';
import { SettingsReader } from './host/settings';
import { CountdownStatusBar } from './host/statusBar';
import { SessionStore } from './host/store';

interface Features extends vscode.Disposable {
  readonly controller: WarmupController;
  readonly panel: WarmupPanel;
  readonly history: HistoryStore;
  readonly settings: SettingsReader;
  readonly scheduler: Scheduler;
}

/** Wires the features together; each one is a Disposable owned by the returned object. */
function compose(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, settings: SettingsReader): Features {
  const scheduler = new Scheduler();
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
    (legs) => {
      const session = controller.current;
      if (session?.status === 'done') {
        coaching.answerFinished(session.startedAt, legs);
      }
    },
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
    registerFinishNotice(controller, (startedAt, legs) => coaching.answerFinished(startedAt, legs)),
    panel,
    controller,
    scheduler,
  ];
  controller.resumeRestored();
  return { controller, history, panel, settings, scheduler, dispose: () => parts.forEach((part) => part.dispose()) };
}

/**
 * Stand-ins for every contributed command and for the panel serializer while the features are not composed: the first
 * use composes them (which registers the real ones in their place) and hands the call over.
 */
function lazyEntryPoints(context: vscode.ExtensionContext, ensure: () => Features): vscode.Disposable {
  const manifest = context.extension.packageJSON as { contributes?: { commands?: { command: string }[] } };
  return vscode.Disposable.from(
    ...(manifest.contributes?.commands ?? []).map(({ command }) =>
      vscode.commands.registerCommand(command, (...args: unknown[]) => {
        ensure();
        return vscode.commands.executeCommand(command, ...args);
      }),
    ),
    vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => ensure().panel.attach(panel),
    }),
  );
}

export function activate(context: vscode.ExtensionContext): WarmupApi {
  const log = vscode.window.createOutputChannel(vscode.l10n.t('Warm-Up'), { log: true });
  const settings = new SettingsReader(log);
  // Activated at start-up for the reminder, the extension reads the settings and holds at most the reminder's timer;
  // the warm-up itself (stored session, status bar, panel, commands) is composed when a command, the panel or the API
  // first needs it.
  let features: Features | undefined;
  const ensure = (): Features => {
    if (!features) {
      entryPoints.dispose();
      features = compose(context, log, settings);
    }
    return features;
  };
  const entryPoints = lazyEntryPoints(context, ensure);
  const reminderTimers = new Scheduler();
  const reminders = new ReminderScheduler(systemClock, reminderTimers, () => settings.read('reminder'), settings.onDidChange, () => {
    void vscode.commands.executeCommand(COMMANDS.start);
  });
  context.subscriptions.push({ dispose: () => features?.dispose() }, reminders, reminderTimers, entryPoints, settings, log);
  return {
    session: () => ensure().controller.current,
    settings: () => settings.read(),
    history: () => ensure().history.all(),
    now: () => ensure().controller.now(),
    debug: {
      pendingTimers: () => ensure().scheduler.pending,
      listeners: () => (ensure(), liveListenerCount()),
      settingWarnings: () => settings.warnings,
      onCue: (listener) => ensure().controller.onDidCue((cue) => listener(cue.kind)),
      reactivate: () => {
        ensure().dispose();
        features = compose(context, log, settings);
      },
      composed: () => features !== undefined,
      nextReminder: () => reminders.nextDueAt(),
      reminderTimers: () => reminderTimers.pending,
    },
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions; the session is already in globalState.
}
