import * as vscode from 'vscode';
import { allRoutines, findRoutine, Routine, selectedRoutine } from '../../core/routines/routines';
import { COMMANDS } from '../base/commandIds';
import { settledWithin } from '../base/timers';
import { SettingsReader } from '../settings/settingsReader';
import { WarmupController } from '../warmup/controller';
import { noRoutineMessage } from './routineLabels';
import { pickRoutine } from './routinePicker';
import { showSafetyOnce } from './safetyNotice';

export interface RoutinesDeps {
  readonly controller: WarmupController;
  readonly settings: SettingsReader;
  /** Brings the Warm-Up panel to the front (the panel feature's). */
  readonly showPanel: () => void;
  /** Where the first-use safety notice remembers that it was shown, and the extension's id for its walkthrough. */
  readonly memento: vscode.Memento;
  readonly extensionId: string;
}

/** The longest the panel waits for a new warm-up to be shared before it opens anyway (a slow or failing disk). */
const SHARE_FIRST_MS = 300;

/**
 * Starting a warm-up: **Start Warm-Up** runs the routine `warmup.routine` chooses, **Start Warm-Up Routine…** asks
 * which (or takes a routine id as argument, from a keybinding or another tool). Never a second clock: while one runs,
 * it is shown and a restart is offered, without blocking the command.
 */
export function registerRoutines({ controller, settings, showPanel, memento, extensionId }: RoutinesDeps): vscode.Disposable {
  const startFresh = async (routine: Routine) => {
    controller.start(routine.steps, routine.id);
    // Opening a panel keeps this window busy for a moment, and every call of the shared write waits behind it: the
    // other windows show the new warm-up sooner when its file is written first (measured in bench:vscode).
    await settledWithin(controller.shared, SHARE_FIRST_MS);
    showPanel();
    showSafetyOnce(memento, extensionId);
  };
  const start = async (routine: Routine) => {
    if (!controller.isActive) {
      await startFresh(routine);
      return;
    }
    showPanel();
    const restart = vscode.l10n.t('Restart');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('A warm-up is already running. Restart it from the beginning?'), restart, vscode.l10n.t('Keep going'))
      .then((answer) => answer === restart && void startFresh(routine));
  };
  const startChosen = async (id?: unknown) => {
    const current = settings.read();
    const routine = typeof id === 'string' ? findRoutine(current, id) : await pickRoutine(allRoutines(current), current.warmup.routine);
    if (routine) {
      await start(routine);
    } else if (typeof id === 'string') {
      void vscode.window.showWarningMessage(noRoutineMessage(id));
    }
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.start, () => start(selectedRoutine(settings.read()))),
    vscode.commands.registerCommand(COMMANDS.startRoutine, startChosen),
  );
}
