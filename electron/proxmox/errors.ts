import { z } from 'zod';
import { formatProxmoxMessage, type ProxmoxMessageKey } from '../../core/proxmox/messages';

// Every failure of a Proxmox call becomes one ProxmoxError with a kind a program can branch on
// and a catalogue key a person can read. PVE puts its error text in the HTTP reason phrase
// (older releases) and, since libpve-http-server 5.2, also in the body's "message" (docs/proxmox.md §Errors).

export type ProxmoxErrorKind =
  | 'bad-credentials'
  | 'ticket-expired'
  | 'csrf'
  | 'tfa-required'
  | 'tfa-unsupported'
  | 'privilege'
  | 'token-not-allowed'
  | 'empty-without-acl'
  | 'tokens-unsupported'
  | 'bad-request'
  | 'no-such-task'
  | 'not-found'
  | 'server'
  | 'not-implemented'
  | 'node-offline'
  | 'proxy-failed'
  | 'timeout'
  | 'reset'
  | 'unreachable'
  | 'tls-untrusted'
  | 'tls-mismatch'
  | 'tls-ca'
  | 'tls-expired'
  | 'too-large'
  | 'bad-response'
  | 'bad-shape';

/** The CLI's exit codes follow these (docs/cli.md §Exit codes): tls 3, auth 4, unreachable 5. */
export type ProxmoxErrorCategory = 'tls' | 'auth' | 'unreachable' | 'other';

const CATEGORY: Record<ProxmoxErrorKind, ProxmoxErrorCategory> = {
  'bad-credentials': 'auth',
  'ticket-expired': 'auth',
  csrf: 'auth',
  'tfa-required': 'auth',
  'tfa-unsupported': 'auth',
  privilege: 'auth',
  'token-not-allowed': 'auth',
  'empty-without-acl': 'auth',
  'tokens-unsupported': 'auth',
  'bad-request': 'other',
  'no-such-task': 'other',
  'not-found': 'other',
  server: 'other',
  'not-implemented': 'other',
  'node-offline': 'unreachable',
  'proxy-failed': 'unreachable',
  timeout: 'unreachable',
  reset: 'unreachable',
  unreachable: 'unreachable',
  'tls-untrusted': 'tls',
  'tls-mismatch': 'tls',
  'tls-ca': 'tls',
  'tls-expired': 'tls',
  'too-large': 'other',
  'bad-response': 'other',
  'bad-shape': 'other',
};

const KEY: Record<ProxmoxErrorKind, ProxmoxMessageKey> = {
  'bad-credentials': 'proxmox.error.badCredentials',
  'ticket-expired': 'proxmox.error.ticketExpired',
  csrf: 'proxmox.error.csrf',
  'tfa-required': 'proxmox.error.tfaRequired',
  'tfa-unsupported': 'proxmox.error.tfaUnsupported',
  privilege: 'proxmox.error.privilege',
  'token-not-allowed': 'proxmox.error.tokenNotAllowed',
  'empty-without-acl': 'proxmox.warning.emptyWithoutAcl',
  'tokens-unsupported': 'proxmox.error.tokensUnsupported',
  'bad-request': 'proxmox.error.badRequest',
  'no-such-task': 'proxmox.error.noSuchTask',
  'not-found': 'proxmox.error.notFound',
  server: 'proxmox.error.server',
  'not-implemented': 'proxmox.error.notImplemented',
  'node-offline': 'proxmox.error.nodeOffline',
  'proxy-failed': 'proxmox.error.proxyFailed',
  timeout: 'proxmox.error.timeout',
  reset: 'proxmox.error.reset',
  unreachable: 'proxmox.error.unreachable',
  'tls-untrusted': 'proxmox.error.tlsUntrusted',
  'tls-mismatch': 'proxmox.error.tlsMismatch',
  'tls-ca': 'proxmox.error.tlsCa',
  'tls-expired': 'proxmox.error.tlsExpired',
  'too-large': 'proxmox.error.tooLarge',
  'bad-response': 'proxmox.error.badResponse',
  'bad-shape': 'proxmox.error.badShape',
};

export class ProxmoxError extends Error {
  readonly category: ProxmoxErrorCategory;
  readonly key: ProxmoxMessageKey;

  constructor(
    readonly kind: ProxmoxErrorKind,
    readonly params: Record<string, string | number> = {},
    /** HTTP status when the server answered (595-599 are the cluster proxy's pseudo-statuses). */
    readonly status: number | null = null,
  ) {
    super(formatProxmoxMessage(KEY[kind], params, 'en'));
    this.name = 'ProxmoxError';
    this.category = CATEGORY[kind];
    this.key = KEY[kind];
  }

  /** The message in the reader's language. */
  text(language: 'en' | 'id'): string {
    return formatProxmoxMessage(this.key, this.params, language);
  }

  /** Reads are retried after these; a write is never repeated (it may have happened). */
  get transient(): boolean {
    return this.kind === 'timeout' || this.kind === 'reset';
  }
}

export interface HttpFailure {
  status: number;
  statusText: string;
  body: unknown;
  /** API path relative to /api2/json, e.g. /nodes/pve/status. */
  path: string;
  /** How the request authenticated; decides what a bare 401 means. */
  auth: 'token' | 'ticket' | 'login';
  /** host[:port] the request went to, for messages about that host. */
  host?: string;
}

/** The text PVE gave: the body's message when present (newer releases), else the reason phrase. */
export function pveReason(statusText: string, body: unknown): string {
  const message = body && typeof body === 'object' && 'message' in body ? (body as { message: unknown }).message : undefined;
  return (typeof message === 'string' && message.trim() !== '' ? message : statusText).trim();
}

function paramErrors(body: unknown): Record<string, string> {
  const errors = body && typeof body === 'object' && 'errors' in body ? (body as { errors: unknown }).errors : undefined;
  if (!errors || typeof errors !== 'object') return {};
  return Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, String(v)]));
}

export function mapHttpFailure(failure: HttpFailure): ProxmoxError {
  const { status, path } = failure;
  const reason = pveReason(failure.statusText, failure.body);
  if (status === 401) {
    if (/csrf/i.test(reason)) return new ProxmoxError('csrf', { reason }, status);
    if (failure.auth === 'ticket') return new ProxmoxError('ticket-expired', { reason }, status);
    // Before 6.2 the auth layer ignores the token header and looks for a ticket cookie.
    if (failure.auth === 'token' && /^No ticket$/i.test(reason)) return new ProxmoxError('tokens-unsupported', { version: '< 6.2' }, status);
    return new ProxmoxError('bad-credentials', { reason }, status);
  }
  if (status === 403) {
    if (/not available with API token/i.test(reason)) return new ProxmoxError('token-not-allowed', { reason }, status);
    const check = /Permission check failed \(([^,()]+), ([^()]+)\)/.exec(reason);
    if (check) return new ProxmoxError('privilege', { path: check[1].trim(), privilege: check[2].trim(), reason }, status);
    return new ProxmoxError('privilege', { path, privilege: '?', reason }, status);
  }
  if (status === 400) {
    const errors = paramErrors(failure.body);
    if (errors.upid === 'no such task') return new ProxmoxError('no-such-task', { reason }, status);
    const details = Object.entries(errors)
      .map(([name, text]) => `${name}: ${text}`)
      .join('; ');
    return new ProxmoxError('bad-request', { reason, details }, status);
  }
  if (status >= 595 && status <= 599) {
    // pveproxy's own failure to forward: to the named node, or (no node named) to its local pvedaemon.
    const node = /^\/nodes\/([^/]+)/.exec(path)?.[1];
    if (node === undefined) return new ProxmoxError('proxy-failed', { host: failure.host ?? '?', status, reason }, status);
    return new ProxmoxError('node-offline', { node, status, reason }, status);
  }
  if (status === 500 && /does not exist|hostname lookup .* failed/.test(reason)) return new ProxmoxError('not-found', { reason }, status);
  if (status === 501) return new ProxmoxError('not-implemented', { reason }, status);
  return new ProxmoxError('server', { reason: `${status} ${reason}` }, status);
}

/**
 * The one error a person sees for a failed Proxmox call: answers of the wrong shape (a zod
 * refusal while reading them) become `bad-shape`; anything else is not a Proxmox failure (null).
 */
export function asProxmoxError(error: unknown): ProxmoxError | null {
  if (error instanceof ProxmoxError) return error;
  if (!(error instanceof z.ZodError)) return null;
  const issue = error.issues[0];
  return new ProxmoxError('bad-shape', { field: issue?.path.join('.') || '-', reason: issue?.message ?? '' });
}

const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ERR_CANCELED_TIMEOUT']);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ERR_STREAM_PREMATURE_CLOSE']);
const UNREACHABLE_CODES = new Set(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EADDRNOTAVAIL']);

/** OpenSSL and Node codes that mean "the certificate was not accepted". */
export function isTlsRefusal(code: string | undefined): boolean {
  if (!code) return false;
  return /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET_ISSUER|ERR_TLS_CERT_ALTNAME_INVALID|PROXLAB_PIN_MISMATCH/.test(code);
}

/** A failure below HTTP (no answer): timeout, reset, refused. TLS refusals are classified by the caller. */
export function mapSocketFailure(code: string | undefined, message: string, host: string, timeoutMs: number): ProxmoxError {
  if (code && TIMEOUT_CODES.has(code) && !/socket hang up/i.test(message)) {
    return new ProxmoxError('timeout', { host, seconds: Math.round(timeoutMs / 100) / 10 });
  }
  if ((code && RESET_CODES.has(code)) || /socket hang up|ECONNRESET/i.test(message)) {
    return new ProxmoxError('reset', { host, code: code ?? 'socket hang up' });
  }
  if (code && UNREACHABLE_CODES.has(code)) return new ProxmoxError('unreachable', { host, code });
  return new ProxmoxError('unreachable', { host, code: code ?? message });
}
