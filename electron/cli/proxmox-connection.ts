import { readRegularFile } from '../files/read-regular';
import type { Credentials, SecondFactor } from '../proxmox/auth';
import { TOKEN_ID } from '../../core/proxmox/token-id';
import { DEFAULT_PORT } from '../proxmox/client';
import { asProxmoxError, type ProxmoxError } from '../proxmox/errors';
import { toFailure } from '../proxmox/handlers';
import { failureText } from '../../core/failure-text';
import { normalizeFingerprint, type Fingerprint } from '../proxmox/tls';
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

export function credentialsFrom(values: ConnectionValues, env: NodeJS.ProcessEnv): Credentials {
  const fromEnv = (option: string, name: string | undefined) => {
    if (!name) throw new UsageError(`${option} VAR is required`);
    const value = env[name];
    if (value === undefined || value === '') throw new UsageError(`the environment variable ${name} (${option}) is empty or not set`);
    return value;
  };
  if (values['token-id'] !== undefined) {
    if (values.user !== undefined) throw new UsageError('--token-id and --user exclude each other');
    if (!TOKEN_ID.test(values['token-id'])) throw new UsageError(`--token-id "${values['token-id']}" is not USER@REALM!NAME`);
    return { kind: 'token', tokenId: values['token-id'], secret: fromEnv('--token-secret-env', values['token-secret-env']) };
  }
  if (values.user !== undefined) {
    if (!values.user.includes('@')) throw new UsageError(`--user "${values.user}" is not USER@REALM`);
    return { kind: 'password', username: values.user, password: fromEnv('--password-env', values['password-env']) };
  }
  throw new UsageError('AUTH is required: --token-id with --token-secret-env, or --user with --password-env');
}

/** The --otp-env code, read when a login asks for a second factor (every login that does: a run may log in again). */
export function secondFactorFrom(values: ConnectionValues, env: NodeJS.ProcessEnv): SecondFactor | undefined {
  const name = values['otp-env'];
  return name ? async () => env[name] || null : undefined;
}

/**
 * Something the user named that is not there is bad usage; any other answer the server could
 * not give usefully (a 500, an HTML page, a wrong shape, too large) is input not read fully.
 */
export function exitCodeFor(error: ProxmoxError): number {
  if (error.category === 'other') return error.kind === 'not-found' || error.kind === 'bad-request' ? EXIT.usage : EXIT.partial;
  return { tls: EXIT.tls, auth: EXIT.auth, unreachable: EXIT.unreachable }[error.category];
}

/** A Proxmox failure in the words the app's pages use (core/failure-text.ts), and its exit code; anything else is not the command's to explain. */
export function proxmoxRefusal(error: unknown, io: CliIo, command: string, lang: Language): number {
  const proxmox = asProxmoxError(error);
  if (!proxmox) throw error;
  io.stderr(`${command}: ${failureText(toFailure(proxmox), lang)}\n`);
  return exitCodeFor(proxmox);
}

/** What TRUST names: the cluster CA's PEM, the fingerprint the user read off the node, or nothing yet. */
export type CliTrust = { kind: 'ca'; caPem: string } | { kind: 'fingerprint'; fingerprint: Fingerprint } | null;

/** The server --host names, what TRUST says to trust, and who AUTH says logs in. */
export interface CliConnection {
  /** HOST, or HOST:PORT when the port is not the default, as messages name the server. */
  host: string;
  target: { host: string; port: number };
  trust: CliTrust;
  auth: Credentials;
}

/**
 * The connection exactly as --host, TRUST and AUTH name it, or an exit code after telling the
 * user why. Nothing is asked of the server yet: the certificate is checked as the app checks it
 * (cli/proxmox-profile.ts).
 */
export async function resolveConnection(values: ConnectionValues, io: CliIo, command: string): Promise<CliConnection | { exit: number }> {
  try {
    if (!values.host) throw new UsageError('--host is required');
    if (values.fingerprint !== undefined && values.ca !== undefined) throw new UsageError('--fingerprint and --ca exclude each other');
    const target = parseHost(values.host);
    const auth = credentialsFrom(values, io.env);
    const host = target.port === DEFAULT_PORT ? target.host : `${target.host}:${target.port}`;
    if (values.fingerprint !== undefined) {
      const fingerprint = normalizeFingerprint(values.fingerprint);
      if (!fingerprint) throw new UsageError('--fingerprint takes 64 hex digits (colons optional)');
      return { host, target, trust: { kind: 'fingerprint', fingerprint }, auth };
    }
    if (values.ca === undefined) return { host, target, trust: null, auth };
    let caPem: string;
    try {
      caPem = await readRegularFile(values.ca, 1 << 20, 'utf8');
    } catch (error) {
      throw new UsageError(`--ca ${values.ca}: ${(error as Error).message}`);
    }
    return { host, target, trust: { kind: 'ca', caPem }, auth };
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`${command}: ${error.message}\n`);
    return { exit: EXIT.usage };
  }
}
