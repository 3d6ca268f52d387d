import * as vscode from 'vscode';
import { isPresetId, PresetId } from '../../core/routines/presets';

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

/** What the runner reads for a routine id: a preset's title, or a custom routine's own name. */
export function routineLabel(id: string): string {
  return isPresetId(id) ? presetLabel(id) : id;
}
