/**
 * Runs the e2e tier: mocha on test/e2e/*.test.mjs, each test driving the real workbench in Chromium.
 * Needs the built extension (npm run build). Prints `e2e: N passed, M failed` alone on the last line.
 */
import fs from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { ensureHarness } from './install.mjs';
import { repoRoot } from './paths.mjs';

async function main() {
  await ensureHarness();
  const dir = path.join(repoRoot, 'test', 'e2e');
  const files = fs.readdirSync(dir).filter((file) => file.endsWith('.test.mjs')).sort();
  const mocha = new Mocha({ ui: 'bdd', timeout: 120_000, reporter: 'spec', bail: false });
  files.forEach((file) => mocha.addFile(path.join(dir, file)));
  await mocha.loadFilesAsync();
  const stats = await new Promise((resolve) => {
    const runner = mocha.run(() => resolve(runner.stats));
  });
  const passed = stats?.passes ?? 0;
  const failed = (stats?.failures ?? 0) + (files.length === 0 ? 1 : 0);
  console.log(`e2e: ${passed} passed, ${failed} failed`);
  return failed === 0 && passed > 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error?.stack ?? error);
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  },
);
