import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { X509Certificate } from 'node:crypto';

// A throw-away cluster CA and a node certificate signed by it, shaped like PVE's defaults
// (docs/proxmox.md §TLS), made with the openssl CLI at test time. Nothing is kept on disk afterwards.

export interface NodeCertificates {
  caPem: string;
  certPem: string;
  keyPem: string;
  /** SHA-256 of the leaf, `AA:BB:…` as PVE's interface shows it. */
  fingerprint: string;
}

/** `expired`: the node certificate's validity ended in 2021 (a node nobody renewed). */
export function makeCertificates(nodeName = 'pve', commonName = 'pve.lab.example', options: { expired?: boolean } = {}): NodeCertificates {
  const dir = mkdtempSync(path.join(tmpdir(), 'proxlab-standin-cert-'));
  const file = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync('openssl', args, { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      file('ca.key'),
      '-out',
      file('ca.pem'),
      '-days',
      '3650',
      '-subj',
      `/CN=Proxmox Virtual Environment/OU=${crypto.randomUUID()}/O=PVE Cluster Manager CA`,
    );
    openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      file('leaf.key'),
      '-out',
      file('leaf.csr'),
      '-subj',
      `/OU=PVE Cluster Node/O=Proxmox Virtual Environment/CN=${commonName}`,
    );
    writeFileSync(
      file('ext.cnf'),
      `subjectAltName=IP:127.0.0.1,IP:::1,DNS:localhost,DNS:${nodeName},DNS:${commonName}\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n`,
    );
    if (options.expired) {
      // `openssl x509 -req` only counts days from now; `openssl ca` takes explicit dates.
      writeFileSync(file('index.txt'), '');
      writeFileSync(file('serial'), '1000\n');
      writeFileSync(
        file('ca.cnf'),
        `[ca]\ndefault_ca=lab\n[lab]\ndatabase=${file('index.txt')}\nnew_certs_dir=${dir}\nserial=${file('serial')}\ndefault_md=sha256\npolicy=any\nunique_subject=no\n[any]\ncommonName=supplied\norganizationName=optional\norganizationalUnitName=optional\n`,
      );
      openssl(
        'ca',
        '-batch',
        '-config',
        file('ca.cnf'),
        '-cert',
        file('ca.pem'),
        '-keyfile',
        file('ca.key'),
        '-in',
        file('leaf.csr'),
        '-out',
        file('leaf.pem'),
        '-startdate',
        '20190101000000Z',
        '-enddate',
        '20210101000000Z',
        '-extfile',
        file('ext.cnf'),
        '-notext',
      );
    } else {
      openssl(
        'x509',
        '-req',
        '-in',
        file('leaf.csr'),
        '-CA',
        file('ca.pem'),
        '-CAkey',
        file('ca.key'),
        '-CAcreateserial',
        '-out',
        file('leaf.pem'),
        '-days',
        '730',
        '-extfile',
        file('ext.cnf'),
      );
    }
    const certPem = readFileSync(file('leaf.pem'), 'utf8');
    return {
      caPem: readFileSync(file('ca.pem'), 'utf8'),
      certPem,
      keyPem: readFileSync(file('leaf.key'), 'utf8'),
      fingerprint: new X509Certificate(certPem).fingerprint256,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
