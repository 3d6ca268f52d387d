import { sameSteps, totalDuration } from '../routines/routine';
import { factsOf, Step } from '../routines/drills';

/**
 * A warm-up in progress. Plain data, so it can be stored as JSON and restored after a reload.
 * Time is never counted: while running, the current step ends at the wall-clock time `stepEndsAt`;
 * while paused, `remainingMs` holds the frozen time left in the current step. The time left never exceeds `stepMs`,
 * the current step's length with any +15 s given, even when the wall clock is set back.
 */
export type Session = RunningSession | PausedSession | DoneSession;

interface SessionBase {
  readonly steps: readonly Step[];
  /** Index of the current step. */
  readonly index: number;
  /** Wall-clock time the warm-up started. */
  readonly startedAt: number;
  /** The routine it follows: a preset id or a custom routine's name. */
  readonly routine: string;
  /** Steps skipped before their end (by index), and not gone back to since: the history says whether the walk was whole. */
  readonly cut?: readonly number[];
}

export interface RunningSession extends SessionBase {
  readonly status: 'running';
  readonly stepEndsAt: number;
  /** The current step's length, with any +15 s given: the most time it can have left. */
  readonly stepMs: number;
}

export interface PausedSession extends SessionBase {
  readonly status: 'paused';
  readonly remainingMs: number;
  readonly stepMs: number;
}

export interface DoneSession extends SessionBase {
  readonly status: 'done';
  /** Wall-clock time the last step ended. */
  readonly finishedAt: number;
}

/** The fields every status shares. */
function base(session: Session): SessionBase {
  const { steps, index, startedAt, routine, cut } = session;
  return cut ? { steps, index, startedAt, routine, cut } : { steps, index, startedAt, routine };
}

/** `cut` with `index` added (skipped early) or removed (gone back to), kept sorted and without repeats. */
function withCut(session: Session, index: number, skipped: boolean): Session {
  const cut = (session.cut ?? []).filter((i) => i !== index);
  const next = skipped ? [...cut, index].sort((a, b) => a - b) : cut;
  const { cut: _old, ...rest } = session;
  return next.length > 0 ? { ...rest, cut: next } : rest;
}

/** True when the warm-up's opening walk ran its whole length: reached past and never skipped. Undefined without one. */
export function walkWasWhole(session: Session): boolean | undefined {
  if (session.steps[0]?.id !== 'walk') {
    return undefined;
  }
  const passed = session.status === 'done' || session.index > 0;
  return passed && !(session.cut ?? []).includes(0);
}

/** The most a step may be extended to by repeated +15 s. */
export const MAX_STEP_MS = 60 * 60 * 1000;
export const EXTEND_MS = 15 * 1000;

export function startSession(steps: readonly Step[], now: number, routine = 'coach'): Session {
  if (steps.length === 0) {
    return { status: 'done', steps, index: 0, startedAt: now, routine, finishedAt: now };
  }
  const stepMs = steps[0].durationMs;
  return { status: 'running', steps, index: 0, startedAt: now, routine, stepEndsAt: now + stepMs, stepMs };
}

/**
 * Moves a running session to the step the wall clock says, however much time has passed
 * (a blocked event loop, a sleeping laptop). A clock set back leaves the step with its full length left, counting
 * down from there. Paused and done sessions are returned unchanged; so is a session that needs no change.
 */
export function advance(session: Session, now: number): Session {
  if (session.status !== 'running') {
    return session;
  }
  if (session.stepEndsAt - now > session.stepMs) {
    return { ...session, stepEndsAt: now + session.stepMs };
  }
  let { index, stepEndsAt } = session;
  while (now >= stepEndsAt) {
    index += 1;
    if (index >= session.steps.length) {
      return { ...base(session), status: 'done', index: session.steps.length - 1, finishedAt: stepEndsAt };
    }
    stepEndsAt += session.steps[index].durationMs;
  }
  return index === session.index ? session : { ...session, index, stepEndsAt, stepMs: session.steps[index].durationMs };
}

/**
 * A warm-up whose plan ended this long before anyone saw it (VS Code closed, the laptop asleep) was abandoned, not
 * finished: an hour is longer than any warm-up and its run, so a runner who closed the lid, warmed up and came back
 * still gets the warm-up they did.
 */
export const ABANDONED_AFTER_MS = 60 * 60 * 1000;

/** True when `after` finished by the clock alone, so long ago that nobody was there to do it (see ABANDONED_AFTER_MS). */
export function endedUnseen(before: Session, after: Session, now: number): boolean {
  return before.status === 'running' && after.status === 'done' && now - after.finishedAt > ABANDONED_AFTER_MS;
}

/** Time left in the current step, never negative. */
export function remainingInStep(session: Session, now: number): number {
  switch (session.status) {
    case 'running':
      return Math.min(Math.max(0, session.stepEndsAt - now), session.stepMs);
    case 'paused':
      return session.remainingMs;
    case 'done':
      return 0;
  }
}

/** Time left in the whole warm-up: the current step plus every step after it. */
export function remainingInTotal(session: Session, now: number): number {
  if (session.status === 'done') {
    return 0;
  }
  return remainingInStep(session, now) + totalDuration(session.steps.slice(session.index + 1));
}

export function pause(session: Session, now: number): Session {
  const current = advance(session, now);
  if (current.status !== 'running') {
    return current;
  }
  const { stepEndsAt: _ended, status: _status, ...rest } = current;
  return { ...rest, status: 'paused', remainingMs: remainingInStep(current, now) };
}

export function resume(session: Session, now: number): Session {
  if (session.status !== 'paused') {
    return advance(session, now);
  }
  const { remainingMs: _left, status: _status, ...rest } = session;
  return { ...rest, status: 'running', stepEndsAt: now + session.remainingMs };
}

/** Jumps to the step at `index` with its full length, keeping a paused session paused. */
function goTo(session: RunningSession | PausedSession, index: number, now: number): Session {
  if (index >= session.steps.length) {
    return { ...base(session), status: 'done', index: session.steps.length - 1, finishedAt: now };
  }
  const stepMs = session.steps[index].durationMs;
  return session.status === 'paused'
    ? { ...base(session), index, status: 'paused', remainingMs: stepMs, stepMs }
    : { ...base(session), index, status: 'running', stepEndsAt: now + stepMs, stepMs };
}

/** Ends the current step now and starts the next one (or finishes). */
export function skip(session: Session, now: number): Session {
  const current = advance(session, now);
  return current.status === 'done' ? current : goTo(withCut(current, current.index, true) as RunningSession | PausedSession, current.index + 1, now);
}

/** Goes back to the previous step with its full length; on the first step, restarts it. */
export function previous(session: Session, now: number): Session {
  const current = advance(session, now);
  if (current.status === 'done') {
    return current;
  }
  const back = Math.max(0, current.index - 1);
  return goTo(withCut(current, back, false) as RunningSession | PausedSession, back, now);
}

/** Adds time to the current step, up to {@link MAX_STEP_MS} left (never taking time away). */
export function extend(session: Session, now: number, ms: number = EXTEND_MS): Session {
  const current = advance(session, now);
  if (current.status === 'done') {
    return current;
  }
  const left = remainingInStep(current, now);
  const added = Math.max(left, Math.min(left + ms, MAX_STEP_MS)) - left;
  const stepMs = current.stepMs + added;
  return current.status === 'running'
    ? { ...current, stepEndsAt: now + left + added, stepMs }
    : { ...current, remainingMs: left + added, stepMs };
}

/**
 * Applies a newly built routine to the steps not yet started: the steps up to and including the current one stay as
 * they are, later ones come from `routine` at the same positions. A routine that closes with a step that ends it (the
 * coach's ease-in) keeps that closing step when it now has fewer steps than already done, and gets nothing added once
 * the warm-up is on it.
 */
export function replanFutureSteps(session: Session, routine: readonly Step[], now: number): Session {
  const current = advance(session, now);
  if (current.status === 'done') {
    return current;
  }
  const kept = current.steps.slice(0, current.index + 1);
  const future = closes(current.steps, current.index) ? [] : routine.slice(Math.min(current.index + 1, closingAt(routine)));
  const steps = [...kept, ...future];
  return sameSteps(steps, current.steps) ? current : { ...current, steps };
}

/** True when the step at `index` is the last of `steps` and ends the routine. */
function closes(steps: readonly Step[], index: number): boolean {
  return index === steps.length - 1 && factsOf(steps[index].id).endsRoutine;
}

/** Where the routine's closing step is, when it ends with one; otherwise its length. */
function closingAt(routine: readonly Step[]): number {
  return routine.length > 0 && closes(routine, routine.length - 1) ? routine.length - 1 : routine.length;
}
