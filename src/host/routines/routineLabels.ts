import * as vscode from 'vscode';
import { isPresetId, PresetId } from '../../core/routines/presets';
import { plainText } from '../base/untrusted';

function presetLabel(id: PresetId): string {
  switch (id) {
    case 'coach':
      return vscode.l10n.t("Coach's warm-up");
    case 'officeQuick':
      return vscode.l10n.t('Office quick: in place, no jumps');
    case 'easyRun':
      return vscode.l10n.t('Before an easy run');
    case 'workout':
      return vscode.l10n.t('Before a workout or race');
  }
}

/** What the runner reads for a routine id: a preset's title, or a custom routine's own name, made inert. */
export function routineLabel(id: string): string {
  return isPresetId(id) ? presetLabel(id) : plainText(id, 60);
}

/** The warning for a routine id given to **Start Warm-Up Routine…** (by a keybinding or another tool) that is not one. */
export function noRoutineMessage(id: string): string {
  return vscode.l10n.t('There is no routine called "{0}".', plainText(id, 60));
}
