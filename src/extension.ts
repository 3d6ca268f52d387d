import * as vscode from 'vscode';
import { afterRunDue } from './core/coaching/afterRun';
import { advance } from './core/warmup/session';
import { systemClock } from './core/warmup/clock';
import { createApi, WarmupApi } from './host/api';
import { DisposableStore } from './host/base/dispose';
import { Failures } from './host/base/failures';
import { InfoPanels } from './host/base/infoPanels';
import { lazyEntryPoints } from './host/lazyEntryPoints';
import { Timers } from './host/base/timers';
import { CheckIn, registerCheckIn } from './host/checkIn';
import { CoachingFeature, registerCoaching } from './host/coaching';
import { PANEL_VIEW_TYPE, PanelFeature, registerPanel } from './host/panel';
import { registerReminders } from './host/reminders';
import { registerRoutines } from './host/routines';
import { SettingsReader } from './host/settings/settingsReader';
import { registerWarmup, WarmupFeature } from './host/warmup';
import { SharedSession } from './host/warmup/sharedSession';
import { Claims } from './host/windows/claims';
import { SharedFolder } from './host/windows/sharedFolder';
import { SoundOwner } from './host/windows/soundOwner';

/** The warm-up's features, composed on first use; disposing it disposes them all, the last composed first. */
interface Features extends vscode.Disposable {
  readonly warmup: WarmupFeature;
  readonly coaching: CoachingFeature;
  readonly panel: PanelFeature;
  readonly info: InfoPanels;
  readonly timers: Timers;
  readonly sound: SoundOwner;
  readonly checkIn: CheckIn;
}

/** What every window has from start-up: the settings, the folder the windows share and the warm-up stored there. */
interface Shared {
  readonly context: vscode.ExtensionContext;
  readonly log: vscode.LogOutputChannel;
  readonly settings: SettingsReader;
  readonly failures: Failures;
  readonly folder: SharedFolder;
  readonly session: SharedSession;
}

function composeFeatures({ context, log, settings, failures, folder, session }: Shared): Features {
  const store = new DisposableStore();
  const { globalState: memento, extensionUri } = context;
  const timers = store.add(new Timers());
  const sound = store.add(new SoundOwner(folder));
  const claims = new Claims(folder, systemClock, timers);
  const warmup = store.add(registerWarmup({ session, claims, soundHere: () => sound.isHere, settings, clock: systemClock, timers }));
  const { controller, onDidEnd } = warmup;
  const info = store.add(new InfoPanels(extensionUri, log));
  const coaching = store.add(registerCoaching({ memento, folder, failures, controller, onDidEnd, info, settings }));
  const checkIn = store.add(registerCheckIn({ controller, history: coaching.history, info, easyCap: coaching.easyCap, onDidChangeSettings: settings.onDidChange, claims }));
  const panel = store.add(registerPanel({ extensionUri, controller, settings, checkIn, heartRateCeiling: coaching.heartRateCeiling, log, sound }));
  store.add(registerRoutines({ controller, settings, showPanel: panel.show, memento, extensionId: context.extension.id }));
  controller.resumeRestored();
  return { warmup, coaching, panel, info, timers, sound, checkIn, dispose: () => store.dispose() };
}

/**
 * Back at the desk after the run: when the window comes into focus (or opens focused) 15 minutes to 3 hours after a
 * finished warm-up, the check-in asks how the run began. Only a listener: no timer, nothing composed until then.
 */
function askAfterRun({ settings, session }: Shared, ensure: () => Features): vscode.Disposable {
  const check = (focused: boolean) => {
    const due = focused && settings.current.warmup.askAfterRun ? afterRunDue(session.current, systemClock.now()) : undefined;
    if (due !== undefined) {
      void ensure().checkIn.askAfterRun(due);
    }
  };
  check(vscode.window.state.focused);
  return vscode.window.onDidChangeWindowState((state) => check(state.focused));
}

/** True when a stored warm-up is still under way: a window then shows it from start-up, with no command run. */
function isUnderWay(session: SharedSession): boolean {
  const current = session.current;
  return current !== undefined && advance(current, systemClock.now()).status !== 'done';
}

/** Opens what every window has from start-up; the context disposes it. */
function openShared(context: vscode.ExtensionContext): Shared {
  const log = vscode.window.createOutputChannel(vscode.l10n.t('Warm-Up'), { log: true });
  const settings = new SettingsReader(log);
  const failures = new Failures(log);
  const folder = new SharedFolder(context.globalStorageUri);
  const session = new SharedSession(folder, context.globalState, failures);
  context.subscriptions.push(session, folder, settings, log);
  return { context, log, settings, failures, folder, session };
}

export async function activate(context: vscode.ExtensionContext): Promise<WarmupApi> {
  const shared = openShared(context);
  const { settings, folder, session } = shared;
  // Activated at start-up for the reminder and for a warm-up another window may start, the extension reads the
  // settings and the stored warm-up, and holds at most the reminder's timer; the warm-up itself (status bar, panel,
  // commands) is composed when one is under way, or when a command, the panel or the API first needs it.
  let features: Features | undefined;
  const ensure = (): Features => {
    if (!features) {
      entryPoints.dispose();
      features = composeFeatures(shared);
    }
    return features;
  };
  // Read before anything can compose the warm-up: VS Code waits for activation before it runs a command or revives the panel.
  await session.load();
  const entryPoints = lazyEntryPoints(context, PANEL_VIEW_TYPE, () => ensure().panel);
  const reminderTimers = new Timers();
  const reminders = registerReminders({ settings, clock: systemClock, timers: reminderTimers, folder, claims: new Claims(folder, systemClock, reminderTimers) });
  const showIfUnderWay = () => isUnderWay(session) && ensure();
  context.subscriptions.push({ dispose: () => features?.dispose() }, reminders, reminderTimers, entryPoints, session.onDidChange(showIfUnderWay));
  showIfUnderWay();
  context.subscriptions.push(askAfterRun(shared, ensure));
  return createApi({
    mode: context.extensionMode,
    settings,
    warmup: () => {
      const { warmup, coaching, panel, info, timers, sound } = ensure();
      return { controller: warmup.controller, history: coaching.history, countdownText: warmup.statusBar.text, stateKey: warmup.stateKey.value, pendingTimers: timers.pending, panel, info, sound };
    },
    composed: () => features !== undefined,
    reactivate: () => {
      ensure().dispose();
      features = composeFeatures(shared);
    },
    memento: context.globalState,
    folder,
    reminders: { nextDueAt: () => reminders.nextDueAt(), get pendingTimers() { return reminderTimers.pending; } },
  });
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions; the warm-up is already in the shared folder.
}
