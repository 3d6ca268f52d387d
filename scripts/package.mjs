/**
 * `npm run package`: a production build packed as `runner-warmup.vsix`, with the listing README.
 *
 * vsce packs the folder it runs in, README.md included, and the repository README keeps screenshots linked relatively
 * (they show on the repository's own page). So the package is staged in `dist/package/`: the files .vscodeignore
 * lets through, package.json without the build scripts (the build already ran; `vscode:prepublish` would run it
 * again in a folder without sources), and the listing README (scripts/listing.mjs) as README.md. vsce then checks it
 * as the Marketplace would: a relative image or link left in it fails the package.
 *
 * `--allow-missing-repository` (allowMissingRepository) only says what is true: the project has no public address
 * yet, and inventing one is not an option. Once it has one, add `repository` to package.json and drop it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { createVSIX } from '@vscode/vsce';
import { repoRoot } from './harness/paths.mjs';
import { listingProblems, listingReadme } from './listing.mjs';

/** What the package holds besides package.json and README.md; the same list as .vscodeignore lets through. */
const SHIPPED = ['dist/extension.js', 'dist/web/extension.js', 'dist/webview', 'media', 'l10n', 'LICENSE', 'CHANGELOG.md', '.vscodeignore'];

/** Builds for production, stages `dist/package/` and writes the `.vsix` to `out`; returns `out`. */
export async function packageExtension(out = path.join(repoRoot, 'runner-warmup.vsix')) {
  execFileSync(process.execPath, ['esbuild.js', '--production'], { cwd: repoRoot, stdio: 'inherit' });
  const stage = path.join(repoRoot, 'dist', 'package');
  fs.rmSync(stage, { recursive: true, force: true });
  fs.mkdirSync(stage, { recursive: true });
  for (const item of [...SHIPPED, ...fs.readdirSync(repoRoot).filter((f) => /^package\.nls(\.[\w-]+)?\.json$/.test(f))]) {
    fs.cpSync(path.join(repoRoot, item), path.join(stage, item), { recursive: true });
  }
  const { scripts, devDependencies, ...manifest } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  fs.writeFileSync(path.join(stage, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const readme = listingReadme(fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8'));
  const problems = listingProblems(readme);
  if (problems.length > 0) {
    throw new Error(`The listing README still has what a listing page cannot load: ${problems.join(', ')}`);
  }
  fs.writeFileSync(path.join(stage, 'README.md'), readme);
  await createVSIX({ cwd: stage, packagePath: out, dependencies: false, allowMissingRepository: true });
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await packageExtension(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}
