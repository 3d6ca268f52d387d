import * as vscode from 'vscode';
import { Clock } from '../../core/warmup/clock';
import { sameSteps } from '../../core/routines/routine';
import { findRoutine } from '../../core/routines/routines';
import { DisposableStore } from '../base/dispose';
import { Failures } from '../base/failures';
import { TimerSource } from '../base/timers';
import { SettingsReader } from '../settings/settingsReader';
import { registerWarmupCommands } from './commands';
import { WarmupController } from './controller';
import { SessionStore } from './sessionStore';
import { CountdownStatusBar } from './statusBar';

export interface WarmupDeps {
  readonly memento: vscode.Memento;
  readonly failures: Failures;
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
export function registerWarmup({ memento, failures, settings, clock, timers }: WarmupDeps): WarmupFeature {
  const store = new DisposableStore();
  // The first real use: every bad setting is reported now (the start-up path reports the reminder's alone).
  settings.read();
  const controller = store.add(new WarmupController(clock, new SessionStore(memento, failures), timers));
  const statusBar = store.add(new CountdownStatusBar(controller));
  store.add(registerWarmupCommands(controller));
  store.add(replanOnChange(settings, controller));
  return { controller, statusBar, dispose: () => store.dispose() };
}

/**
 * A settings change replans the running warm-up only when it changed that routine's own steps (a new drill length, a
 * custom routine edited); any other change (volume, sound, heart rate, reminder) leaves it exactly as it is.
 */
function replanOnChange(settings: SettingsReader, controller: WarmupController): vscode.Disposable {
  let previous = settings.current;
  return settings.onDidChange((next) => {
    const id = controller.current?.routine;
    const before = id === undefined ? undefined : findRoutine(previous, id)?.steps;
    const after = id === undefined ? undefined : findRoutine(next, id)?.steps;
    previous = next;
    if (after && !(before && sameSteps(before, after))) {
      controller.replan(after);
    }
  });
}
