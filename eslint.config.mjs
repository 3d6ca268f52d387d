// Lint rules. The boundaries matter most: core/ and shared/ stay free of `vscode`,
// and extension code uses no Node-only modules, so a browser build can follow.
import tseslint from 'typescript-eslint';

const nodeOnly = ['fs', 'path', 'child_process', 'os', 'node:*'].map((name) => ({
  group: [name],
  message: 'Extension code must not use Node-only modules (a browser build must stay possible).',
}));

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'artifacts/**', 'scripts/**', 'esbuild.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: nodeOnly }],
    },
  },
  {
    files: ['src/core/**/*.ts', 'src/shared/**/*.ts', 'src/webview/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'vscode', message: 'core/, shared/ and webview/ must not depend on the VS Code API.' }],
          patterns: [...nodeOnly, { group: ['**/host/*', '../host/*'], message: 'Only the host may import host code.' }],
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
