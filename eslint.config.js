// ESLint flat config. The `no-restricted-imports` blocks keep package dependencies one way,
// as ../shared/design/ARCHITECTURE.md draws them: core ← store ← server, cli; core ← web.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const nodeOnly = ['node:*', 'fs', 'path', 'os', 'crypto', 'child_process', 'worker_threads'];

/** A restriction entry that explains why an import across a boundary is refused. */
function refuse(group, message) {
  return { group, message };
}

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'coverage/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['packages/core/src/**'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            refuse(
              ['@liaison/*', '../../*/src/*'],
              'core is the bottom layer: it imports nothing of ours.',
            ),
            refuse(
              nodeOnly,
              'core is pure and runs in the browser: no Node-only APIs (do I/O in store, server or cli).',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['packages/store/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            refuse(
              ['@liaison/server', '@liaison/web', '@liaison/cli'],
              'store sits below server, cli and web: depend on core only.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['packages/server/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            refuse(
              ['@liaison/cli', '@liaison/web'],
              'server must not depend on cli or web source.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['packages/cli/src/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            refuse(
              ['@liaison/web'],
              'cli must not import web source; it serves the built app through server.',
            ),
          ],
        },
      ],
    },
  },
  {
    files: ['packages/web/src/**'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            refuse(
              ['@liaison/store', '@liaison/server', '@liaison/cli'],
              'web talks to the server over HTTP; it imports only types and pure functions from @liaison/core.',
            ),
            refuse(nodeOnly, 'web runs in the browser: no Node APIs.'),
          ],
        },
      ],
    },
  },
  {
    // This rule only matters to the React Compiler, which the app does not use: it warns that
    // TanStack Virtual's `useVirtualizer` cannot be auto-memoised. The one hook that wraps it is
    // exempt; everything else keeps the rule.
    files: ['packages/web/src/reader/use-virtual-rows.ts'],
    rules: { 'react-hooks/incompatible-library': 'off' },
  },
);
