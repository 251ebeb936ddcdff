import https from 'node:https';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';
import { makeCertificates, type NodeCertificates } from './certs';
import { defaultAccounts, TicketSigner, type Account, type TokenAccount } from './accounts';
import { initialGuests, initialNodes, type GuestModel, type NodeModel, type TaskModel } from './lab';
import { DEFAULT_RELEASE, releaseProfiles, type ReleaseName, type ReleaseProfile } from './releases';
import { handleApi } from './routes';

// A Proxmox VE stand-in on 127.0.0.1 over HTTPS (docs/proxmox.md §Stand-in): PVE's auth, status lines and
// error bodies, a lab whose guests start and stop through tasks, release profiles, and fault
// injection for tests.

/**
 * How long pveproxy waits for another node it forwards a call to before answering 595
 * (AnyEvent::HTTP `timeout => 30` in PVE::APIServer::AnyEvent::proxy_request).
 */
export const PROXY_WAIT_MS = 30_000;

export interface StandinOptions {
  release?: ReleaseName;
  /** Three nodes, pve3 offline (595 when asked through pve). */
  cluster?: boolean;
  /** ± GiB of random noise on node memory; 0 serves the fixture figures exactly. */
  noise?: number;
  /** How long a task runs before it stops. */
  taskMs?: number;
  /** PVE delays every 401 by ~3 s; tests switch it off. */
  authFailureDelayMs?: number;
  /** /cluster/resources and /nodes lag real state (pvestatd broadcast). */
  resourcesLagMs?: number;
  /** Guests the HA manager looks after: their power tasks only pass the request on. */
  haManaged?: number[];
  /** Stand-in ms between HA taking a request and the guest changing state (tests move the clock with advance()). */
  haMs?: number;
  port?: number;
  certificates?: NodeCertificates;
}

export interface Fault {
  match?: RegExp;
  /** How many matching requests it hits; default 1. */
  times?: number;
  /**
   * trickle: a 200 whose body arrives one byte per delayMs, never ending. huge: a 200 of `bytes`
   * (gzip-compressed on the wire with `gzip`). html: `status` with an HTML page, as a proxy in
   * front of PVE answers. answer: a 200 with `data` instead of the real answer.
   */
  kind: 'reset' | 'delay' | 'status' | 'trickle' | 'huge' | 'html' | 'answer';
  delayMs?: number;
  status?: number;
  reason?: string;
  bytes?: number;
  gzip?: boolean;
  data?: unknown;
  /** Matching requests let through before the fault starts hitting. */
  after?: number;
}

export interface StandinState {
  release: ReleaseProfile;
  nodes: NodeModel[];
  guests: GuestModel[];
  initialGuests: GuestModel[];
  tasks: Map<string, TaskModel>;
  users: Map<string, Account>;
  tokens: Map<string, TokenAccount>;
  signer: TicketSigner;
  certificates: NodeCertificates;
  options: Required<Omit<StandinOptions, 'release' | 'port' | 'certificates' | 'cluster' | 'haManaged'>>;
  /** Stand-in clock in ms (real time plus what a test advanced). */
  now(): number;
  startedAt: number;
  nextPid: number;
  resourcesSnapshot: { at: number; body: unknown } | null;
  nodesSnapshot: { at: number; body: unknown } | null;
}

export interface Standin {
  host: string;
  port: number;
  url: string;
  fingerprint: string;
  caPem: string;
  certPem: string;
  state: StandinState;
  setRelease(name: ReleaseName): void;
  /** Moves the stand-in's clock (tickets age, tasks end). */
  advance(seconds: number): void;
  /**
   * The node's certificate is renewed: same address, another key. Open connections are dropped,
   * so the next request meets the new certificate, and the fields above describe it.
   */
  renewCertificates(certificates: NodeCertificates): void;
  inject(fault: Fault): void;
  /** Method and path of every request, in order. */
  requests: string[];
  close(): Promise<void>;
}

export async function startStandin(options: StandinOptions = {}): Promise<Standin> {
  const certificates = options.certificates ?? makeCertificates();
  let offsetMs = 0;
  const now = () => Date.now() + offsetMs;
  const startedAt = now();
  const guests = initialGuests(startedAt);
  for (const guest of guests) if (options.haManaged?.includes(guest.vmid)) guest.ha = { state: guest.running ? 'started' : 'stopped', pendingAt: null };
  const state: StandinState = {
    release: releaseProfiles[options.release ?? DEFAULT_RELEASE],
    nodes: initialNodes(options.cluster ?? false),
    guests,
    initialGuests: structuredClone(guests),
    tasks: new Map(),
    ...defaultAccounts(),
    signer: new TicketSigner(),
    certificates,
    options: {
      noise: options.noise ?? 0,
      taskMs: options.taskMs ?? 200,
      authFailureDelayMs: options.authFailureDelayMs ?? 0,
      resourcesLagMs: options.resourcesLagMs ?? 0,
      haMs: options.haMs ?? 60_000,
    },
    now,
    startedAt,
    nextPid: 0x20e13d,
    resourcesSnapshot: null,
    nodesSnapshot: null,
  };
  const faults: Fault[] = [];
  const requests: string[] = [];
  const sockets = new Set<{ destroy(): void }>();

  const server = https.createServer({ key: certificates.keyPem, cert: certificates.certPem }, (req, res) => {
    void serve(req, res);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  async function serve(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'https://standin');
    requests.push(`${req.method} ${url.pathname}`);
    const fault = takeFault(faults, url.pathname);
    if (fault?.kind === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.delayMs ?? 1000));
    if (fault?.kind === 'status') {
      res.writeHead(fault.status ?? 500, fault.reason ?? 'Internal Server Error', { 'Content-Type': 'application/json;charset=UTF-8' });
      res.end(JSON.stringify({ data: null }));
      return;
    }
    if (fault?.kind === 'answer') {
      res.writeHead(200, 'OK', { 'Content-Type': 'application/json;charset=UTF-8' });
      res.end(JSON.stringify({ data: fault.data ?? null }));
      return;
    }
    if (fault?.kind === 'trickle' || fault?.kind === 'huge' || fault?.kind === 'html') {
      hostileAnswer(fault, res);
      return;
    }
    const body = await readBody(req);
    if (res.destroyed) return;
    await handleApi(state, req, res, url, body);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const standin: Standin = {
    host: '127.0.0.1',
    port,
    url: `https://127.0.0.1:${port}`,
    fingerprint: certificates.fingerprint,
    caPem: certificates.caPem,
    certPem: certificates.certPem,
    state,
    setRelease(name) {
      state.release = releaseProfiles[name];
    },
    advance(seconds) {
      offsetMs += seconds * 1000;
    },
    renewCertificates(renewed) {
      server.setSecureContext({ key: renewed.keyPem, cert: renewed.certPem });
      for (const socket of sockets) socket.destroy();
      state.certificates = renewed;
      Object.assign(standin, { fingerprint: renewed.fingerprint, caPem: renewed.caPem, certPem: renewed.certPem });
    },
    inject(fault) {
      faults.push({ times: 1, ...fault });
    },
    requests,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return standin;
}

function takeFault(faults: Fault[], path: string): Fault | null {
  const index = faults.findIndex((f) => !f.match || f.match.test(path));
  if (index === -1) return null;
  const fault = faults[index];
  if ((fault.after ?? 0) > 0) {
    fault.after! -= 1;
    return null;
  }
  fault.times = (fault.times ?? 1) - 1;
  if (fault.times <= 0) faults.splice(index, 1);
  return fault;
}

function hostileAnswer(fault: Fault, res: ServerResponse): void {
  if (fault.kind === 'html') {
    res.writeHead(fault.status ?? 502, fault.reason ?? 'Bad Gateway', { 'Content-Type': 'text/html' });
    res.end('<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>\n');
    return;
  }
  if (fault.kind === 'trickle') {
    res.writeHead(200, 'OK', { 'Content-Type': 'application/json;charset=UTF-8' });
    res.write('{');
    const timer = setInterval(() => res.write(' '), fault.delayMs ?? 5000);
    res.on('close', () => clearInterval(timer));
    return;
  }
  const gzip = fault.gzip ?? false;
  res.writeHead(200, 'OK', { 'Content-Type': 'application/json;charset=UTF-8', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
  const sink = gzip ? createGzip() : res;
  if (gzip) sink.pipe(res);
  const chunk = Buffer.alloc(1 << 16, 0x20);
  let left = fault.bytes ?? 1 << 30;
  sink.write('{"data":');
  const pump = () => {
    while (left > 0 && !res.destroyed) {
      const size = Math.min(left, chunk.length);
      left -= size;
      if (!sink.write(size === chunk.length ? chunk : chunk.subarray(0, size))) return void sink.once('drain', pump);
    }
    if (!res.destroyed) sink.end('null}');
  };
  res.on('close', () => {
    left = 0;
  });
  pump();
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', () => resolve(''));
  });
}
