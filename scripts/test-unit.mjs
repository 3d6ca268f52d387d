// Runs the plain-Node unit tests (test/unit -> out/test/unit) with mocha.
// Builds first with `node esbuild.js` unless SKIP_BUILD=1.
// The last line printed is always `unit: N passed, M failed`; the exit code is non-zero
// when anything failed, when nothing ran, or when the run crashed before it started.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'out', 'test', 'unit');

function summary(passed, failed) {
  console.log(`unit: ${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}

function build() {
  // Drop bundles of test files that no longer exist before rebuilding.
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync(process.execPath, ['esbuild.js'], { cwd: root, stdio: 'inherit' });
  if (result.error) {
    throw result.error;
  }
  if (result.status !== 0) {
    throw new Error(`node esbuild.js exited with ${result.status ?? result.signal}`);
  }
}

function findTestFiles() {
  if (!existsSync(outDir)) {
    return [];
  }
  return readdirSync(outDir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.test.js'))
    .map((file) => join(outDir, file))
    .sort();
}

function runMocha(files) {
  const require = createRequire(import.meta.url);
  const Mocha = require('mocha');
  const mocha = new Mocha({ reporter: 'spec', ui: 'bdd', timeout: 5000 });
  for (const file of files) {
    mocha.addFile(file);
  }
  return new Promise((resolvePromise, rejectPromise) => {
    try {
      const runner = mocha.run(() => {
        const stats = runner.stats ?? { passes: 0, failures: 1 };
        resolvePromise({ passed: stats.passes, failed: stats.failures });
      });
    } catch (error) {
      rejectPromise(error);
    }
  });
}

async function main() {
  if (process.env.SKIP_BUILD !== '1') {
    build();
  }
  const files = findTestFiles();
  if (files.length === 0) {
    console.error(`No unit test bundles (*.test.js) found under ${outDir}.`);
  }
  const { passed, failed } = files.length === 0 ? { passed: 0, failed: 0 } : await runMocha(files);
  summary(passed, failed);
}

main().catch((error) => {
  console.error(error);
  summary(0, 1);
});
