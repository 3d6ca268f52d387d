import * as vscode from 'vscode';
import { formatClock } from '../core/format';
import { totalDuration } from '../core/routine';
import { RoutineChoice } from './routines';
import { stepText } from './texts';

interface RoutineItem extends vscode.QuickPickItem {
  readonly routine: RoutineChoice;
}

/** "9:00 · 6 steps" */
export function routineLength(routine: RoutineChoice): string {
  return vscode.l10n.t('{0} · {1} steps', formatClock(totalDuration(routine.steps)), routine.steps.length);
}

/** Asks which routine to run; resolves undefined when the runner closes the picker. */
export async function pickRoutine(routines: readonly RoutineChoice[], selectedId: string): Promise<RoutineChoice | undefined> {
  const items: RoutineItem[] = routines.map((routine) => ({
    routine,
    label: routine.label,
    description: routine.id === selectedId ? vscode.l10n.t('{0} · your default', routineLength(routine)) : routineLength(routine),
    detail: routine.steps.map((step) => stepText(step.id).name).join(' · '),
  }));
  const presets = items.filter((item) => item.routine.preset);
  const customs = items.filter((item) => !item.routine.preset);
  const separator = (label: string): vscode.QuickPickItem => ({ label, kind: vscode.QuickPickItemKind.Separator });
  const picked = await vscode.window.showQuickPick<vscode.QuickPickItem>(
    [separator(vscode.l10n.t('Presets')), ...presets, ...(customs.length ? [separator(vscode.l10n.t('Your routines')), ...customs] : [])],
    { title: vscode.l10n.t('Start Warm-Up Routine'), placeHolder: vscode.l10n.t('Which warm-up today?'), matchOnDetail: true },
  );
  return picked && 'routine' in picked ? (picked as RoutineItem).routine : undefined;
}
