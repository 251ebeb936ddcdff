import tls, { type ConnectionOptions, type PeerCertificate } from 'node:tls';
import { isIP } from 'node:net';
import { X509Certificate } from 'node:crypto';
import { ProxmoxError, isTlsRefusal, mapSocketFailure } from './errors';

// TLS the Proxmox way (docs/proxmox.md §TLS): the node certificate is signed by the cluster's own CA,
// which nobody trusts by default. Either the user pins the leaf's SHA-256 fingerprint (trust on
// first use, compared with node > System > Certificates) or imports pve-root-ca.pem.
// Certificate checking stays on in every path: a pin is enforced by trusting exactly that
// certificate and comparing its fingerprint, never by switching verification off.

/** `AA:BB:…` (upper-case pairs), the form PVE's web interface and `pvenode cert info` show. */
export type Fingerprint = string;

export function normalizeFingerprint(text: string): Fingerprint | null {
  const hex = text.replace(/[\s:]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return null;
  return hex.match(/../g)!.join(':');
}

export interface CertificateInfo {
  fingerprint256: Fingerprint;
  subject: string;
  issuer: string;
  /** ISO-8601. */
  validFrom: string;
  validTo: string;
  subjectAltName: string | null;
  selfSigned: boolean;
  pem: string;
}

export function describeCertificate(pem: string): CertificateInfo {
  const cert = new X509Certificate(pem);
  return {
    fingerprint256: cert.fingerprint256,
    subject: cert.subject.replace(/\n/g, ', '),
    issuer: cert.issuer.replace(/\n/g, ', '),
    validFrom: new Date(cert.validFrom).toISOString(),
    validTo: new Date(cert.validTo).toISOString(),
    subjectAltName: cert.subjectAltName ?? null,
    selfSigned: cert.subject === cert.issuer,
    pem: cert.toString(),
  };
}

function peerPem(peer: PeerCertificate | undefined): string | null {
  if (!peer?.raw) return null;
  const base64 = peer.raw
    .toString('base64')
    .match(/.{1,64}/g)!
    .join('\n');
  return `-----BEGIN CERTIFICATE-----\n${base64}\n-----END CERTIFICATE-----\n`;
}

export type Trust = { kind: 'pin'; fingerprint: Fingerprint; pem: string } | { kind: 'ca'; caPem: string };

export const PIN_MISMATCH_CODE = 'ERR_PROXLAB_PIN_MISMATCH';

/** What an https.Agent (or tls.connect) needs to trust exactly `trust` and nothing else. */
export function trustOptions(trust: Trust): ConnectionOptions {
  if (trust.kind === 'ca') return { ca: trust.caPem };
  return {
    // The pinned leaf is the only trust anchor; PVE's leaf is not self-signed, so OpenSSL must
    // accept a chain that ends in it (Node ≥ 20.18 / 22.9).
    ca: trust.pem,
    allowPartialTrustChain: true,
    checkServerIdentity: (_host, cert) => {
      if (cert.fingerprint256 === trust.fingerprint) return undefined;
      const error = new Error(`certificate fingerprint ${cert.fingerprint256} is not the pinned ${trust.fingerprint}`) as NodeJS.ErrnoException;
      error.code = PIN_MISMATCH_CODE;
      return error;
    },
  };
}

/** SNI must not carry an IP address. */
export function serverName(host: string): string | undefined {
  return isIP(host) ? undefined : host;
}

/**
 * Connects once and reads the certificate the server presents, without trusting it: the
 * certificate is captured while the handshake runs (the OCSP status callback fires after the
 * server's Certificate message), and when the system happens to trust it, checkServerIdentity
 * captures it and refuses. Either way no request is ever sent.
 */
export function probeCertificate(host: string, port: number, timeoutMs = 10_000): Promise<CertificateInfo> {
  return new Promise((resolve, reject) => {
    let captured: string | null = null;
    let settled = false;
    const options: ConnectionOptions & { requestOCSP: boolean } = {
      host,
      port,
      servername: serverName(host),
      // tls.connect passes this on to the TLSSocket; @types/node only lists it there.
      requestOCSP: true,
      timeout: timeoutMs,
      checkServerIdentity: (_name, cert) => {
        captured ??= peerPem(cert);
        return new Error('probe only');
      },
    };
    const socket = tls.connect(options);
    const finish = (error: NodeJS.ErrnoException | null) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      if (captured) resolve(describeCertificate(captured));
      else if (error && !isTlsRefusal(error.code)) reject(mapSocketFailure(error.code, error.message, host, timeoutMs));
      else reject(new ProxmoxError('unreachable', { host, code: error?.code ?? 'no certificate' }));
    };
    socket.on('OCSPResponse', () => {
      captured ??= peerPem(socket.getPeerCertificate(false));
    });
    socket.on('secureConnect', () => finish(null));
    socket.on('error', (error: NodeJS.ErrnoException) => finish(error));
    socket.on('timeout', () => {
      const error = new Error('timeout') as NodeJS.ErrnoException;
      error.code = 'ETIMEDOUT';
      finish(error);
    });
  });
}
