/** The answer to "How do your legs feel?" after a warm-up. */
export type LegsFeel = 'fresh' | 'ok' | 'heavy';

/** Every answer, in the order the runner is offered them. */
export const LEGS_FEELS: readonly LegsFeel[] = ['fresh', 'ok', 'heavy'];

/** True for 'fresh', 'ok' and 'heavy'. */
export function isLegsFeel(value: unknown): value is LegsFeel {
  return typeof value === 'string' && (LEGS_FEELS as readonly string[]).includes(value);
}
