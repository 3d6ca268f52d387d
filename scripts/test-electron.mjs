/**
 * `npm run test:electron`: the integration suite in desktop VS Code through @vscode/test-electron,
 * for machines that can download VS Code. Offline it fails fast with a clear message instead of hanging.
 * Needs `npm run build` first. Prints `integration: N passed, M failed` like the code-server runner.
 */
import path from 'node:path';
import { downloadAndUnzipVSCode, runTests } from '@vscode/test-electron';
import { repoRoot } from './harness/paths.mjs';

const VERSION = '1.100.3';
const DOWNLOAD_TIMEOUT_MS = 30_000;

async function main() {
  let vscodeExecutablePath;
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version: VERSION, timeout: DOWNLOAD_TIMEOUT_MS });
  } catch (error) {
    console.error(
      `[electron] Could not download VS Code ${VERSION}: ${error?.message ?? error}\n` +
        '[electron] This tier needs internet access to the VS Code download servers. Offline, use `npm test`,\n' +
        '[electron] which runs the same suite in a real VS Code through code-server.',
    );
    console.log('integration: 0 passed, 1 failed');
    return 1;
  }
  let output = '';
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (chunk, ...rest) => {
    output += chunk.toString();
    return write(chunk, ...rest);
  };
  const code = await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(repoRoot, 'out', 'test', 'integration', 'index.js'),
    launchArgs: ['--disable-extensions', '--disable-workspace-trust'],
  }).then(
    () => 0,
    () => 1,
  );
  process.stdout.write = write;
  const result = /WARMUP_TEST_RESULT\s+(\{.*\})/.exec(output);
  const { passed = 0, failed = 1 } = result ? JSON.parse(result[1]) : {};
  console.log(`integration: ${passed} passed, ${failed} failed`);
  return code === 0 && failed === 0 ? 0 : 1;
}

main().then((code) => process.exit(code));
