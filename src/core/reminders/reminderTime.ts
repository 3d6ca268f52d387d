/** A local time of day for the reminder. */
export interface ReminderTime {
  readonly hour: number;
  readonly minute: number;
}

/** The reminder settings after validation: no time means no reminder. */
export interface ReminderSettings {
  readonly time: ReminderTime | undefined;
  readonly days: readonly Weekday[];
}

/** The days of the week, Monday first, as they are written in the settings. */
export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export type Weekday = (typeof WEEKDAYS)[number];

/** The reminder days used when none are configured. */
export const DEFAULT_REMINDER_DAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/**
 * Reads `warmup.reminder.time`. Empty, undefined and null mean "off" with no problem. Accepts `H:MM` or `HH:MM` from
 * 0:00 to 23:59 (surrounding spaces ignored); anything else is off with a problem to report.
 */
export function parseReminderTime(raw: unknown): { time?: ReminderTime; problem?: 'notAString' | 'badFormat' } {
  if (raw === undefined || raw === null) {
    return {};
  }
  if (typeof raw !== 'string') {
    return { problem: 'notAString' };
  }
  const text = raw.trim();
  if (text === '') {
    return {};
  }
  const match = /^(\d{1,2}):(\d{2})$/.exec(text);
  if (!match) {
    return { problem: 'badFormat' };
  }
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  if (hour > 23 || minute > 59) {
    return { problem: 'badFormat' };
  }
  return { time: { hour, minute } };
}

/** Why configured reminder days were not used as they are. */
export type ReminderDaysProblem = 'notAList' | 'unknownDay';

/**
 * Reads `warmup.reminder.days`. Undefined and null mean the default (Monday–Friday); a value that is not a list gives
 * the default with a problem; names are matched ignoring case and spaces, unknown entries are dropped with a problem
 * (listed in `dropped`), duplicates are removed, and the days come back in week order. An empty list means no days.
 */
export function parseReminderDays(raw: unknown): { days: Weekday[]; problem?: ReminderDaysProblem; dropped?: unknown[] } {
  if (raw === undefined || raw === null) {
    return { days: [...DEFAULT_REMINDER_DAYS] };
  }
  if (!Array.isArray(raw)) {
    return { days: [...DEFAULT_REMINDER_DAYS], problem: 'notAList' };
  }
  const found = new Set<Weekday>();
  const dropped: unknown[] = [];
  for (const item of raw) {
    const day = typeof item === 'string' ? WEEKDAYS.find((name) => name === item.trim().toLowerCase()) : undefined;
    if (day) {
      found.add(day);
    } else {
      dropped.push(item);
    }
  }
  const days = WEEKDAYS.filter((day) => found.has(day));
  return dropped.length > 0 ? { days, problem: 'unknownDay', dropped } : { days };
}

/** The weekday of a local date. */
export function weekdayOf(t: number): Weekday {
  return WEEKDAYS[(new Date(t).getDay() + 6) % 7];
}

/**
 * The next reminder strictly after `now`: the given local time on one of the given days, or undefined when there are
 * no days. Built from local calendar fields, so it stays at the same wall-clock time across DST changes. A time that
 * does not exist on a spring-forward day comes out as the JavaScript Date does it (moved forward by the gap).
 */
export function nextReminder(now: number, time: ReminderTime, days: readonly Weekday[]): number | undefined {
  if (days.length === 0) {
    return undefined;
  }
  const today = new Date(now);
  // Today's time may have passed; with a single weekday the next one can be a week away.
  for (let ahead = 0; ahead <= 7; ahead++) {
    const candidate = new Date(today.getFullYear(), today.getMonth(), today.getDate() + ahead, time.hour, time.minute);
    if (candidate.getTime() > now && days.includes(weekdayOf(candidate.getTime()))) {
      return candidate.getTime();
    }
  }
  return undefined;
}
