import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ProxmoxClient } from '../../electron/proxmox/client';
import { proxmoxExperimentPort } from '../../electron/proxmox/experiment-port';
import { pinnedClient, startTestStandin } from '../proxmox/standin';
import type { Standin } from '../standins/pve/server';
import { openBridgedApp, type BridgedApp } from './bridged-app';

/** The app in Chromium on an Indonesian system, its Experiment page wired to the Proxmox stand-in. */
export interface StandinApp extends BridgedApp {
  standin: Standin;
  client: ProxmoxClient;
}

export const screenshotsDir = path.resolve('test-results', 'screenshots');

/**
 * Starts the stand-in (guest memory with `noise` GiB of jitter per sample), the bridge with an
 * experiment profile on it, and the app. Reduced motion: charts are drawn at once, so
 * screenshots never catch a bar mid-growth.
 */
export async function openStandinApp(options: { noise: number; pageErrors: string[] }): Promise<StandinApp> {
  mkdirSync(screenshotsDir, { recursive: true });
  const standin = await startTestStandin({ taskMs: 50, noise: options.noise });
  const client = pinnedClient(standin);
  const app = await openBridgedApp({
    locale: 'id-ID',
    pageErrors: options.pageErrors,
    bridge: {
      experiment: {
        profile: { id: 'lab', name: 'Lab PVE (stand-in)', node: 'pve', host: standin.host, port: standin.port },
        port: proxmoxExperimentPort(client),
      },
    },
    context: { reducedMotion: 'reduce' },
  });
  return {
    ...app,
    standin,
    client,
    async close() {
      await app.close();
      client.close();
      await standin.close();
    },
  };
}
