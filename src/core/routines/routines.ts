import type { Settings } from '../settings/settings';
import { Step } from './drills';
import { isPresetId, PRESET_IDS, presetSteps } from './presets';

/** A routine the runner can start: a preset or one of their custom routines. */
export interface Routine {
  /** The preset id or the custom routine's name, as `warmup.routine` names it. */
  readonly id: string;
  readonly preset: boolean;
  readonly steps: readonly Step[];
}

/** The presets first, then the valid custom routines in the order they were written. */
export function allRoutines(settings: Settings): Routine[] {
  const presets = PRESET_IDS.map((id) => ({ id, preset: true, steps: presetSteps(id, settings.warmup) }));
  const customs = settings.customRoutines.map((r) => ({ id: r.name, preset: false, steps: r.steps }));
  return [...presets, ...customs];
}

/** The routine with this id (case-insensitive for custom names), if it exists and is valid. */
export function findRoutine(settings: Settings, id: string): Routine | undefined {
  if (isPresetId(id)) {
    return { id, preset: true, steps: presetSteps(id, settings.warmup) };
  }
  const custom = settings.customRoutines.find((r) => r.name.toLowerCase() === id.toLowerCase());
  return custom && { id: custom.name, preset: false, steps: custom.steps };
}

/** The routine `warmup.routine` chooses, or the coach's when it names none that works. */
export function selectedRoutine(settings: Settings): Routine {
  return findRoutine(settings, settings.warmup.routine) ?? { id: 'coach', preset: true, steps: presetSteps('coach', settings.warmup) };
}

/** True when `warmup.routine` names neither a preset nor a valid custom routine (so the coach's runs instead). */
export function isRoutineMissing(settings: Settings): boolean {
  return findRoutine(settings, settings.warmup.routine) === undefined;
}
