import type { ProxlabBridge } from '../electron/api';

declare global {
  interface Window {
    proxlab: ProxlabBridge;
  }
}

/** The typed contract, as preload (or the test bridge) provides it. */
export const proxlab = (): ProxlabBridge => window.proxlab;
