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

/**
 * Fixed presets, from the domain notes (RAMP: raise, activate and mobilise, potentiate). Every one starts with a walk of
 * at least the coach's 3 minutes, and intensity builds to the end.
 */
const FIXED: Record<Exclude<PresetId, 'coach'>, readonly Step[]> = {
  // About 6 minutes, in place, no jumps: the marches keep one foot on the floor.
  officeQuick: [
    step('walk', 3),
    step('legSwingsFrontBack', 0, 30),
    step('legSwingsSide', 0, 30),
    step('hipCircles', 0, 30),
    step('reverseLunges', 0, 30),
    step('highKneeMarch', 0, 30),
    step('buttKickMarch', 0, 30),
  ],
  // About 9 minutes before an easy run.
  easyRun: [
    step('walk', 3),
    step('legSwingsFrontBack', 0, 45),
    step('legSwingsSide', 0, 45),
    step('walkingLunges', 0, 45),
    step('lateralWalk', 0, 30),
    step('walkBackwards', 0, 30),
    step('buttKicks', 0, 30),
    step('highKnees', 0, 30),
    step('easeIn', 2),
  ],
  // About 16 minutes before a workout or a race.
  workout: [
    step('walk', 3),
    step('easyJog', 4),
    step('legSwingsFrontBack', 0, 45),
    step('legSwingsSide', 0, 45),
    step('walkingLunges', 0, 45),
    step('highKnees', 0, 40),
    step('buttKicks', 0, 40),
    step('aSkips', 0, 40),
    step('carioca', 0, 50),
    step('pogoHops', 0, 30),
    step('strides', 3, 20),
  ],
};

export function presetSteps(id: PresetId, settings: WarmupSettings): readonly Step[] {
  return id === 'coach' ? buildRoutine(settings) : FIXED[id];
}
