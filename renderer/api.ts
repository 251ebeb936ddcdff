import type { ProxlabBridge } from '../core/contract/api';

declare global {
  interface Window {
    proxlab: ProxlabBridge;
  }
}

/** The typed contract, as preload (or the test bridge) provides it. */
export const proxlab = (): ProxlabBridge => window.proxlab;
