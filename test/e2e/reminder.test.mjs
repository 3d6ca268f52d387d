/**
 * A reminder set for the next minute: VS Code starts, the extension wakes at start-up for it,
 * the notification appears on time and its Start Warm-Up button starts the warm-up.
 * A single test in a workbench of its own, which it needs fresh: the reminder is set as the workbench opens.
 */
import assert from 'node:assert/strict';
import { screenshot } from '../../scripts/harness/workbench.mjs';
import { countdown, reminderToast, useWorkbenchWithReminder, waitFor } from './support.mjs';

describe('reminder in a real VS Code', function () {
  this.timeout(150_000);
  // The reminder is set for the next minute as the workbench opens, so it is worked out then.
  const { workbench, due: dueMinute } = useWorkbenchWithReminder(20_000);

  it('shows the notification at the set time without any command, and Start Warm-Up starts the warm-up', async () => {
    const { page } = workbench;
    const due = dueMinute();
    assert.equal(await countdown(page), undefined, 'nothing runs before the reminder');
    const toast = reminderToast(page);
    await toast.waitFor({ state: 'visible', timeout: due.at - Date.now() + 20_000 });
    const late = Date.now() - due.at;
    assert.ok(late > -1_000 && late < 10_000, `shown ${late} ms after ${due.hhmm}`);
    await screenshot(page, 'e2e-reminder-notification');
    assert.equal(await toast.locator('.monaco-button', { hasText: 'Snooze 10 min' }).count(), 1);
    await toast.locator('.monaco-button', { hasText: 'Start Warm-Up' }).click();
    await waitFor('the warm-up', () => countdown(page), (c) => c?.step === 'Walk, building to brisk');
    await screenshot(page, 'e2e-reminder-started');
  });
});
