import * as vscode from 'vscode';
import { Clock } from '../../core/warmup/clock';
import { findRoutine } from '../../core/routines/routines';
import { DisposableStore } from '../base/dispose';
import { TimerSource } from '../base/timers';
import { SettingsReader } from '../settings/settingsReader';
import { registerWarmupCommands } from './commands';
import { WarmupController } from './controller';
import { SessionStore } from './sessionStore';
import { CountdownStatusBar } from './statusBar';

export interface WarmupDeps {
  readonly memento: vscode.Memento;
  readonly settings: SettingsReader;
  readonly clock: Clock;
  readonly timers: TimerSource;
}

/** The warm-up feature as the others use it; disposing it ends the clock, the countdown and the commands. */
export interface WarmupFeature extends vscode.Disposable {
  readonly controller: WarmupController;
  readonly statusBar: CountdownStatusBar;
}

/**
 * The warm-up itself: the controller (the one owner of time, restored from storage), the status-bar countdown, the
 * step commands, and the policy that a settings change replans the steps not yet started.
 */
export function registerWarmup({ memento, settings, clock, timers }: WarmupDeps): WarmupFeature {
  const store = new DisposableStore();
  // The first real use: every bad setting is reported now (the start-up path reports the reminder's alone).
  settings.read();
  const controller = store.add(new WarmupController(clock, new SessionStore(memento), timers));
  const statusBar = store.add(new CountdownStatusBar(controller));
  store.add(registerWarmupCommands(controller));
  store.add(
    settings.onDidChange((next) => {
      const routine = controller.current && findRoutine(next, controller.current.routine);
      if (routine) {
        controller.replan(routine.steps);
      }
    }),
  );
  return { controller, statusBar, dispose: () => store.dispose() };
}
