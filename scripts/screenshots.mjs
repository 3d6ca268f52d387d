/**
 * Takes the README's screenshots from a real VS Code: the panel and the status bar mid-warm-up,
 * in a dark, a light and a high-contrast theme; then the routine picker, the zones, the legs
 * check-in and the history. `node scripts/screenshots.mjs` (after npm run build).
 */
import path from 'node:path';
import { findWebviewFrame, pickTheme, runCommand } from './harness/workbench.mjs';
import { ensureHarness } from './harness/install.mjs';
import { repoRoot } from './harness/paths.mjs';
import { countdown, openVsCode, panel, waitFor } from '../test/e2e/support.mjs';

// Picked the way a user does, in "Preferences: Color Theme" (code-server ignores a preset theme setting).
const themes = [
  ['dark', 'Dark Modern'],
  ['light', 'Light Modern'],
  ['high-contrast', 'Dark High Contrast'],
];

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

/** Saves the page as docs/images/<name>.png. */
async function save(page, name) {
  const file = path.join(repoRoot, 'docs', 'images', `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`saved ${path.relative(repoRoot, file)}`);
}

const coaching = await openVsCode({
  'warmup.heartRate.age': 35,
  'warmup.heartRate.resting': 60,
  'warmup.customRoutines': [{ name: 'Lunch stairs', steps: [{ drill: 'lunges', seconds: 6 }, { drill: 'easeIn', seconds: 5 }] }],
});
try {
  const { page } = coaching;
  await pickTheme(page, 'Dark Modern');
  await runCommand(page, 'Warm-Up: Start Warm-Up Routine…');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Lunch stairs' }).first().waitFor();
  await save(page, 'routine-picker');
  await page.locator('.quick-input-list .monaco-list-row', { hasText: 'Lunch stairs' }).first().click();
  const frame = await panel(page, /lunges/i);
  await frame.locator('#title').click();
  await waitFor('the done state', () => frame.locator('#title').innerText(), (t) => t.startsWith('Warm-up done'), 20_000);
  await frame.locator('button[data-legs="heavy"]').click();
  await findWebviewFrame(page, 'Heavy legs: a self-check');
  await page.waitForTimeout(800);
  await save(page, 'check-in');
  await runCommand(page, 'View: Close All Editors');
  await runCommand(page, 'Warm-Up: Show Heart-Rate Zones');
  await findWebviewFrame(page, 'Your zones');
  await page.waitForTimeout(800);
  await save(page, 'zones');
  await runCommand(page, 'Warm-Up: Show Warm-Up History');
  await findWebviewFrame(page, 'Recent warm-ups');
  await page.waitForTimeout(800);
  await save(page, 'history');
} finally {
  await coaching.close();
}
