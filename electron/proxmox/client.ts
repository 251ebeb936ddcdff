import https from 'node:https';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { ticketAuthenticator, tokenAuthenticator, type Authenticator, type Credentials, type SecondFactor } from './auth';
import { clusterView } from './cluster';
import { ProxmoxError, isTlsRefusal, mapHttpFailure, mapSocketFailure } from './errors';
import { describeCertificate, probeCertificate, serverName, trustOptions, type Trust } from './tls';
import { parseVersion, type PveVersion } from './version';

// One connection to one PVE host: one axios instance over one https.Agent that trusts exactly
// the pinned certificate (or the imported CA). Reads are retried with backoff after a cut
// connection; writes never are, because the server may have acted on them. Every call has one
// deadline for all of it (retries, re-login and the whole body), and answers are read only up
// to a size no PVE answer reaches.

export interface ConnectionOptions {
  host: string;
  port?: number;
  trust: Trust;
  credentials: Credentials;
  secondFactor?: SecondFactor;
  /** Deadline of one call, from the first byte sent to the last byte of the answer. */
  timeoutMs?: number;
  /** Extra attempts for a read after a transient failure. */
  retries?: number;
  backoffMs?: number;
  now?: () => number;
}

export const DEFAULT_PORT = 8006;

/**
 * pveproxy waits up to 30 s (AnyEvent::HTTP `timeout => 30` in proxy_request) for the node it
 * forwards a call to before answering 595. The deadline leaves room for that answer, so an
 * offline cluster node is named instead of the healthy host being blamed.
 */
export const DEFAULT_DEADLINE_MS = 40_000;

/** PVE's largest answers (a year of RRD rows, a long task log page) stay far below this. */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

type Params = Record<string, string | number | undefined>;

interface Deadline {
  signal: AbortSignal;
  ms: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class ProxmoxClient {
  readonly host: string;
  readonly port: number;
  private readonly http: AxiosInstance;
  private readonly agent: https.Agent;
  private readonly auth: Authenticator;
  /** The deadline of each call. */
  readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private versionPromise: Promise<PveVersion> | null = null;

  constructor(private readonly options: ConnectionOptions) {
    this.host = options.host;
    this.port = options.port ?? DEFAULT_PORT;
    this.timeoutMs = options.timeoutMs ?? DEFAULT_DEADLINE_MS;
    this.retries = options.retries ?? 2;
    this.backoffMs = options.backoffMs ?? 500;
    this.agent = new https.Agent({ keepAlive: true, maxSockets: 4, servername: serverName(this.host), ...trustOptions(options.trust) });
    const hostInUrl = this.host.includes(':') ? `[${this.host}]` : this.host;
    this.http = axios.create({
      baseURL: `https://${hostInUrl}:${this.port}/api2/json`,
      httpsAgent: this.agent,
      // axios counts these after decompression, so a small gzip answer cannot grow past them.
      maxContentLength: MAX_ANSWER_BYTES,
      maxBodyLength: MAX_ANSWER_BYTES,
      // Status lines carry PVE's error text; every status is read here, not thrown by axios.
      validateStatus: () => true,
      responseType: 'text',
      transformResponse: [(data: unknown) => data],
      maxRedirects: 0,
      proxy: false,
    });
    const credentials = options.credentials;
    this.auth =
      credentials.kind === 'token'
        ? tokenAuthenticator(credentials.tokenId, credentials.secret)
        : ticketAuthenticator(
            credentials,
            { post: (path, form, headers) => this.send('POST', path, { form, headers, auth: 'login' }) },
            {
              secondFactor: options.secondFactor,
              now: options.now,
            },
          );
  }

  get authKind(): 'token' | 'ticket' {
    return this.auth.kind;
  }

  /** What the last login ticket said the user may do, per area (`vms`, `nodes`, `dc`, …); null for a token. */
  get capabilities(): Record<string, unknown> | null {
    return this.auth.capabilities;
  }

  /** host:port as a person typed it (the port only when it is not 8006). */
  get label(): string {
    const host = this.host.includes(':') ? `[${this.host}]` : this.host;
    return this.port === DEFAULT_PORT ? this.host : `${host}:${this.port}`;
  }

  /** GET, retried with backoff after a cut connection, within one deadline. */
  async get(path: string, params?: Params): Promise<unknown> {
    const deadline = this.deadline();
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.authenticated('GET', path, { params }, deadline);
      } catch (error) {
        if (!(error instanceof ProxmoxError) || !error.transient || error.kind === 'timeout' || attempt >= this.retries) throw error;
        await sleep(this.backoffMs * 2 ** attempt);
      }
    }
  }

  /** POST once (form-encoded, which every release accepts). */
  post(path: string, form: Record<string, string | number> = {}): Promise<unknown> {
    const fields = Object.fromEntries(Object.entries(form).map(([k, v]) => [k, String(v)]));
    return this.authenticated('POST', path, { form: fields }, this.deadline());
  }

  /** The release, asked once per connection (docs/proxmox.md §Releases). */
  version(): Promise<PveVersion> {
    this.versionPromise ??= this.get('/version').then(parseVersion);
    this.versionPromise.catch(() => {
      this.versionPromise = null;
    });
    return this.versionPromise;
  }

  close(): void {
    this.agent.destroy();
  }

  private deadline(): Deadline {
    return { signal: AbortSignal.timeout(this.timeoutMs), ms: this.timeoutMs };
  }

  private async authenticated(
    method: 'GET' | 'POST',
    path: string,
    request: { params?: Params; form?: Record<string, string> },
    deadline: Deadline,
  ): Promise<unknown> {
    let used: Record<string, string> = {};
    const attempt = async () => {
      used = await this.auth.headers(method);
      return this.send(method, path, { ...request, headers: used, auth: this.auth.kind }, deadline);
    };
    try {
      return await attempt();
    } catch (error) {
      // A ticket past its lifetime (or the key rotated): log in again once; the refused request did
      // nothing. Calls refused together share that one login.
      if (error instanceof ProxmoxError && error.kind === 'ticket-expired' && this.auth.invalidate(used)) return attempt();
      throw error;
    }
  }

  private async send(
    method: 'GET' | 'POST',
    path: string,
    request: { params?: Params; form?: Record<string, string>; headers: Record<string, string>; auth: 'token' | 'ticket' | 'login' },
    deadline: Deadline = this.deadline(),
  ): Promise<unknown> {
    let response: AxiosResponse<string>;
    try {
      response = await this.http.request({
        method,
        url: path,
        params: request.params,
        data: request.form ? new URLSearchParams(request.form).toString() : undefined,
        headers: { ...request.headers, ...(request.form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}) },
        signal: deadline.signal,
      });
    } catch (error) {
      if (deadline.signal.aborted) throw new ProxmoxError('timeout', { host: this.label, seconds: deadline.ms / 1000 });
      throw await this.socketFailure(error as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException }, path);
    }
    const body = parseBody(response.data);
    if (response.status >= 200 && response.status < 300) {
      if (body === undefined || typeof body !== 'object' || body === null || !('data' in body)) {
        throw new ProxmoxError('bad-response', { path, reason: 'no "data" in the answer' });
      }
      return (body as { data: unknown }).data;
    }
    const failure = mapHttpFailure({ status: response.status, statusText: response.statusText ?? '', body, path, auth: request.auth, host: this.label });
    throw failure.kind === 'node-offline' ? await this.proxyFailure(failure) : failure;
  }

  /**
   * A 595-599 for a path on another node means pveproxy could not reach that node; on the node
   * this connection talks to, it could not reach its own pvedaemon (localhost:85).
   */
  private async proxyFailure(failure: ProxmoxError): Promise<ProxmoxError> {
    const local = await clusterView(this).then(
      (view) => view.nodes.find((n) => n.local)?.node ?? null,
      () => null,
    );
    if (local === null || local !== failure.params.node) return failure;
    return new ProxmoxError('proxy-failed', { host: this.label, status: failure.params.status, reason: failure.params.reason }, failure.status);
  }

  private async socketFailure(error: NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException }, path: string): Promise<ProxmoxError> {
    const code = error.code ?? error.cause?.code;
    if (/maxContentLength/.test(error.message)) {
      return new ProxmoxError('too-large', { host: this.label, path, limit: MAX_ANSWER_BYTES / 1024 / 1024 });
    }
    if (!isTlsRefusal(code)) return mapSocketFailure(code, error.message, this.label, this.timeoutMs);
    const trust = this.options.trust;
    if (code === 'CERT_HAS_EXPIRED') {
      const presented = trust.kind === 'pin' ? describeCertificate(trust.pem) : await probeCertificate(this.host, this.port, this.timeoutMs).catch(() => null);
      return new ProxmoxError('tls-expired', { host: this.label, validTo: presented?.validTo ?? '?', fingerprint: presented?.fingerprint256 ?? '?' });
    }
    if (trust.kind === 'ca') return new ProxmoxError('tls-ca', { host: this.host, code: code ?? 'TLS' });
    // Name both fingerprints: read what the server presents now, without trusting it.
    const presented = await probeCertificate(this.host, this.port, this.timeoutMs).then(
      (info) => info.fingerprint256,
      () => '?',
    );
    return new ProxmoxError('tls-mismatch', { host: this.host, pinned: trust.fingerprint, presented });
  }
}

function parseBody(text: string): unknown {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
