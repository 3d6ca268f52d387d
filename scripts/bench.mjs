/**
 * `npm run bench`: prints sizes (the production bundles and the .vsix) and what the core costs per tick.
 * Numbers to watch over time, not pass/fail tests.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import esbuild from 'esbuild';
import { repoRoot } from './harness/paths.mjs';

const kb = (file) => `${(fs.statSync(file).size / 1024).toFixed(1)} KB`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'warmup-bench-'));

// Production bundles, built aside so dist/ keeps the development build.
for (const [name, entry] of [['extension', 'src/extension.ts'], ['webview', 'src/webview/panel/main.ts'], ['info', 'src/webview/info/main.ts']]) {
  const outfile = path.join(tmp, `${name}.js`);
  await esbuild.build({ entryPoints: [path.join(repoRoot, entry)], outfile, bundle: true, minify: true, external: ['vscode'], platform: name === 'extension' ? 'node' : 'browser', format: name === 'extension' ? 'cjs' : 'iife', logLevel: 'error' });
  console.log(`bundle ${name}.js (production, minified): ${kb(outfile)}`);
}
const vsix = path.join(repoRoot, 'runner-warmup.vsix');
if (fs.existsSync(vsix)) console.log(`package runner-warmup.vsix: ${kb(vsix)} (from the last npm run package)`);

const bench = path.join(tmp, 'core.bench.js');
await esbuild.build({ entryPoints: [path.join(repoRoot, 'bench', 'core.bench.ts')], outfile: bench, bundle: true, platform: 'node', format: 'cjs', logLevel: 'error' });
process.stdout.write(execFileSync(process.execPath, [bench], { encoding: 'utf8' }));
fs.rmSync(tmp, { recursive: true, force: true });
