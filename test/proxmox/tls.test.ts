import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProxmoxClient } from '../../electron/proxmox/client';
import { ProxmoxError } from '../../electron/proxmox/errors';
import { probeCertificate } from '../../electron/proxmox/tls';
import { makeCertificates } from '../standins/pve/certs';
import type { Standin } from '../standins/pve/server';
import { runnerToken, startTestStandin } from './standin';

// TLS the Proxmox way (docs/proxmox.md §TLS): first contact reads the certificate without trusting it;
// a pin admits that certificate only; a CA file admits what the cluster CA signed.

function opensslFingerprint(pem: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-fp-'));
  try {
    writeFileSync(path.join(dir, 'c.pem'), pem);
    const out = execFileSync('openssl', ['x509', '-in', path.join(dir, 'c.pem'), '-noout', '-fingerprint', '-sha256'], { encoding: 'utf8' });
    return out.trim().replace(/^sha256 Fingerprint=/i, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('certificate trust', () => {
  let standin: Standin;
  const other = makeCertificates('pve', 'impostor.example');
  beforeAll(async () => {
    standin = await startTestStandin();
  });
  afterAll(() => standin.close());

  it('first contact shows the fingerprint openssl computes, with subject, issuer and validity', async () => {
    const info = await probeCertificate(standin.host, standin.port);
    expect(info.fingerprint256).toBe(opensslFingerprint(standin.certPem));
    expect(info.subject).toContain('CN=pve.lab.example');
    expect(info.subject).toContain('OU=PVE Cluster Node');
    expect(info.issuer).toContain('O=PVE Cluster Manager CA');
    expect(info.selfSigned).toBe(false);
    expect(Date.parse(info.validTo) - Date.parse(info.validFrom)).toBeGreaterThan(700 * 86400_000);
    // The probe sent no request.
    expect(standin.requests).toEqual([]);
  });

  it('a pinned certificate is trusted, without switching verification off', async () => {
    const info = await probeCertificate(standin.host, standin.port);
    const client = new ProxmoxClient({
      host: standin.host,
      port: standin.port,
      trust: { kind: 'pin', fingerprint: info.fingerprint256, pem: info.pem },
      credentials: runnerToken,
    });
    expect((await client.version()).version).toBe('8.4.14');
    client.close();
  });

  it('a pin that does not match is refused, naming both fingerprints', async () => {
    const client = new ProxmoxClient({
      host: standin.host,
      port: standin.port,
      trust: { kind: 'pin', fingerprint: other.fingerprint, pem: other.certPem },
      credentials: runnerToken,
      retries: 0,
    });
    const error = (await client.version().catch((e: unknown) => e)) as ProxmoxError;
    expect(error).toBeInstanceOf(ProxmoxError);
    expect(error.kind).toBe('tls-mismatch');
    expect(error.category).toBe('tls');
    expect(error.params).toMatchObject({ pinned: other.fingerprint, presented: opensslFingerprint(standin.certPem) });
    expect(error.text('id')).toContain(`tersemat ${other.fingerprint}, disajikan ${standin.fingerprint}`);
    client.close();
  });

  it('the cluster CA file admits the node certificate, by IP and by name', async () => {
    for (const host of ['127.0.0.1', 'localhost']) {
      const client = new ProxmoxClient({ host, port: standin.port, trust: { kind: 'ca', caPem: standin.caPem }, credentials: runnerToken });
      expect((await client.version()).release).toBe('8.4');
      client.close();
    }
  });

  it('another cluster CA is refused', async () => {
    const client = new ProxmoxClient({
      host: standin.host,
      port: standin.port,
      trust: { kind: 'ca', caPem: other.caPem },
      credentials: runnerToken,
      retries: 0,
    });
    const error = (await client.version().catch((e: unknown) => e)) as ProxmoxError;
    expect(error.kind).toBe('tls-ca');
    expect(error.params.code).toBe('UNABLE_TO_VERIFY_LEAF_SIGNATURE');
    client.close();
  });

  it('a probe of a closed port says unreachable', async () => {
    const closed = await startTestStandin();
    const port = closed.port;
    await closed.close();
    const error = (await probeCertificate('127.0.0.1', port).catch((e: unknown) => e)) as ProxmoxError;
    expect(error.kind).toBe('unreachable');
    expect(error.params.code).toBe('ECONNREFUSED');
  });
});
