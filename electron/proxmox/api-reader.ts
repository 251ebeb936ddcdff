import type { PveVersion } from './version';

/**
 * What reading the cluster and node views needs from a connection. ProxmoxClient is one; the
 * client itself reads the cluster view to explain a proxy failure, so those readers type
 * against this and not against the client class.
 */
export interface ApiReader {
  get(path: string, params?: Record<string, string | number | undefined>): Promise<unknown>;
  version(): Promise<PveVersion>;
  readonly capabilities: Record<string, unknown> | null;
}
