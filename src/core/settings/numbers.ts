/** Why a configured number was not used as it is. */
export type NumberProblem = 'notANumber' | 'tooSmall' | 'tooLarge' | 'notAnInteger';

export interface Range {
  readonly min: number;
  readonly max: number;
}

/**
 * Checks a configured number. `null` and `undefined` mean "not set" and give `fallback` without a problem;
 * anything that is not a finite number gives `fallback` with a problem; out of range is clamped and a
 * fraction is rounded when `integer` (the limits are whole numbers, so rounding stays in range).
 */
export function checkNumber<F>(value: unknown, range: Range, integer: boolean, fallback: F): { value: number | F; problem?: NumberProblem } {
  if (value === undefined || value === null) {
    return { value: fallback };
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return { value: fallback, problem: 'notANumber' };
  }
  if (value < range.min) {
    return { value: range.min, problem: 'tooSmall' };
  }
  if (value > range.max) {
    return { value: range.max, problem: 'tooLarge' };
  }
  if (integer && !Number.isInteger(value)) {
    return { value: Math.round(value), problem: 'notAnInteger' };
  }
  return { value };
}
