import * as vscode from 'vscode';
import { Clock } from '../../core/warmup/clock';
import { sameSteps } from '../../core/routines/routine';
import { findRoutine } from '../../core/routines/routines';
import { DisposableStore } from '../base/dispose';
import { TimerSource } from '../base/timers';
import { SettingsReader } from '../settings/settingsReader';
import { Claims } from '../windows/claims';
import { registerWarmupCommands } from './commands';
import { WarmupController, WarmupEnd } from './controller';
import { EndsOnce } from './endsOnce';
import { SharedSession } from './sharedSession';
import { StateContextKey } from './stateContextKey';
import { CountdownStatusBar } from './statusBar';

export type { WarmupEnd };

export interface WarmupDeps {
  readonly session: SharedSession;
  readonly claims: Claims;
  /** True when this window plays the sound: it is the runner's window, so it claims a finish first. */
  readonly soundHere: () => boolean;
  readonly settings: SettingsReader;
  readonly clock: Clock;
  readonly timers: TimerSource;
}

/** The warm-up feature as the others use it; disposing it ends the clock, the countdown and the commands. */
export interface WarmupFeature extends vscode.Disposable {
  readonly controller: WarmupController;
  readonly statusBar: CountdownStatusBar;
  /** `warmup.state` for the palette's and the panel title bar's `when` clauses. */
  readonly stateKey: StateContextKey;
  /**
   * Fires once per warm-up that ended, in one window only: the one where the runner ended it, or (when the clock ended
   * it, which every window sees) the one that claimed it.
   */
  readonly onDidEnd: vscode.Event<WarmupEnd>;
}


/**
 * The warm-up itself: the controller (the one owner of time, restored from storage), the status-bar countdown, the
 * step commands, and the policy that a settings change replans the steps not yet started.
 */
export function registerWarmup({ session, claims, soundHere, settings, clock, timers }: WarmupDeps): WarmupFeature {
  const store = new DisposableStore();
  // The first real use: every bad setting is reported now (the start-up path reports the reminder's alone).
  settings.read();
  const controller = store.add(new WarmupController(clock, session, timers));
  const statusBar = store.add(new CountdownStatusBar(controller));
  const stateKey = store.add(new StateContextKey(controller));
  const { onDidEnd } = store.add(new EndsOnce(controller, claims, soundHere));
  store.add(registerWarmupCommands(controller));
  store.add(replanOnChange(settings, controller));
  return { controller, statusBar, stateKey, onDidEnd, dispose: () => store.dispose() };
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
