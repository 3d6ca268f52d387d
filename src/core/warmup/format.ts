/** Whole seconds shown for a remaining time: a step of 30 s shows 0:30 at its start and 0:01 in its last second. */
export function displaySeconds(ms: number): number {
  return Math.max(0, Math.ceil(ms / 1000));
}

/** Formats a remaining time as `m:ss` (minutes are not capped, so an hour reads 60:00). */
export function formatClock(ms: number): string {
  const total = displaySeconds(ms);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${seconds.toString().padStart(2, '0')}`;
}

/** Milliseconds until the displayed `m:ss` of a running countdown changes next. */
export function msUntilDisplayChange(ms: number): number {
  if (ms <= 0) {
    return 0;
  }
  const rest = ms % 1000;
  return rest === 0 ? 1000 : rest;
}
