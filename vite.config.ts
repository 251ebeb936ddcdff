import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './electron/shell/security-policy';

// The CSP is written once (electron/shell/security-policy.ts) and put into index.html here.
const PLACEHOLDER = '__PROXLAB_CSP__';
// The dev server (npm run dev) puts each imported stylesheet into a <style> element, which the
// app's policy refuses; there, and only there, inline styles are allowed.
const DEV_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
const contentSecurityPolicy = (): Plugin => {
  let policy = CONTENT_SECURITY_POLICY;
  return {
    name: 'proxlab-csp',
    configResolved(config) {
      if (config.command === 'serve') policy = DEV_POLICY;
    },
    transformIndexHtml(html) {
      if (!html.includes(PLACEHOLDER)) throw new Error(`renderer/index.html has no ${PLACEHOLDER} to put the CSP in`);
      return html.replace(PLACEHOLDER, policy);
    },
  };
};

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
