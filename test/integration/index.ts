/**
 * Entry point of the integration tier, loaded by the extension host through `extensionTestsPath`
 * (code-server here, desktop VS Code through @vscode/test-electron). Runs every `*.test.js`
 * beside it with mocha and logs one machine-readable result line for the runner.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  // WARMUP_TEST_GREP=<text> runs only the tests whose full title contains it (set it for npm run test:integration).
  const grep = process.env.WARMUP_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 30_000, reporter: 'spec', ...(grep ? { grep } : {}) });
  const files = fs.readdirSync(__dirname).filter((file) => file.endsWith('.test.js')).sort();
  files.forEach((file) => mocha.addFile(path.join(__dirname, file)));
  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const passed = runner.stats?.passes ?? 0;
        const failed = (runner.stats?.failures ?? failures) + (files.length === 0 ? 1 : 0);
        console.log(`WARMUP_TEST_RESULT ${JSON.stringify({ passed, failed })}`);
        if (failed > 0 || passed === 0) {
          reject(new Error(`${failed} integration test(s) failed`));
        } else {
          resolve();
        }
      });
    } catch (error) {
      console.log(`WARMUP_TEST_RESULT ${JSON.stringify({ passed: 0, failed: 1 })}`);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
