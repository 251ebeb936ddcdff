import { ProxmoxClient, type ConnectionOptions } from '../../electron/proxmox/client';
import type { Credentials } from '../../electron/proxmox/auth';
import { makeCertificates, type NodeCertificates } from '../standins/pve/certs';
import { STANDIN_SECRETS } from '../standins/pve/accounts';
import { startStandin, type Standin, type StandinOptions } from '../standins/pve/server';

// Test helpers around the Proxmox stand-in: one certificate pair per test file (RSA key
// generation is the slow part), clients that pin the stand-in's certificate.

let certificates: NodeCertificates | null = null;
export function sharedCertificates(): NodeCertificates {
  certificates ??= makeCertificates();
  return certificates;
}

export function startTestStandin(options: StandinOptions = {}): Promise<Standin> {
  return startStandin({ certificates: sharedCertificates(), ...options });
}

/**
 * The command line's way to reach the stand-in with its runner token: host, token id, the
 * secret read from $PVE_SECRET (pass `runnerTokenEnv`) and the certificate pin.
 */
export function runnerTokenArgs(standin: Standin, fingerprint: string = standin.fingerprint): string[] {
  return [
    '--host',
    `${standin.host}:${standin.port}`,
    '--token-id',
    STANDIN_SECRETS.runnerToken,
    '--token-secret-env',
    'PVE_SECRET',
    '--fingerprint',
    fingerprint,
  ];
}
export const runnerTokenEnv = { PVE_SECRET: STANDIN_SECRETS.runnerSecret };

export const runnerToken: Credentials = { kind: 'token', tokenId: STANDIN_SECRETS.runnerToken, secret: STANDIN_SECRETS.runnerSecret };
export const observerToken: Credentials = { kind: 'token', tokenId: STANDIN_SECRETS.observerToken, secret: STANDIN_SECRETS.observerSecret };
export const runnerPassword: Credentials = { kind: 'password', username: 'labrunner@pve', password: STANDIN_SECRETS.runnerPassword };

export function pinnedClient(standin: Standin, credentials: Credentials = runnerToken, extra: Partial<ConnectionOptions> = {}): ProxmoxClient {
  return new ProxmoxClient({
    host: standin.host,
    port: standin.port,
    trust: { kind: 'pin', fingerprint: standin.fingerprint, pem: standin.certPem },
    credentials,
    retries: 0,
    backoffMs: 10,
    timeoutMs: 5000,
    ...extra,
  });
}
