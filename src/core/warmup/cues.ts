import { displaySeconds } from './format';
import { remainingInStep, RunningSession, Session } from './session';
import { DrillId, factsOf, HalfTime, Step } from '../routines/drills';

/** Something to signal to a runner who is not looking at the screen. */
export type Cue =
  | { readonly kind: 'countdown'; readonly seconds: number }
  | { readonly kind: 'change'; readonly stepId: DrillId }
  | { readonly kind: 'finish' }
  /** Half time on a one-sided drill (switch legs) or a lateral one (change direction). */
  | { readonly kind: 'halfway'; readonly say: HalfTime }
  /** 30 seconds left on a step of a minute or more. */
  | { readonly kind: 'thirtyLeft' }
  /** The next step, a few seconds before it starts, so the runner is ready. */
  | { readonly kind: 'next'; readonly stepId: DrillId }
  /** A counted set begins (stride 2 of 4); the first is announced with the step itself. */
  | { readonly kind: 'set'; readonly stepId: DrillId; readonly set: number; readonly count: number }
  /** A counted set's work ends: ease off, walk back. */
  | { readonly kind: 'rest'; readonly stepId: DrillId };

/** Seconds at the end of a step that get a beep. */
export const COUNTDOWN_SECONDS = 3;
/** "30 seconds left" is said on steps at least this long. */
export const THIRTY_LEFT_FROM_MS = 60_000;
/** "Next: …" is said this many seconds before a step ends, on steps at least NEXT_FROM_MS long. */
export const NEXT_AT_SECONDS = 7;
export const NEXT_FROM_MS = 15_000;

/** The seconds-left marks within a step, each with the cue said when the countdown reaches it; earlier ones win ties. */
export function marksOf(steps: readonly Step[], index: number): { readonly at: number; readonly cue: Cue }[] {
  const step = steps[index];
  const facts = factsOf(step.id);
  const secondsLeftAt = (elapsedMs: number) => Math.ceil((step.durationMs - elapsedMs) / 1000);
  const marks: { at: number; cue: Cue }[] = [];
  if (facts.halfTime) {
    marks.push({ at: secondsLeftAt(step.durationMs / 2), cue: { kind: 'halfway', say: facts.halfTime } });
  }
  const sets = facts.sets;
  for (let set = 0; sets && set < sets.count; set += 1) {
    const start = (step.durationMs * set) / sets.count;
    if (set > 0) {
      marks.push({ at: secondsLeftAt(start), cue: { kind: 'set', stepId: step.id, set: set + 1, count: sets.count } });
    }
    if (sets.workShare !== undefined) {
      marks.push({ at: secondsLeftAt(start + (step.durationMs * sets.workShare) / sets.count), cue: { kind: 'rest', stepId: step.id } });
    }
  }
  if (step.durationMs >= THIRTY_LEFT_FROM_MS) {
    marks.push({ at: 30, cue: { kind: 'thirtyLeft' } });
  }
  const next = steps[index + 1];
  if (next && step.durationMs >= NEXT_FROM_MS) {
    marks.push({ at: NEXT_AT_SECONDS, cue: { kind: 'next', stepId: next.id } });
  }
  return marks;
}

/**
 * The cue, if any, for going from `before` to `after` at `now`.
 * `lastShownSeconds` is the countdown value already signalled, so no second is beeped twice.
 */
export function cueFor(before: Session | undefined, after: Session, now: number, lastShownSeconds: number | undefined): Cue | undefined {
  if (after.status === 'done') {
    return before?.status === 'done' ? undefined : { kind: 'finish' };
  }
  if (before === undefined || before.status === 'done' || before.index !== after.index || before.startedAt !== after.startedAt) {
    return { kind: 'change', stepId: after.steps[after.index].id };
  }
  return after.status === 'running' ? midStepCue(after, now, lastShownSeconds) : undefined;
}

/** A mark the countdown just passed (at most one per tick, the first listed), else a countdown beep. */
function midStepCue(session: RunningSession, now: number, lastShownSeconds: number | undefined): Cue | undefined {
  const seconds = displaySeconds(remainingInStep(session, now));
  const crossed = (mark: number) => lastShownSeconds !== undefined && lastShownSeconds > mark && seconds <= mark && seconds > COUNTDOWN_SECONDS;
  const mark = marksOf(session.steps, session.index).find(({ at }) => crossed(at));
  if (mark) {
    return mark.cue;
  }
  if (seconds >= 1 && seconds <= COUNTDOWN_SECONDS && seconds !== lastShownSeconds) {
    return { kind: 'countdown', seconds };
  }
  return undefined;
}
