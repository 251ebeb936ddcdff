// `npm test` runs `depcruise core electron renderer`: no import cycle, type-only imports included,
// and the layers ESLint also checks (eslint.config.js), here for dynamic imports and require() too.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle ties modules into one unit that cannot be read, tested or moved apart (docs/architecture.md §Layers).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-neither-side',
      severity: 'error',
      comment: 'core/ is shared by the main process, the CLI and the renderer (docs/architecture.md §Layers).',
      from: { path: '^core/' },
      to: { path: '^(electron|renderer)/' },
    },
    {
      name: 'electron-never-imports-renderer',
      severity: 'error',
      comment: 'Share it through core/ (docs/architecture.md §Layers).',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'renderer-never-imports-electron',
      severity: 'error',
      comment: 'Not even types: share it through core/ (docs/architecture.md §Layers).',
      from: { path: '^renderer/' },
      to: { path: '^electron/' },
    },
    {
      name: 'renderer-takes-only-types-from-schemas',
      severity: 'error',
      comment: "core/'s zod schemas reach the renderer as types: zod never enters its bundle (docs/architecture.md §Layers).",
      from: { path: '^renderer/' },
      to: { path: '^core/(contract/|class/schema[.]ts$|.*-schema[.]ts$)', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type-only imports are dependencies too: `import type` cycles still bind the two sides' shapes.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] },
  },
};
