import * as vscode from 'vscode';
import { allRoutines, findRoutine, Routine, selectedRoutine } from '../../core/routines/routines';
import { COMMANDS } from '../base/commandIds';
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

/**
 * Starting a warm-up: **Start Warm-Up** runs the routine `warmup.routine` chooses, **Start Warm-Up Routine…** asks
 * which (or takes a routine id as argument, from a keybinding or another tool). Never a second clock: while one runs,
 * it is shown and a restart is offered, without blocking the command.
 */
export function registerRoutines({ controller, settings, showPanel, memento, extensionId }: RoutinesDeps): vscode.Disposable {
  const startFresh = (routine: Routine) => {
    controller.start(routine.steps, routine.id);
    showPanel();
    showSafetyOnce(memento, extensionId);
  };
  const start = (routine: Routine) => {
    if (!controller.isActive) {
      startFresh(routine);
      return;
    }
    showPanel();
    const restart = vscode.l10n.t('Restart');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('A warm-up is already running. Restart it from the beginning?'), restart, vscode.l10n.t('Keep going'))
      .then((answer) => answer === restart && startFresh(routine));
  };
  const startChosen = async (id?: unknown) => {
    const current = settings.read();
    const routine = typeof id === 'string' ? findRoutine(current, id) : await pickRoutine(allRoutines(current), current.warmup.routine);
    if (routine) {
      start(routine);
    } else if (typeof id === 'string') {
      void vscode.window.showWarningMessage(noRoutineMessage(id));
    }
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.start, () => start(selectedRoutine(settings.read()))),
    vscode.commands.registerCommand(COMMANDS.startRoutine, startChosen),
  );
}
