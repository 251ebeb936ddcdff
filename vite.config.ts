import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/shell/security-policy';

// The CSP is written once (electron/shell/security-policy.ts) and put into index.html here.
const PLACEHOLDER = '__PROXLAB_CSP__';
const contentSecurityPolicy = (): Plugin => ({
  name: 'proxlab-csp',
  transformIndexHtml(html) {
    if (!html.includes(PLACEHOLDER)) throw new Error(`renderer/index.html has no ${PLACEHOLDER} to put the CSP in`);
    return html.replace(PLACEHOLDER, CONTENT_SECURITY_POLICY);
  },
});

// The renderer is a static bundle: Electron loads it from disk, tests serve it on 127.0.0.1.
export default defineConfig({
  root: 'renderer',
  base: './',
  esbuild: { jsx: 'automatic' },
  plugins: [contentSecurityPolicy()],
  build: {
    outDir: '../out/renderer',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 2048,
  },
});
