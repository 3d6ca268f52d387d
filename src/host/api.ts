import { HistoryEntry } from '../core/history';
import { Session } from '../core/session';
import type { Settings } from './settings';

/**
 * What `activate` returns. Used by our integration tests (and available to other extensions)
 * to read the warm-up without poking at internals. Read-only apart from `debug.reactivate`.
 */
export interface WarmupApi {
  /** The warm-up as stored (running, paused or done), or undefined when none. */
  session(): Session | undefined;
  /** The settings in force after validation. */
  settings(): Settings;
  /** Every recorded warm-up, oldest first. */
  history(): readonly HistoryEntry[];
  /** Wall-clock time as the extension sees it. */
  now(): number;
  readonly debug: {
    /** Timers the extension holds right now (at most one while running, none otherwise). */
    pendingTimers(): number;
    /** Listeners the extension holds on its own events right now. */
    listeners(): number;
    /** The warnings about bad settings that apply now, one per bad value. */
    settingWarnings(): readonly string[];
    /** Calls `listener` with each cue's kind (change, countdown, halfway, thirtyLeft, finish) as the panel gets it. */
    onCue(listener: (kind: string) => void): { dispose(): void };
    /** Disposes every feature and composes them again from stored state, like a deactivate/activate cycle. */
    reactivate(): void;
    /** Whether the warm-up features exist yet; false after a start-up activation (for the reminder) until first use. */
    composed(): boolean;
    /** When the reminder shows next (a pending snooze included), as wall-clock ms; undefined when it is off. */
    nextReminder(): number | undefined;
    /** Timers the reminder holds right now: one while a reminder is set, none when it is off. */
    reminderTimers(): number;
  };
}
