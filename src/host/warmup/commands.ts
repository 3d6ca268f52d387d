import * as vscode from 'vscode';
import { COMMANDS } from '../base/commandIds';
import { WarmupController } from './controller';

/** Pause, resume, toggle pause, skip, back, +15 s and stop: each does nothing but say so when no warm-up runs, and never throws. */
export function registerWarmupCommands(controller: WarmupController): vscode.Disposable {
  const whenActive = (action: () => void) => () => {
    if (controller.isActive) {
      action();
    } else {
      void vscode.window.showInformationMessage(vscode.l10n.t('No warm-up is running. Run "Warm-Up: Start Warm-Up" to begin one.'));
    }
  };
  return vscode.Disposable.from(
    vscode.commands.registerCommand(COMMANDS.pause, whenActive(() => controller.pause())),
    vscode.commands.registerCommand(COMMANDS.resume, whenActive(() => controller.resume())),
    vscode.commands.registerCommand(COMMANDS.togglePause, whenActive(() => controller.togglePause())),
    vscode.commands.registerCommand(COMMANDS.skip, whenActive(() => controller.skip())),
    vscode.commands.registerCommand(COMMANDS.previous, whenActive(() => controller.previous())),
    vscode.commands.registerCommand(COMMANDS.extend, whenActive(() => controller.extend())),
    vscode.commands.registerCommand(COMMANDS.stop, () => controller.stop()),
  );
}
