import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// docs/architecture.md §Layers: only these files may touch Electron; everything else is plain Node and testable here.
const electronAllowed = ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts', 'electron/adapters/**'];

const coreRestrictedPaths = ['electron', 'react', 'react-dom', 'chart.js', 'i18next', 'react-i18next'].map((name) => ({
  name,
  message: 'core/ is plain TypeScript shared by the main process, the CLI and the renderer (docs/architecture.md §Layers).',
}));
const coreRestrictedPatterns = [
  { group: ['**/electron/**', '**/renderer/**'], message: 'core/ imports neither electron/ nor renderer/ (docs/architecture.md §Layers).' },
  { group: ['node:*'], message: 'core/ runs in the renderer too: no Node built-ins (docs/architecture.md §Layers).' },
];
// The core/ modules that hold zod schemas, by name, so the renderer's rule below can keep them to type imports.
const coreSchemas = ['core/contract/**', 'core/**/*-schema.ts', 'core/class/schema.ts'];

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
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only electron/main.ts, preload.ts, ipc.ts and electron/adapters/ may import Electron (docs/architecture.md).' },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "Property[key.name='rejectUnauthorized'][value.value=false]",
          message: 'Certificate checking is never switched off: it silently disables a pinned fingerprint.',
        },
      ],
    },
  },
  // Layers, as VS Code's code-layering rule keeps them (docs/architecture.md §Layers): core/ is
  // plain TypeScript that all three sides share; electron/ (main process, domains, CLI) and
  // renderer/ each import core/ and never each other, not even for types. core/'s zod schemas
  // (the contract, the *-schema modules) reach the renderer as types only: zod never enters its
  // bundle.
  {
    files: ['core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: coreRestrictedPaths, patterns: coreRestrictedPatterns }] },
  },
  {
    files: ['core/**/*.ts'],
    ignores: coreSchemas,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...coreRestrictedPaths,
            {
              name: 'zod',
              message: 'zod stays in core/contract/ and the *-schema modules, which the renderer imports as types only (docs/architecture.md §Layers).',
            },
          ],
          patterns: coreRestrictedPatterns,
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'electron/ never imports renderer/, not even types: share it through core/ (docs/architecture.md §Layers).' },
            {
              group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'chart.js', 'chart.js/*'],
              message: 'The main process and the CLI carry no React or Chart.js (docs/architecture.md §Layers).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/electron/**'], message: 'renderer/ never imports electron/, not even types: share it through core/ (docs/architecture.md §Layers).' },
            {
              group: coreSchemas.map((glob) => `**/${glob.replace(/\.ts$/, '')}`),
              allowTypeImports: true,
              message:
                'These modules hold zod schemas: the renderer takes their types only (`import type`), zod never enters its bundle (docs/architecture.md §Layers).',
            },
          ],
        },
      ],
    },
  },
);
