import { WarmupSettings } from '../settings/warmupSettings';
import { Step } from './drills';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

/** Builds the coach's routine from settings: walk, the chosen drills, then easing into the run. */
export function buildRoutine(settings: WarmupSettings): readonly Step[] {
  const steps: Step[] = [{ id: 'walk', durationMs: Math.round(settings.walkMinutes * MINUTE) }];
  for (const drill of settings.drills) {
    steps.push({ id: drill, durationMs: settings.drillSeconds * SECOND });
  }
  if (settings.easeInMinutes > 0) {
    steps.push({ id: 'easeIn', durationMs: Math.round(settings.easeInMinutes * MINUTE) });
  }
  return steps;
}

/** True when two plans have the same steps, each with the same length. */
export function sameSteps(a: readonly Step[], b: readonly Step[]): boolean {
  return a.length === b.length && a.every((step, i) => step.id === b[i].id && step.durationMs === b[i].durationMs);
}

/** Total planned length of a list of steps. */
export function totalDuration(steps: readonly Step[]): number {
  return steps.reduce((sum, step) => sum + step.durationMs, 0);
}
