import { Session } from './session';
import { DrillId, drillOf, Step } from '../routines/drills';

/** Shape version of what is stored; bump it when the stored shape changes. */
export const SESSION_FORMAT = 1;

export interface StoredSession {
  readonly format: typeof SESSION_FORMAT;
  readonly session: Session;
}

export function toStored(session: Session): StoredSession {
  return { format: SESSION_FORMAT, session };
}

/** Reads back a stored session, or returns undefined when the data is missing or malformed. */
export function fromStored(raw: unknown): Session | undefined {
  if (!isRecord(raw) || raw.format !== SESSION_FORMAT || !isRecord(raw.session)) {
    return undefined;
  }
  const s = raw.session;
  if (!Array.isArray(s.steps) || !s.steps.every(isStep) || !isTime(s.startedAt)) {
    return undefined;
  }
  // A warm-up stored by an older version may name a drill by its old id.
  const steps = (s.steps as { id: unknown; durationMs: number }[]).map((step): Step => ({ id: drillOf(step.id) as DrillId, durationMs: step.durationMs }));
  const index = s.index;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || (steps.length > 0 && index >= steps.length)) {
    return undefined;
  }
  if (steps.length === 0 && s.status !== 'done') {
    return undefined; // only a finished warm-up may have no steps; anything else has no current step
  }
  // Sessions stored before routines existed followed the coach's routine.
  const routine = typeof s.routine === 'string' && s.routine !== '' ? s.routine : 'coach';
  const cut = Array.isArray(s.cut) ? s.cut.filter((i): i is number => Number.isSafeInteger(i) && i >= 0 && i < steps.length) : [];
  const base = { steps, index, startedAt: s.startedAt, routine, ...(cut.length > 0 ? { cut } : {}) };
  // Sessions stored before `stepMs` existed had no +15 s on record: the step's own length is the best known.
  const stepMs = isDuration(s.stepMs) && s.stepMs > 0 ? s.stepMs : steps[index]?.durationMs;
  switch (s.status) {
    case 'running':
      return isTime(s.stepEndsAt) && stepMs ? { ...base, status: 'running', stepEndsAt: s.stepEndsAt, stepMs } : undefined;
    case 'paused':
      return isDuration(s.remainingMs) && stepMs ? { ...base, status: 'paused', remainingMs: s.remainingMs, stepMs: Math.max(stepMs, s.remainingMs) } : undefined;
    case 'done':
      return isTime(s.finishedAt) ? { ...base, status: 'done', finishedAt: s.finishedAt } : undefined;
    default:
      return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isDuration(value: unknown): value is number {
  return isTime(value) && value >= 0;
}

function isStep(value: unknown): value is Step {
  return isRecord(value) && drillOf(value.id) !== undefined && isDuration(value.durationMs) && value.durationMs > 0;
}
