import * as vscode from 'vscode';
import { isPresetId, PRESET_IDS, PresetId, presetSteps } from '../core/presets';
import { Step } from '../core/steps';
import type { Settings } from './settings';

/** A routine the runner can start: a preset or one of their custom routines. */
export interface RoutineChoice {
  /** The preset id or the custom routine's name, as `warmup.routine` names it. */
  readonly id: string;
  /** What the runner reads. */
  readonly label: string;
  readonly preset: boolean;
  readonly steps: readonly Step[];
}

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

/** The presets first, then the valid custom routines in the order they were written. */
export function allRoutines(settings: Settings): RoutineChoice[] {
  const presets = PRESET_IDS.map((id) => ({ id, label: presetLabel(id), preset: true, steps: presetSteps(id, settings.warmup) }));
  const customs = settings.customRoutines.map((r) => ({ id: r.name, label: r.name, preset: false, steps: r.steps }));
  return [...presets, ...customs];
}

/** The routine with this id (case-insensitive for custom names), if it exists and is valid. */
export function findRoutine(settings: Settings, id: string): RoutineChoice | undefined {
  if (isPresetId(id)) {
    return { id, label: presetLabel(id), preset: true, steps: presetSteps(id, settings.warmup) };
  }
  const custom = settings.customRoutines.find((r) => r.name.toLowerCase() === id.toLowerCase());
  return custom && { id: custom.name, label: custom.name, preset: false, steps: custom.steps };
}

/** The routine `warmup.routine` chooses, or the coach's when it names none that works. */
export function selectedRoutine(settings: Settings): RoutineChoice {
  return findRoutine(settings, settings.warmup.routine) ?? findRoutine(settings, 'coach')!;
}

/** A routine's label from its id, for history rows and the panel. */
export function routineLabel(id: string): string {
  return isPresetId(id) ? presetLabel(id) : id;
}
