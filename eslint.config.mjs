// Lint rules. The boundaries matter most: core/ and shared/ stay free of `vscode`, extension code uses no Node-only
// modules or globals (it runs in the browser's web worker host too), and a host feature never imports another
// feature's views.
import tseslint from 'typescript-eslint';

const nodeOnly = ['fs', 'path', 'child_process', 'os', 'node:*'].map((name) => ({
  group: [name],
  message: 'Extension code must not use Node-only modules (a browser build must stay possible).',
}));

const nodeGlobals = ['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'global', 'setImmediate'].map((name) => ({
  name,
  message: 'Extension code runs in web extension hosts too: use the VS Code API or a web-standard global.',
}));

/** Another feature's views (panels, pages, pickers, notices, the status bar); features share models and texts only. */
const otherFeaturesViews = {
  group: ['../*/*View', '../*/*Panel', '../*/*Html', '../*/*Picker', '../*/*Notice', '../*/statusBar', '../*/panelState'],
  message: "A feature must not import another feature's views: take what you need as a dependency of register<Feature>().",
};

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'artifacts/**', 'scripts/**', 'esbuild.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: nodeOnly }],
      'no-restricted-globals': ['error', ...nodeGlobals],
    },
  },
  {
    files: ['src/host/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...nodeOnly, otherFeaturesViews] }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts', 'src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'core/, shared/ and webview/ must not depend on the VS Code API.' }],
          patterns: [...nodeOnly, { group: ['**/host/**', '**/extension'], message: 'Only the host may import host code.' }],
        },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'core/ must not depend on the VS Code API.' }],
          patterns: [...nodeOnly, { group: ['**/host/**', '**/shared/**', '**/webview/**', '**/extension'], message: 'core/ imports only core/.' }],
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
);
