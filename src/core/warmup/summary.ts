import { formatClock, displaySeconds } from './format';
import { remainingInStep, remainingInTotal, Session } from './session';
import { DrillId } from '../routines/drills';

/** What every view of a warm-up shows at one moment, language-neutral. */
export interface Summary {
  readonly status: Session['status'];
  readonly stepId: DrillId;
  /** 1-based position of the current step. */
  readonly position: number;
  readonly count: number;
  readonly remainingMs: number;
  readonly seconds: number;
  readonly clock: string;
  readonly totalClock: string;
  /** The step after this one, or undefined on the last step. */
  readonly nextId: DrillId | undefined;
}

export function summarize(session: Session, now: number): Summary {
  const remainingMs = remainingInStep(session, now);
  const index = Math.min(session.index, Math.max(0, session.steps.length - 1));
  return {
    status: session.status,
    stepId: session.steps[index]?.id ?? 'walk',
    position: index + 1,
    count: session.steps.length,
    remainingMs,
    seconds: displaySeconds(remainingMs),
    clock: formatClock(remainingMs),
    totalClock: formatClock(remainingInTotal(session, now)),
    nextId: session.steps[index + 1]?.id,
  };
}
