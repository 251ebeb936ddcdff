import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// docs/architecture.md §Layers: only these files may touch Electron; everything else is plain Node and testable here.
const electronAllowed = ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts', 'electron/adapters/**'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: electronAllowed,
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Only electron/main.ts, preload.ts, ipc.ts and electron/adapters/ may import Electron (docs/architecture.md).' }],
      }],
      'no-restricted-syntax': ['error', {
        selector: "Property[key.name='rejectUnauthorized'][value.value=false]",
        message: 'Certificate checking is never switched off: it silently disables a pinned fingerprint.',
      }],
    },
  },
  {
    // core/ is shared by the main process, the CLI and the renderer: it imports neither side.
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'core/ is plain TypeScript (docs/architecture.md).' }],
        patterns: [{ group: ['**/electron/**', '**/renderer/**'], message: 'core/ imports neither electron/ nor renderer/ (docs/architecture.md).' }],
      }],
    },
  },
);
