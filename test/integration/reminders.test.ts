import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { systemClock } from '../../src/core/warmup/clock';
import { Weekday } from '../../src/core/reminders/reminderTime';
import { Timers as Scheduler } from '../../src/host/base/timers';
import { registerReminders, reminderPrompt, RemindersFeature } from '../../src/host/reminders';
import { SettingsReader } from '../../src/host/settings/settingsReader';
import { Claims } from '../../src/host/windows/claims';
import { SharedFolder } from '../../src/host/windows/sharedFolder';
import { api, resetSettings, setSettings, tempFolderUri, until } from './support';

// The reminder is built here as the extension builds it, from the real settings and with its real Scheduler (real
// timers). Its decisions, on a hand-moved clock, are tested in the unit tier (test/unit/dailyReminder.test.ts).

const MINUTE = 60_000;
const START = 'Start Warm-Up';
const SNOOZE = 'Snooze 10 min';
const ALL_DAYS: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const DAY_NAMES: Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** Epoch ms of a local time `daysAhead` calendar days after the day of `from` (independent of the code under test). */
function localAt(from: number, daysAhead: number, hour: number, minute: number): number {
  const d = new Date(from);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + daysAhead, hour, minute).getTime();
}

function weekdayIn(from: number, daysAhead: number): Weekday {
  const d = new Date(from);
  return DAY_NAMES[new Date(d.getFullYear(), d.getMonth(), d.getDate() + daysAhead, 12).getDay()];
}

describe('reminders', () => {
  const disposables: vscode.Disposable[] = [];
  afterEach(() => {
    disposables.splice(0).forEach((d) => d.dispose());
  });

  describe('with the real settings and timers', () => {
    let scheduler: Scheduler;
    let reminders: RemindersFeature;

    beforeEach(async () => {
      await resetSettings();
      const log = vscode.window.createOutputChannel('Warm-Up reminder test', { log: true });
      const settings = new SettingsReader(log);
      scheduler = new Scheduler();
      const folder = new SharedFolder(tempFolderUri());
      reminders = registerReminders({ settings, clock: systemClock, timers: scheduler, folder, claims: new Claims(folder, systemClock, scheduler) });
      disposables.push(reminders, scheduler, folder, settings, log);
    });
    after(() => resetSettings());

    it('the extension holds one reminder timer while a reminder is set, none when it is off', async () => {
      const warmup = await api();
      const now = Date.now();
      await setSettings({ 'reminder.time': '5:55', 'reminder.days': [weekdayIn(now, 2)] });
      await until('the reminder', () => warmup.debug.nextReminder() === localAt(now, 2, 5, 55));
      assert.equal(warmup.debug.reminderTimers(), 1);
      assert.equal(warmup.debug.pendingTimers(), 0, 'the warm-up clock holds none');
      await setSettings({ 'reminder.time': undefined });
      await until('no reminder', () => warmup.debug.nextReminder() === undefined);
      assert.equal(warmup.debug.reminderTimers(), 0);
    });

    it('is off by default and then holds no timer', () => {
      assert.equal(reminders.nextDueAt(), undefined);
      assert.equal(scheduler.pending, 0);
    });

    it('a time and days set the next reminder, computed from the wall clock, with exactly one timer', async () => {
      const now = Date.now();
      const soon = new Date(now + 2 * MINUTE);
      await setSettings({ 'reminder.time': `${soon.getHours()}:${String(soon.getMinutes()).padStart(2, '0')}`, 'reminder.days': ALL_DAYS });
      const expected = localAt(soon.getTime(), 0, soon.getHours(), soon.getMinutes());
      await until('the reminder to be set', () => reminders.nextDueAt() === expected);
      assert.equal(scheduler.pending, 1);

      // One weekday three days ahead: the next reminder is on that day.
      const day = weekdayIn(now, 3);
      await setSettings({ 'reminder.time': '06:45', 'reminder.days': [day] });
      await until(`the reminder to move to ${day}`, () => reminders.nextDueAt() === localAt(now, 3, 6, 45));
      assert.equal(scheduler.pending, 1, 'still one timer');

      await setSettings({ walkMinutes: 7 });
      await until('the other setting to arrive', () => vscode.workspace.getConfiguration('warmup').get('walkMinutes') === 7);
      assert.equal(reminders.nextDueAt(), localAt(now, 3, 6, 45), 'other settings leave the reminder as it is');
      assert.equal(scheduler.pending, 1);
    });

    it('clearing the time or the days leaves no timer', async () => {
      await setSettings({ 'reminder.time': '12:15', 'reminder.days': ALL_DAYS });
      await until('the reminder to be set', () => reminders.nextDueAt() !== undefined);
      await setSettings({ 'reminder.time': '' });
      await until('the reminder to be off', () => reminders.nextDueAt() === undefined);
      assert.equal(scheduler.pending, 0);

      await setSettings({ 'reminder.time': '12:15' });
      await until('the reminder to be set again', () => reminders.nextDueAt() !== undefined);
      await setSettings({ 'reminder.days': [] });
      await until('no days', () => reminders.nextDueAt() === undefined);
      assert.equal(scheduler.pending, 0);
    });

    it('a malformed time sets no reminder and is reported', async () => {
      const warmup = await api();
      await setSettings({ 'reminder.time': '25:00' });
      await until('the warning', () => warmup.debug.settingWarnings().some((w) => w.includes('warmup.reminder.time') && w.includes('25:00')));
      assert.equal(reminders.nextDueAt(), undefined);
      assert.equal(scheduler.pending, 0);
    });
  });

  describe('the notification', () => {
    it('shows the message with Start Warm-Up and Snooze 10 min, and answers with the button clicked', async () => {
      const shown: { message: string; actions: string[] }[] = [];
      const clicks = [START, SNOOZE, undefined];
      const prompt = reminderPrompt((message, ...actions) => {
        shown.push({ message, actions });
        return Promise.resolve(clicks.shift());
      });
      assert.deepEqual([await prompt(), await prompt(), await prompt()], ['start', 'snooze', undefined]);
      assert.deepEqual(shown[0], { message: 'Time for your warm-up before the run.', actions: [START, SNOOZE] });
      assert.equal(shown.length, 3);
    });
  });
});
