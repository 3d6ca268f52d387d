import { advance, Session } from '../warmup/session';

/** The runner is back from the run: from this long after a finished warm-up, VS Code coming into focus asks about it. */
export const AFTER_RUN_FROM_MS = 15 * 60_000;
/** Until this long after: later, the first minutes of the run are too far back to remember well. */
export const AFTER_RUN_UNTIL_MS = 3 * 60 * 60_000;

/**
 * The start time of the finished warm-up whose run the runner can now be asked about ("how did the first ten minutes
 * feel?"), or undefined: nothing finished, or it finished less than 15 minutes or more than 3 hours ago.
 */
export function afterRunDue(session: Session | undefined, now: number): number | undefined {
  const current = session && advance(session, now);
  if (current?.status !== 'done') {
    return undefined;
  }
  const since = now - current.finishedAt;
  return since >= AFTER_RUN_FROM_MS && since <= AFTER_RUN_UNTIL_MS ? current.startedAt : undefined;
}
