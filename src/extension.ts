import * as vscode from 'vscode';
import { systemClock } from './core/warmup/clock';
import { createApi, WarmupApi } from './host/api';
import { DisposableStore } from './host/base/dispose';
import { Failures } from './host/base/failures';
import { InfoPanels } from './host/base/infoPanels';
import { lazyEntryPoints } from './host/lazyEntryPoints';
import { Timers } from './host/base/timers';
import { registerCheckIn } from './host/checkIn';
import { CoachingFeature, registerCoaching } from './host/coaching';
import { PANEL_VIEW_TYPE, PanelFeature, registerPanel } from './host/panel';
import { registerReminders } from './host/reminders';
import { registerRoutines } from './host/routines';
import { SettingsReader } from './host/settings/settingsReader';
import { registerWarmup, WarmupFeature } from './host/warmup';

/** The warm-up's features, composed on first use; disposing it disposes them all, the last composed first. */
interface Features extends vscode.Disposable {
  readonly warmup: WarmupFeature;
  readonly coaching: CoachingFeature;
  readonly panel: PanelFeature;
  readonly info: InfoPanels;
  readonly timers: Timers;
}

function composeFeatures(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, settings: SettingsReader): Features {
  const store = new DisposableStore();
  const { globalState: memento, extensionUri } = context;
  const timers = store.add(new Timers());
  const failures = new Failures(log);
  const warmup = store.add(registerWarmup({ memento, failures, settings, clock: systemClock, timers }));
  const { controller } = warmup;
  const info = store.add(new InfoPanels(extensionUri, log));
  const coaching = store.add(registerCoaching({ memento, failures, controller, info, settings }));
  const checkIn = store.add(registerCheckIn({ controller, history: coaching.history, info, easyCap: coaching.easyCap, onDidChangeSettings: settings.onDidChange }));
  const panel = store.add(registerPanel({ extensionUri, controller, settings, checkIn, heartRateCeiling: coaching.heartRateCeiling, log }));
  store.add(registerRoutines({ controller, settings, showPanel: panel.show }));
  controller.resumeRestored();
  return { warmup, coaching, panel, info, timers, dispose: () => store.dispose() };
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
      features = composeFeatures(context, log, settings);
    }
    return features;
  };
  const entryPoints = lazyEntryPoints(context, PANEL_VIEW_TYPE, () => ensure().panel);
  const reminderTimers = new Timers();
  const reminders = registerReminders({ settings, clock: systemClock, timers: reminderTimers });
  context.subscriptions.push({ dispose: () => features?.dispose() }, reminders, reminderTimers, entryPoints, settings, log);
  return createApi({
    mode: context.extensionMode,
    settings,
    warmup: () => {
      const { warmup, coaching, panel, info, timers } = ensure();
      return { controller: warmup.controller, history: coaching.history, countdownText: warmup.statusBar.text, pendingTimers: timers.pending, panel, info };
    },
    composed: () => features !== undefined,
    reactivate: () => {
      ensure().dispose();
      features = composeFeatures(context, log, settings);
    },
    memento: context.globalState,
    reminders: { nextDueAt: () => reminders.nextDueAt(), get pendingTimers() { return reminderTimers.pending; } },
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions; the session is already in globalState.
}
