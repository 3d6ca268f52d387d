/**
 * A cloned repository's `.vscode/settings.json` tries to put a working command link into our warnings and to set the
 * runner's personal settings; a routine name tries to render as a spinning icon. Everything must stay plain text.
 * One sequence in one workbench.
 */
import assert from 'node:assert/strict';
import { runCommand, screenshot } from '../../scripts/harness/workbench.mjs';
import { useWorkbench, waitFor } from './support.mjs';

const LINK = '[Repair your warm-up settings](command:workbench.action.openSettings)';
const folderSettings = {
  'warmup.routine': LINK,
  // Personal settings: a folder cannot set them, so no warning about them may appear.
  'warmup.reminder.time': '[Snooze](command:workbench.action.openSettings)',
  'warmup.volume': 0,
};

describe('outside text in a real VS Code', function () {
  this.timeout(120_000);
  const workbench = useWorkbench(
    { 'warmup.customRoutines': [{ name: '$(loading~spin) Security alert', steps: [{ drill: 'walk', seconds: 30 }] }] },
    { screenshotPrefix: 'e2e-security', files: { '.vscode/settings.json': JSON.stringify(folderSettings, null, 2) } },
  );

  it("shows a folder's link in a warning as plain text, with no anchor", async () => {
    const { page } = workbench;
    await runCommand(page, 'Warm-Up: Start Warm-Up');
    const toast = page.locator('.notification-toast', { hasText: 'is not a preset' });
    await toast.waitFor({ state: 'visible', timeout: 15_000 });
    const text = await toast.innerText();
    assert.match(text, /\[Repair your warm-up settings\] \(command:workbench\.action/, text);
    const message = toast.locator('.notification-list-item-message');
    assert.equal(await message.count(), 1);
    assert.equal(await message.locator('a').count(), 0, 'no link in the warning');
  });

  it("ignores a folder's personal settings", async () => {
    const { page } = workbench;
    const toasts = await page.locator('.notification-toast').allInnerTexts();
    assert.ok(!toasts.some((t) => t.includes('warmup.reminder.time')), `a folder set the reminder: ${toasts.join(' | ')}`);
  });

  it('shows an icon written into a routine name as text in the picker', async () => {
    const { page } = workbench;
    await runCommand(page, 'Warm-Up: Start Warm-Up Routine…');
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Security alert' }).first();
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    const label = await waitFor('the row', () => row.locator('.label-name').first().innerText(), (t) => t.includes('Security alert'));
    assert.match(label, /\$ \(loading~spin\) Security alert/);
    assert.equal(await row.locator('.codicon-loading, .codicon-modifier-spin').count(), 0, 'no spinning icon in the row');
    await screenshot(page, 'e2e-security-picker');
    await page.keyboard.press('Escape');
  });
});
