import * as vscode from 'vscode';
import { totalDuration } from '../../core/routines/routine';
import { Routine } from '../../core/routines/routines';
import { formatClock } from '../../core/warmup/format';
import { stepText } from './drillTexts';
import { routineLabel } from './routineLabels';

interface RoutineItem extends vscode.QuickPickItem {
  readonly routine: Routine;
}

/** "9:00 · 6 steps" */
function routineLength(routine: Routine): string {
  return vscode.l10n.t('{0} · {1} steps', formatClock(totalDuration(routine.steps)), routine.steps.length);
}

/** The picker's row for a routine: its label (a custom name made inert), length and steps. */
export function routineItem(routine: Routine, selectedId: string): RoutineItem {
  return {
    routine,
    label: routineLabel(routine.id),
    description: routine.id === selectedId ? vscode.l10n.t('{0} · your default', routineLength(routine)) : routineLength(routine),
    detail: routine.steps.map((step) => stepText(step.id).name).join(' · '),
  };
}

/** Asks which routine to run, presets first; resolves undefined when the runner closes the picker. */
export async function pickRoutine(routines: readonly Routine[], selectedId: string): Promise<Routine | undefined> {
  const items = routines.map((routine) => routineItem(routine, selectedId));
  const presets = items.filter((entry) => entry.routine.preset);
  const customs = items.filter((entry) => !entry.routine.preset);
  const separator = (label: string): vscode.QuickPickItem => ({ label, kind: vscode.QuickPickItemKind.Separator });
  const picked = await vscode.window.showQuickPick<vscode.QuickPickItem>(
    [separator(vscode.l10n.t('Presets')), ...presets, ...(customs.length ? [separator(vscode.l10n.t('Your routines')), ...customs] : [])],
    { title: vscode.l10n.t('Start Warm-Up Routine'), placeHolder: vscode.l10n.t('Which warm-up today?'), matchOnDetail: true },
  );
  return picked && 'routine' in picked ? (picked as RoutineItem).routine : undefined;
}
