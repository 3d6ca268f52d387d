import { seededRandom } from './helpers';

/** Keys that make a random object look almost like a message, a stored session or a history entry. */
const KEYS = [
  'type', 'command', 'legs', 'id', 'format', 'session', 'status', 'steps', 'index', 'startedAt', 'routine', 'stepEndsAt',
  'remainingMs', 'finishedAt', 'durationMs', 'stepsDone', 'stepsTotal', 'outcome', 'name', 'drill', 'seconds',
  '__proto__', 'constructor', 'prototype', 'toString', '', ' type',
];

/** Strings a user, a webview or another machine might put anywhere: ids, near-ids and hostile text. */
const STRINGS = [
  'ready', 'command', 'legs', 'action', 'start', 'stop', 'skip', 'pause', 'resume', 'previous', 'extend', 'fresh', 'ok',
  'heavy', 'running', 'paused', 'done', 'finished', 'stopped', 'walk', 'easeIn', 'highKnees', 'coach', 'workout', 'READY',
  'Start ', '', ' ', '[Repair](command:workbench.action.openSettings)', '$(loading~spin)', 'line\nforged', '\u2028',
  '<img src=x onerror=alert(1)>', '=cmd|/c calc', 'a'.repeat(300), '12:15', '25:00', 'monday', 'Someday', 'karvonen',
];

const NUMBERS = [0, -0, 1, -1, 0.5, 5, 30, 59, 60, 1800, 1801, 1e3, 1e15, 9e15, 8.64e15, -1e15, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity];

/** A seeded source of random test data; the same seed gives the same data, so a failure can be replayed. */
export class Gen {
  private readonly random: () => number;

  constructor(readonly seed: number) {
    this.random = seededRandom(seed);
  }

  /** A whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.random() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)];
  }

  /** Any JSON-like value (plus undefined), at most `depth` levels deep, biased towards the shapes our code reads. */
  value(depth = 3): unknown {
    const kind = this.int(0, depth > 0 ? 7 : 4);
    switch (kind) {
      case 0:
        return this.pick([undefined, null, true, false]);
      case 1:
        return this.pick(NUMBERS);
      case 2:
        return this.int(-5, 2_000_000_000_000);
      case 3:
      case 4:
        return this.pick(STRINGS);
      case 5:
        return Array.from({ length: this.int(0, 4) }, () => this.value(depth - 1));
      default:
        return this.object(depth - 1);
    }
  }

  /** An object with random keys from the shapes we parse; `__proto__` arrives as an own key, as from JSON. */
  object(depth = 2): Record<string, unknown> {
    const entries = Array.from({ length: this.int(0, 5) }, () => [this.pick(KEYS), this.value(depth)] as const);
    return JSON.parse(JSON.stringify(Object.fromEntries(entries.filter(([, v]) => v !== undefined)))) as Record<string, unknown>;
  }
}

/** Runs `body` for each seed of a fixed list (plus WARMUP_FUZZ_SEED when set), naming the seed when it fails. */
export function forSeeds(runs: number, body: (gen: Gen) => void): void {
  const extra = Number(process.env.WARMUP_FUZZ_SEED);
  const seeds = [...Array.from({ length: runs }, (_, i) => 1 + i * 7919), ...(Number.isFinite(extra) && extra > 0 ? [extra] : [])];
  for (const seed of seeds) {
    try {
      body(new Gen(seed));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      throw new Error(`seed ${seed} (rerun with WARMUP_FUZZ_SEED=${seed}): ${message}`, { cause: error });
    }
  }
}
