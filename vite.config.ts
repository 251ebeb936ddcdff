import { defineConfig } from 'vite';

// The renderer is a static bundle: Electron loads it from disk, tests serve it on 127.0.0.1.
export default defineConfig({
  root: 'renderer',
  base: './',
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2048,
  },
});
