/** Packs a small extension written by a test or benchmark (a language pack, a floor) into a `.vsix`, quietly. */
import fs from 'node:fs';
import path from 'node:path';
import { createVSIX } from '@vscode/vsce';

/** Runs `body` with console.log silenced (vsce prints every package's file tree). */
export async function quietly(body) {
  const log = console.log;
  console.log = () => {};
  try {
    return await body();
  } finally {
    console.log = log;
  }
}

/**
 * Writes `manifest` as the package.json of `folder`, the `files` it needs (relative path → text) and the README,
 * LICENSE and .vscodeignore vsce asks for, then packs it as `<folder>.vsix` and returns that path.
 */
export async function packExtension(folder, manifest, files) {
  fs.mkdirSync(folder, { recursive: true });
  const all = {
    'package.json': JSON.stringify({ license: 'MIT', engines: { vscode: '^1.100.0' }, version: '1.0.0', ...manifest }, null, 2),
    'README.md': `# ${manifest.displayName}\n`,
    LICENSE: 'MIT\n',
    '.vscodeignore': '*.vsix\n',
    ...files,
  };
  for (const [file, text] of Object.entries(all)) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), text);
  }
  const packagePath = `${folder}.vsix`;
  await quietly(() => createVSIX({ cwd: folder, packagePath, dependencies: false, allowMissingRepository: true }));
  return packagePath;
}
