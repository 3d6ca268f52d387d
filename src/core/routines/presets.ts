import { buildRoutine } from './routine';
import { WarmupSettings } from '../settings/warmupSettings';
import { Step, DrillId } from './drills';

/** The built-in routines; `coach` is built from the core settings. */
export const PRESET_IDS = ['coach', 'officeQuick', 'easyRun', 'workout'] as const;
export type PresetId = (typeof PRESET_IDS)[number];

export function isPresetId(value: unknown): value is PresetId {
  return typeof value === 'string' && (PRESET_IDS as readonly string[]).includes(value);
}

const step = (id: DrillId, minutes: number, seconds = 0): Step => ({ id, durationMs: (minutes * 60 + seconds) * 1000 });

/** Fixed presets, from the domain notes (RAMP: raise, activate and mobilise, potentiate). */
const FIXED: Record<Exclude<PresetId, 'coach'>, readonly Step[]> = {
  // About 5 minutes, in place, no jumps.
  officeQuick: [
    step('walk', 1, 30),
    step('legSwingsFrontBack', 0, 40),
    step('legSwingsSide', 0, 40),
    step('hipCircles', 0, 40),
    step('highKnees', 0, 30),
    step('buttKicks', 0, 30),
    step('lunges', 0, 40),
  ],
  // About 8 minutes before an easy run.
  easyRun: [
    step('walk', 3),
    step('legSwingsFrontBack', 0, 45),
    step('legSwingsSide', 0, 45),
    step('lunges', 0, 45),
    step('highKnees', 0, 30),
    step('buttKicks', 0, 30),
    step('lateralWalk', 0, 30),
    step('walkBackwards', 0, 30),
    step('easeIn', 0, 45),
  ],
  // About 15 minutes before a workout or a race.
  workout: [
    step('walk', 2),
    step('easyJog', 4),
    step('legSwingsFrontBack', 0, 45),
    step('legSwingsSide', 0, 45),
    step('lunges', 0, 45),
    step('highKnees', 0, 40),
    step('buttKicks', 0, 40),
    step('aSkips', 0, 40),
    step('carioca', 0, 50),
    step('pogoHops', 0, 30),
    step('strides', 3, 30),
  ],
};

export function presetSteps(id: PresetId, settings: WarmupSettings): readonly Step[] {
  return id === 'coach' ? buildRoutine(settings) : FIXED[id];
}
