/**
 * `npm test`: builds, type-checks and lints, then runs the three tiers in order, each ending with its
 * summary line (`unit: …`, `integration: …`, `e2e: …`). Every tier runs even if an earlier one failed;
 * the exit code is non-zero if anything failed.
 */
import { spawnSync } from 'node:child_process';

const node = process.execPath;
const steps = [
  { name: 'build', command: [node, 'esbuild.js'] },
  { name: 'typecheck', command: ['npm', 'run', '--silent', 'typecheck'] },
  { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
  { name: 'unit', command: [node, 'scripts/test-unit.mjs'], env: { SKIP_BUILD: '1' } },
  { name: 'integration', command: [node, 'scripts/harness/run-integration.mjs'] },
  { name: 'e2e', command: [node, 'scripts/harness/run-e2e.mjs'] },
];

const failed = [];
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const started = Date.now();
  const [command, ...args] = step.command;
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...step.env } });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    failed.push(step.name);
    console.log(`=== ${step.name} failed (${seconds} s) ===`);
  } else {
    console.log(`=== ${step.name} ok (${seconds} s) ===`);
  }
}

if (failed.length > 0) {
  console.log(`\nFailed: ${failed.join(', ')}`);
  process.exit(1);
}
console.log('\nAll checks and tiers passed.');
