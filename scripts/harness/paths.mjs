/** Well-known locations of the real-VS-Code test harness (all caches are git-ignored). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the extension repository. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Cache folder for downloaded tools (`.vscode-test/`). */
export const cacheDir = path.join(repoRoot, '.vscode-test');

/** code-server version; 4.100.3 bundles VS Code 1.100.3 and is the newest that runs on Node 20. */
export const CODE_SERVER_VERSION = '4.100.3';

/** Folder holding code-server's own tiny package.json and node_modules. */
export const codeServerDir = path.join(cacheDir, 'code-server');

/** code-server's Node entry point. */
export const codeServerEntry = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

/** Screenshots and logs from test runs (`artifacts/`). */
export const artifactsDir = path.join(repoRoot, 'artifacts');
