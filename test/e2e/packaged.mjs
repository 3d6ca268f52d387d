/**
 * The extension packed once per e2e run, as `npm run package` packs it, for the tests that install it as a user does.
 * Packing runs the production build, so the development build is put back for the e2e files that develop it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from '../../scripts/harness/paths.mjs';
import { quietly } from '../../scripts/harness/vsix.mjs';
import { packageExtension } from '../../scripts/package.mjs';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'warmup-e2e-vsix-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

let packing;

/** The path of the packed `.vsix`; packs on the first call only. */
export function packagedVsix() {
  packing ??= quietly(() => packageExtension(path.join(tmp, 'runner-warmup.vsix'))).then((vsix) => {
    execFileSync(process.execPath, ['esbuild.js'], { cwd: repoRoot, stdio: 'ignore' });
    return vsix;
  });
  return packing;
}
