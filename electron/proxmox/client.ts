import https from 'node:https';
import axios, { type AxiosInstance, type AxiosResponse } from 'axios';
import { ticketAuthenticator, tokenAuthenticator, type Authenticator, type Credentials, type SecondFactor } from './auth';
import { ProxmoxError, isTlsRefusal, mapHttpFailure, mapSocketFailure } from './errors';
import { probeCertificate, serverName, trustOptions, type Trust } from './tls';
import { parseVersion, type PveVersion } from './version';

// One connection to one PVE host: one axios instance over one https.Agent that trusts exactly
// the pinned certificate (or the imported CA). Reads are retried with backoff after a timeout
// or a cut connection; writes never are, because the server may have acted on them.

export interface ConnectionOptions {
  host: string;
  port?: number;
  trust: Trust;
  credentials: Credentials;
  secondFactor?: SecondFactor;
  timeoutMs?: number;
  /** Extra attempts for a read after a transient failure. */
  retries?: number;
  backoffMs?: number;
  now?: () => number;
}

export const DEFAULT_PORT = 8006;

type Params = Record<string, string | number | undefined>;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class ProxmoxClient {
  readonly host: string;
  readonly port: number;
  private readonly http: AxiosInstance;
  private readonly agent: https.Agent;
  private readonly auth: Authenticator;
  private readonly timeoutMs: number;
  private readonly retries: number;
  private readonly backoffMs: number;
  private versionPromise: Promise<PveVersion> | null = null;

  constructor(private readonly options: ConnectionOptions) {
    this.host = options.host;
    this.port = options.port ?? DEFAULT_PORT;
    this.timeoutMs = options.timeoutMs ?? 15_000;
    this.retries = options.retries ?? 2;
    this.backoffMs = options.backoffMs ?? 500;
    this.agent = new https.Agent({ keepAlive: true, maxSockets: 4, servername: serverName(this.host), ...trustOptions(options.trust) });
    const hostInUrl = this.host.includes(':') ? `[${this.host}]` : this.host;
    this.http = axios.create({
      baseURL: `https://${hostInUrl}:${this.port}/api2/json`,
      httpsAgent: this.agent,
      timeout: this.timeoutMs,
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
        : ticketAuthenticator(credentials, { post: (path, form, headers) => this.send('POST', path, { form, headers, auth: 'login' }) }, {
            secondFactor: options.secondFactor,
            now: options.now,
          });
  }

  get authKind(): 'token' | 'ticket' {
    return this.auth.kind;
  }

  /** GET, retried with backoff after a timeout or reset. */
  async get(path: string, params?: Params): Promise<unknown> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.authenticated('GET', path, { params });
      } catch (error) {
        if (!(error instanceof ProxmoxError) || !error.transient || attempt >= this.retries) throw error;
        await sleep(this.backoffMs * 2 ** attempt);
      }
    }
  }

  /** POST once (form-encoded, which every release accepts). */
  post(path: string, form: Record<string, string | number> = {}): Promise<unknown> {
    return this.authenticated('POST', path, { form: Object.fromEntries(Object.entries(form).map(([k, v]) => [k, String(v)])) });
  }

  /** The release, asked once per connection (CONTRACT §4 rule 4). */
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

  private async authenticated(method: 'GET' | 'POST', path: string, request: { params?: Params; form?: Record<string, string> }): Promise<unknown> {
    const attempt = async () => this.send(method, path, { ...request, headers: await this.auth.headers(method), auth: this.auth.kind });
    try {
      return await attempt();
    } catch (error) {
      // A ticket past its lifetime (or the key rotated): log in again once; the refused request did nothing.
      if (error instanceof ProxmoxError && error.kind === 'ticket-expired' && this.auth.invalidate()) return attempt();
      throw error;
    }
  }

  private async send(
    method: 'GET' | 'POST',
    path: string,
    request: { params?: Params; form?: Record<string, string>; headers: Record<string, string>; auth: 'token' | 'ticket' | 'login' },
  ): Promise<unknown> {
    let response: AxiosResponse<string>;
    try {
      response = await this.http.request({
        method,
        url: path,
        params: request.params,
        data: request.form ? new URLSearchParams(request.form).toString() : undefined,
        headers: { ...request.headers, ...(request.form ? { 'Content-Type': 'application/x-www-form-urlencoded' } : {}) },
      });
    } catch (error) {
      throw await this.socketFailure(error as NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException });
    }
    const body = parseBody(response.data);
    if (response.status >= 200 && response.status < 300) {
      if (body === undefined || typeof body !== 'object' || body === null || !('data' in body)) {
        throw new ProxmoxError('bad-response', { path, reason: 'no "data" in the answer' });
      }
      return (body as { data: unknown }).data;
    }
    throw mapHttpFailure({ status: response.status, statusText: response.statusText ?? '', body, path, auth: request.auth });
  }

  private async socketFailure(error: NodeJS.ErrnoException & { cause?: NodeJS.ErrnoException }): Promise<ProxmoxError> {
    const code = error.code ?? error.cause?.code;
    if (!isTlsRefusal(code)) return mapSocketFailure(code, error.message, this.host, this.timeoutMs);
    const trust = this.options.trust;
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
