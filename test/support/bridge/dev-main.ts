import { startBridge } from './server';

// The bridge for `npm run dev` without Electron (scripts/dev.mjs runs this file through
// vite-node): the real handlers over the sources, the app as it opens with nothing configured
// (the demo session), and connections added on the Connect page used by the Experiment page.
// It prints one JSON line with its URL for the dev loop to forward the page's calls to.
const bridge = await startBridge({
  systemLanguage: process.env.PROXLAB_DEV_LANGUAGE ?? Intl.DateTimeFormat().resolvedOptions().locale,
  experiment: 'connected',
  demo: true,
});
process.stdout.write(`${JSON.stringify({ bridge: bridge.url })}\n`);

const stop = () => void bridge.close().finally(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The dev loop holds our stdin open: when it ends, however it ended, so do we.
process.stdin.on('end', stop).resume();
