/**
 * Takes the README's screenshots from a real VS Code: the panel and the status bar mid-warm-up,
 * in a dark, a light and a high-contrast theme. `node scripts/screenshots.mjs` (after npm run build).
 */
import path from 'node:path';
import { runCommand } from './harness/workbench.mjs';
import { ensureHarness } from './harness/install.mjs';
import { repoRoot } from './harness/paths.mjs';
import { countdown, openVsCode, panel, waitFor } from '../test/e2e/support.mjs';

// Picked the way a user does, in "Preferences: Color Theme" (code-server ignores a preset theme setting).
const themes = [
  ['dark', 'Dark Modern'],
  ['light', 'Light Modern'],
  ['high-contrast', 'Dark High Contrast'],
];

async function pickTheme(page, label) {
  // Built-in themes may register a little after the workbench shows; reopen the picker until they are listed.
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: label }).first();
  for (let attempt = 0; attempt < 20; attempt++) {
    await runCommand(page, 'Preferences: Color Theme');
    await page.keyboard.type(label);
    if (await row.waitFor({ state: 'visible', timeout: 3000 }).then(() => true, () => false)) {
      await row.click();
      await page.waitForTimeout(1000);
      return;
    }
    await page.keyboard.press('Escape');
  }
  throw new Error(`theme ${label} never appeared in the picker`);
}

await ensureHarness();
for (const [name, theme] of themes) {
  const vscode = await openVsCode({});
  try {
    const { page } = vscode;
    await pickTheme(page, theme);
    await runCommand(page, 'Warm-Up: Start Warm-Up');
    const frame = await panel(page, 'Walk, building to brisk');
    await frame.locator('#skip').click();
    await waitFor('high knees', () => countdown(page), (c) => c?.step === 'High knees');
    await frame.locator('#title').click();
    await page.waitForTimeout(1500);
    const file = path.join(repoRoot, 'docs', 'images', `panel-${name}.png`);
    await page.screenshot({ path: file });
    console.log(`saved ${path.relative(repoRoot, file)}`);
  } finally {
    await vscode.close();
  }
}
