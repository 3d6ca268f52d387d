import * as vscode from 'vscode';
import { PanelCommand } from '../shared/protocol';
import { WarmupController } from './controller';
import { WarmupPanel } from './panel';
import { pickRoutine } from './routinePicker';
import { allRoutines, findRoutine, RoutineChoice, selectedRoutine } from './routines';
import { SettingsReader } from './settings';

/** Command ids contributed in package.json; a contract with users' keybindings and other tools. */
export const COMMANDS = {
  start: 'warmup.start',
  pause: 'warmup.pause',
  resume: 'warmup.resume',
  skip: 'warmup.skip',
  previous: 'warmup.previous',
  extend: 'warmup.addTime',
  stop: 'warmup.stop',
  showPanel: 'warmup.showPanel',
  startRoutine: 'warmup.startRoutine',
} as const satisfies Record<PanelCommand | 'showPanel' | 'startRoutine', string>;

/** Registers every command; each returns nothing and never throws on a missing warm-up. */
export function registerCommands(controller: WarmupController, panel: WarmupPanel, settings: SettingsReader): vscode.Disposable {
  const startFresh = (routine: RoutineChoice) => {
    controller.start(routine.steps, routine.id);
    panel.show();
  };
  // Never a second clock: while one runs, show it and offer a restart (without blocking the command).
  const start = (routine: RoutineChoice = selectedRoutine(settings.read())) => {
    if (!controller.isActive) {
      startFresh(routine);
      return;
    }
    panel.show();
    const restart = vscode.l10n.t('Restart');
    void vscode.window
      .showInformationMessage(vscode.l10n.t('A warm-up is already running. Restart it from the beginning?'), restart, vscode.l10n.t('Keep going'))
      .then((answer) => {
        if (answer === restart) {
          startFresh(routine);
        }
      });
  };
  const whenActive = (action: () => void) => () => {
    if (controller.isActive) {
      action();
    } else {
      void vscode.window.showInformationMessage(vscode.l10n.t('No warm-up is running. Run "Warm-Up: Start Warm-Up" to begin one.'));
    }
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.start, () => start()),
    // With a routine id as argument (from a keybinding or another tool) it starts that routine without asking.
    vscode.commands.registerCommand(COMMANDS.startRoutine, async (id?: unknown) => {
      const current = settings.read();
      const routine = typeof id === 'string' ? findRoutine(current, id) : await pickRoutine(allRoutines(current), current.warmup.routine);
      if (routine) {
        start(routine);
      } else if (typeof id === 'string') {
        void vscode.window.showWarningMessage(vscode.l10n.t('There is no routine called "{0}".', id));
      }
    }),
    vscode.commands.registerCommand(COMMANDS.pause, whenActive(() => controller.pause())),
    vscode.commands.registerCommand(COMMANDS.resume, whenActive(() => controller.resume())),
    vscode.commands.registerCommand(COMMANDS.skip, whenActive(() => controller.skip())),
    vscode.commands.registerCommand(COMMANDS.previous, whenActive(() => controller.previous())),
    vscode.commands.registerCommand(COMMANDS.extend, whenActive(() => controller.extend())),
    vscode.commands.registerCommand(COMMANDS.stop, () => controller.stop()),
    vscode.commands.registerCommand(COMMANDS.showPanel, () => panel.show()),
  );
}
