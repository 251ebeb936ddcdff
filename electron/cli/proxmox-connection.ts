import { readRegularFile } from '../files/read-regular';
import type { Credentials, SecondFactor } from '../proxmox/auth';
import { TOKEN_ID } from '../../core/proxmox/token-id';
import { DEFAULT_PORT, ProxmoxClient } from '../proxmox/client';
import { ProxmoxError } from '../proxmox/errors';
import { formatProxmoxMessage } from '../../core/proxmox/messages';
import { normalizeFingerprint, probeCertificate, type CertificateInfo, type Trust } from '../proxmox/tls';
import type { Language } from '../../core/language';
import { EXIT, type CliIo } from './io';

// AUTH and TRUST (docs/cli.md §AUTH and TRUST), shared by every command that talks to Proxmox VE:
// secrets only from environment variables, a server trusted only by --fingerprint or --ca.

export const CONNECTION_OPTIONS = {
  host: { type: 'string' },
  'token-id': { type: 'string' },
  'token-secret-env': { type: 'string' },
  user: { type: 'string' },
  'password-env': { type: 'string' },
  'otp-env': { type: 'string' },
  fingerprint: { type: 'string' },
  ca: { type: 'string' },
} as const;

export const CONNECTION_USAGE = `  --host HOST[:PORT]          the Proxmox VE node (port 8006 unless given)
  AUTH, one of:
    --token-id USER@REALM!NAME --token-secret-env VAR   API token (PVE ≥ 6.2); the secret from $VAR
    --user USER@REALM --password-env VAR [--otp-env VAR] password (and TOTP code) from $VAR
  TRUST, one of:
    --fingerprint SHA256       the node certificate's SHA-256 (node > System > Certificates)
    --ca FILE                  the cluster CA, pve-root-ca.pem
  Without TRUST the command prints the certificate the server presents and exits 3.`;

export type ConnectionValues = { [K in keyof typeof CONNECTION_OPTIONS]?: string };

export class UsageError extends Error {}

export function parseHost(text: string): { host: string; port: number } {
  const match = /^\[([^\]]+)\](?::(\d+))?$/.exec(text) ?? /^([^:]+)(?::(\d+))?$/.exec(text);
  if (!match) {
    // A bare IPv6 address has colons of its own.
    if (/^[0-9a-fA-F:]+$/.test(text)) return { host: text, port: DEFAULT_PORT };
    throw new UsageError(`--host "${text}" is not HOST or HOST:PORT`);
  }
  const port = match[2] === undefined ? DEFAULT_PORT : Number(match[2]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`port ${match[2]} is out of range`);
  return { host: match[1], port };
}

/** HOST[:PORT] as --host takes it; an IPv6 address in brackets so its colons are not read as the port. */
export function hostArgument(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

export function credentialsFrom(values: ConnectionValues, env: NodeJS.ProcessEnv): { credentials: Credentials; secondFactor?: SecondFactor; identity: string } {
  const fromEnv = (option: string, name: string | undefined) => {
    if (!name) throw new UsageError(`${option} VAR is required`);
    const value = env[name];
    if (value === undefined || value === '') throw new UsageError(`the environment variable ${name} (${option}) is empty or not set`);
    return value;
  };
  if (values['token-id'] !== undefined) {
    if (values.user !== undefined) throw new UsageError('--token-id and --user exclude each other');
    if (!TOKEN_ID.test(values['token-id'])) throw new UsageError(`--token-id "${values['token-id']}" is not USER@REALM!NAME`);
    const secret = fromEnv('--token-secret-env', values['token-secret-env']);
    return { credentials: { kind: 'token', tokenId: values['token-id'], secret }, identity: values['token-id'] };
  }
  if (values.user !== undefined) {
    if (!values.user.includes('@')) throw new UsageError(`--user "${values.user}" is not USER@REALM`);
    const password = fromEnv('--password-env', values['password-env']);
    const otpVar = values['otp-env'];
    const secondFactor: SecondFactor | undefined = otpVar ? async () => env[otpVar] || null : undefined;
    return { credentials: { kind: 'password', username: values.user, password }, secondFactor, identity: values.user };
  }
  throw new UsageError('AUTH is required: --token-id with --token-secret-env, or --user with --password-env');
}

/**
 * Something the user named that is not there is bad usage; any other answer the server could
 * not give usefully (a 500, an HTML page, a wrong shape, too large) is input not read fully.
 */
export function exitCodeFor(error: ProxmoxError): number {
  if (error.category === 'other') return error.kind === 'not-found' || error.kind === 'bad-request' ? EXIT.usage : EXIT.partial;
  return { tls: EXIT.tls, auth: EXIT.auth, unreachable: EXIT.unreachable }[error.category];
}

function certificateText(info: CertificateInfo, lang: Language): string {
  const label =
    lang === 'id'
      ? { fp: 'Sidik jari SHA-256', subject: 'Subjek', issuer: 'Penerbit', valid: 'Berlaku' }
      : { fp: 'SHA-256 fingerprint', subject: 'Subject', issuer: 'Issuer', valid: 'Valid' };
  return `${label.fp}: ${info.fingerprint256}\n${label.subject}: ${info.subject}\n${label.issuer}: ${info.issuer}\n${label.valid}: ${info.validFrom} — ${info.validTo}\n`;
}

/** The server --host names, what TRUST says to trust, and who AUTH says logs in. */
export interface CliConnection {
  /** HOST, or HOST:PORT when the port is not the default, as messages name the server. */
  host: string;
  target: { host: string; port: number };
  trust: Trust;
  auth: ReturnType<typeof credentialsFrom>;
}

/**
 * The connection exactly as TRUST and AUTH name it, or an exit code after telling the user why.
 * With --fingerprint the presented certificate is read first; the connection then trusts that
 * certificate only, and checks its fingerprint again on every connection.
 */
export async function resolveConnection(
  values: ConnectionValues,
  io: CliIo,
  lang: Language,
  command: string,
  json: boolean,
): Promise<CliConnection | { exit: number }> {
  let target: { host: string; port: number };
  let auth: ReturnType<typeof credentialsFrom>;
  try {
    if (!values.host) throw new UsageError('--host is required');
    if (values.fingerprint !== undefined && values.ca !== undefined) throw new UsageError('--fingerprint and --ca exclude each other');
    target = parseHost(values.host);
    auth = credentialsFrom(values, io.env);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${command}: ${error.message}\n`);
    return { exit: EXIT.usage };
  }
  const { host, port } = target;
  const hostLabel = port === DEFAULT_PORT ? host : `${host}:${port}`;
  const fail = (error: ProxmoxError) => {
    io.stderr(`${command}: ${error.text(lang)}\n`);
    return { exit: exitCodeFor(error) };
  };

  if (values.ca !== undefined) {
    let caPem: string;
    try {
      caPem = await readRegularFile(values.ca, 1 << 20, 'utf8');
    } catch (error) {
      io.stderr(`${command}: --ca ${values.ca}: ${(error as Error).message}\n`);
      return { exit: EXIT.usage };
    }
    return { host: hostLabel, target, trust: { kind: 'ca', caPem }, auth };
  }

  let presented: CertificateInfo;
  try {
    presented = await probeCertificate(host, port);
  } catch (error) {
    if (error instanceof ProxmoxError) return fail(error);
    throw error;
  }
  if (values.fingerprint === undefined) {
    if (json) io.stdout(`${JSON.stringify({ schema: 'proxlab.certificate/1', host: hostLabel, trusted: false, ...presented }, null, 2)}\n`);
    else io.stdout(certificateText(presented, lang));
    io.stderr(`${command}: ${formatProxmoxMessage('proxmox.error.tlsUntrusted', { host: hostLabel, presented: presented.fingerprint256 }, lang)}\n`);
    io.stderr(`${formatProxmoxMessage('proxmox.certificate.whereToCheck', { fingerprint: presented.fingerprint256 }, lang)}\n`);
    return { exit: EXIT.tls };
  }
  const pinned = normalizeFingerprint(values.fingerprint);
  if (!pinned) {
    io.stderr(`${command}: --fingerprint takes 64 hex digits (colons optional)\n`);
    return { exit: EXIT.usage };
  }
  if (pinned !== presented.fingerprint256) {
    return fail(new ProxmoxError('tls-mismatch', { host: hostLabel, pinned, presented: presented.fingerprint256 }));
  }
  return { host: hostLabel, target, trust: { kind: 'pin', fingerprint: pinned, pem: presented.pem }, auth };
}

/** A client of its own over the connection TRUST and AUTH name (`experiment run` and `resume`). */
export async function connect(
  values: ConnectionValues,
  io: CliIo,
  lang: Language,
  command: string,
  json: boolean,
): Promise<{ client: ProxmoxClient; host: string; target: { host: string; port: number }; identity: string } | { exit: number }> {
  const connection = await resolveConnection(values, io, lang, command, json);
  if ('exit' in connection) return connection;
  const { target, trust, auth } = connection;
  return {
    client: new ProxmoxClient({ host: target.host, port: target.port, trust, credentials: auth.credentials, secondFactor: auth.secondFactor }),
    host: connection.host,
    target,
    identity: auth.identity,
  };
}
