import { displaySeconds } from './format';
import { remainingInStep, Session } from './session';
import { isOneSided, DrillId } from '../routines/drills';

/** Something to signal to a runner who is not looking at the screen. */
export type Cue =
  | { readonly kind: 'countdown'; readonly seconds: number }
  | { readonly kind: 'change'; readonly stepId: DrillId }
  | { readonly kind: 'finish' }
  /** Half time on a one-sided drill: switch legs. */
  | { readonly kind: 'halfway' }
  /** 30 seconds left on a step of a minute or more. */
  | { readonly kind: 'thirtyLeft' };

/** Seconds at the end of a step that get a beep. */
export const COUNTDOWN_SECONDS = 3;
/** "30 seconds left" is said on steps at least this long. */
export const THIRTY_LEFT_FROM_MS = 60_000;

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
  if (after.status !== 'running') {
    return undefined;
  }
  const seconds = displaySeconds(remainingInStep(after, now));
  const crossed = (mark: number) => lastShownSeconds !== undefined && lastShownSeconds > mark && seconds <= mark && seconds > COUNTDOWN_SECONDS;
  const step = after.steps[after.index];
  if (isOneSided(step.id) && crossed(Math.ceil(step.durationMs / 2000))) {
    return { kind: 'halfway' };
  }
  if (step.durationMs >= THIRTY_LEFT_FROM_MS && crossed(30)) {
    return { kind: 'thirtyLeft' };
  }
  if (seconds >= 1 && seconds <= COUNTDOWN_SECONDS && seconds !== lastShownSeconds) {
    return { kind: 'countdown', seconds };
  }
  return undefined;
}
