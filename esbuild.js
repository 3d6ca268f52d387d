// Builds the extension host bundles (Node and web worker), the webview bundle and the test bundles.
// Type-checking is separate: `npm run typecheck` (tsc --noEmit).
const esbuild = require('esbuild');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * One namespace object for the VS Code API. esbuild turns each module's `import * as vscode from 'vscode'` into its own
 * `__toESM(require('vscode'))`, which copies all ~300 of the API's names: 36 copies took 7–16 ms of the extension's
 * code loading, most of what VS Code counts as its activation. Every import now goes through one ES module that
 * re-exports the API once.
 */
const oneVscodeNamespace = {
  name: 'one-vscode-namespace',
  setup(build) {
    const shim = 'vscode-api';
    build.onResolve({ filter: /^vscode$/ }, (args) =>
      args.namespace === shim ? { path: 'vscode', external: true } : { path: 'vscode', namespace: shim },
    );
    build.onLoad({ filter: /.*/, namespace: shim }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

/** @type {import('esbuild').BuildOptions[]} */
const builds = [
  {
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: ['vscode'],
    plugins: [oneVscodeNamespace],
    sourcemap: !production,
    minify: production,
  },
  {
    // The same extension for the browser's web worker extension host (vscode.dev, github.dev): one file, only `vscode`
    // left outside. src/ uses the VS Code API and web-standard globals only, so nothing else differs.
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    bundle: true,
    format: 'cjs',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    plugins: [oneVscodeNamespace],
    sourcemap: !production,
    minify: production,
  },
  {
    entryPoints: { webview: 'src/webview/panel/main.ts', info: 'src/webview/info/main.ts' },
    outdir: 'dist/webview',
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    sourcemap: production ? false : 'inline',
    minify: production,
  },
];

if (!production) {
  const tests = { outdir: 'out/test', outbase: 'test', bundle: true, format: 'cjs', platform: 'node', target: 'node20', sourcemap: true };
  builds.push(
    // The unit tier runs in plain Node: the few host text builders it tests get a stand-in for `vscode.l10n` only.
    { ...tests, entryPoints: ['test/unit/**/*.test.ts'], external: ['mocha', 'typescript', '@vscode/l10n-dev'], alias: { vscode: './test/unit/stubs/vscode.ts' } },
    { ...tests, entryPoints: ['test/integration/**/*.ts'], external: ['vscode', 'mocha'] },
  );
}

async function main() {
  const contexts = await Promise.all(builds.map((options) => esbuild.context({ logLevel: 'warning', ...options })));
  if (watch) {
    await Promise.all(contexts.map((ctx) => ctx.watch()));
    console.log('[esbuild] watching for changes');
    return;
  }
  await Promise.all(contexts.map((ctx) => ctx.rebuild()));
  await Promise.all(contexts.map((ctx) => ctx.dispose()));
  console.log(`[esbuild] built ${builds.length} bundles${production ? ' (production)' : ''}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
