import type { IncomingMessage, ServerResponse } from 'node:http';
import { X509Certificate } from 'node:crypto';
import { authenticate, login, oldTfa, type Identity, type Outcome } from './auth-routes';
import { nodeMemory, type GuestModel, type NodeModel } from './lab';
import { guestConfigBody, guestCurrent, guestListEntry, nodeStatusBody, resourceEntry, rrdRows, rrdWindow, type ShapeContext } from './shapes';
import type { StandinState } from './server';
import { createTask, settleTasks, taskLogBody, taskStatusBody } from './tasks';
import { requestHa, settleHa } from './ha';

// The API paths the client uses, with PVE's status lines and bodies (docs/proxmox.md §Errors).

type ErrorBody = 'empty' | 'null' | Record<string, unknown>;
const error = (status: number, reason: string, body: ErrorBody = 'null'): Outcome => ({ status, reason, body });
const paramError = (errors: Record<string, string>) => error(400, 'Parameter verification failed.', { errors });
const denied = (path: string, priv: string) => error(403, `Permission check failed (${path}, ${priv})`);

function parseForm(req: IncomingMessage, body: string): Record<string, string> {
  if (!body) return {};
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    return Object.fromEntries(Object.entries(JSON.parse(body) as Record<string, unknown>).map(([k, v]) => [k, String(v)]));
  }
  return Object.fromEntries(new URLSearchParams(body));
}

function send(state: StandinState, res: ServerResponse, outcome: Outcome) {
  const headers = { Server: 'pve-api-daemon/3.0', 'Cache-Control': 'max-age=0', Pragma: 'no-cache', Expires: new Date().toUTCString() };
  if ('data' in outcome) {
    res.writeHead(200, 'OK', { ...headers, 'Content-Type': 'application/json;charset=UTF-8' });
    res.end(JSON.stringify(outcome));
    return;
  }
  if (outcome.body === 'empty') {
    res.writeHead(outcome.status, outcome.reason, headers);
    res.end();
    return;
  }
  const body: Record<string, unknown> = { data: null, ...(outcome.body === 'null' ? {} : outcome.body) };
  if (state.release.errorMessage) body.message = `${outcome.reason}\n`;
  res.writeHead(outcome.status, outcome.reason, { ...headers, 'Content-Type': 'application/json;charset=UTF-8' });
  res.end(JSON.stringify(body));
}

export async function handleApi(state: StandinState, req: IncomingMessage, res: ServerResponse, url: URL, body: string): Promise<void> {
  const outcome = route(state, req, url, body);
  if (!('data' in outcome) && outcome.status === 401 && state.options.authFailureDelayMs > 0) {
    await new Promise((resolve) => setTimeout(resolve, state.options.authFailureDelayMs));
  }
  if (!res.destroyed) send(state, res, outcome);
}

function route(state: StandinState, req: IncomingMessage, url: URL, body: string): Outcome {
  const method = req.method ?? 'GET';
  if (method === 'HEAD') return error(501, "method 'HEAD' not available", 'empty');
  if ((method === 'GET' || method === 'DELETE') && body.length > 0) return error(501, `Unexpected content for method '${method}'`, 'empty');
  const prefix = '/api2/json';
  if (!url.pathname.startsWith(prefix)) return error(501, `Method '${method} ${url.pathname}' not implemented`);
  const path = decodeURIComponent(url.pathname.slice(prefix.length)).replace(/\/$/, '') || '/';
  const form = parseForm(req, body);
  if (method === 'POST' && path === '/access/ticket') return login(state, form);
  if (method === 'POST' && path === '/access/tfa') return oldTfa(state, req, form);

  const who = authenticate(state, req);
  if ('status' in who || 'data' in who) return who as Outcome;
  settleTasks(state);
  settleHa(state);
  const query = Object.fromEntries(url.searchParams);
  const ctx: ShapeContext = {
    release: state.release,
    now: state.now(),
    noise: state.options.noise,
    guests: state.guests,
    initialGuests: state.initialGuests,
    startedAt: state.startedAt,
  };
  return dispatch(state, who, method, path, query, form, ctx) ?? error(501, `Method '${method} ${path}' not implemented`);
}

function unknownParams(query: Record<string, string>, allowed: string[]): Outcome | null {
  const extra = Object.keys(query).filter((k) => !allowed.includes(k));
  if (extra.length === 0) return null;
  return paramError(Object.fromEntries(extra.map((k) => [k, 'property is not defined in schema and the schema does not allow additional properties'])));
}

function findNode(state: StandinState, name: string): NodeModel | Outcome {
  const node = state.nodes.find((n) => n.name === name);
  if (!node) return error(500, `hostname lookup '${name}' failed - failed to get address info for: ${name}: Name or service not known`);
  // Asked through the first node: an offline one answers with the proxy's pseudo-status.
  if (!node.online) return error(595, 'No route to host', 'empty');
  return node;
}

function dispatch(
  state: StandinState,
  who: Identity,
  method: string,
  path: string,
  query: Record<string, string>,
  form: Record<string, string>,
  ctx: ShapeContext,
): Outcome | null {
  const can = (priv: string) => who.privs.has(priv);
  if (method === 'GET' && path === '/version') return { data: state.release.version };
  if (method === 'GET' && path === '/access/permissions' && !state.release.permissionsApi)
    return error(501, "Method 'GET /access/permissions' not implemented");
  if (method === 'GET' && path === '/access/permissions') {
    const privs = Object.fromEntries([...who.privs].map((p) => [p, 1]));
    return {
      data:
        who.privs.size === 0
          ? {}
          : Object.fromEntries(['/', '/nodes', '/vms', '/storage', '/access', '/pool', '/sdn', '/access/groups'].map((p) => [p, privs])),
    };
  }
  if (method === 'GET' && path === '/nodes') return { data: lagged(state, 'nodesSnapshot', () => nodesBody(state, can('Sys.Audit'))) };
  if (method === 'GET' && path === '/cluster/status') {
    if (!can('Sys.Audit')) return denied('/', 'Sys.Audit');
    return { data: clusterStatusBody(state) };
  }
  if (method === 'GET' && path === '/cluster/resources') {
    const all = lagged(state, 'resourcesSnapshot', () => resourcesBody(state, who, ctx)) as Record<string, unknown>[];
    const type = query.type;
    return { data: type ? all.filter((r) => (type === 'vm' ? r.type === 'qemu' || r.type === 'lxc' : r.type === type)) : all };
  }

  const nodeMatch = /^\/nodes\/([^/]+)(\/.*)?$/.exec(path);
  if (!nodeMatch) return null;
  const found = findNode(state, nodeMatch[1]);
  if (!('name' in found)) return found;
  const node = found;
  const rest = nodeMatch[2] ?? '';

  if (method === 'GET' && rest === '/status') {
    const bad = unknownParams(query, []);
    if (bad) return bad;
    return can('Sys.Audit') ? { data: nodeStatusBody(node, ctx) } : denied(`/nodes/${node.name}`, 'Sys.Audit');
  }
  if (method === 'GET' && rest === '/version')
    return { data: { version: state.release.version.version, release: state.release.version.release, repoid: state.release.version.repoid } };
  if (method === 'GET' && rest === '/certificates/info') return { data: certificatesBody(state) };
  if (method === 'GET' && rest === '/rrddata') {
    if (!can('Sys.Audit')) return denied(`/nodes/${node.name}`, 'Sys.Audit');
    return rrd(state, query, (wave) => nodeRrdColumns(state, node, wave));
  }
  const listMatch = /^\/(qemu|lxc)$/.exec(rest);
  if (method === 'GET' && listMatch) {
    const visible = can('VM.Audit') ? state.guests.filter((g) => g.node === node.name && g.kind === listMatch[1]) : [];
    return { data: visible.map((g) => guestListEntry(g, ctx)) };
  }
  const guestMatch = /^\/(qemu|lxc)\/([^/]+)\/(status\/current|status\/(start|shutdown|stop)|rrddata|config)$/.exec(rest);
  if (guestMatch) {
    const kind = guestMatch[1] as 'qemu' | 'lxc';
    if (!/^\d+$/.test(guestMatch[2])) return paramError({ vmid: `type check ('integer') failed - got '${guestMatch[2]}'` });
    const vmid = Number(guestMatch[2]);
    const guest = state.guests.find((g) => g.vmid === vmid && g.kind === kind && g.node === node.name);
    const needed = guestMatch[4] ? 'VM.PowerMgmt' : 'VM.Audit';
    if (!can(needed)) return denied(`/vms/${vmid}`, needed);
    if (!guest) return error(500, `Configuration file 'nodes/${node.name}/${kind === 'qemu' ? 'qemu-server' : 'lxc'}/${vmid}.conf' does not exist`);
    if (method === 'GET' && guestMatch[3] === 'status/current') return { data: guestCurrent(guest, ctx) };
    if (method === 'GET' && guestMatch[3] === 'config') return { data: guestConfigBody(guest, ctx) };
    if (method === 'GET' && guestMatch[3] === 'rrddata') return rrd(state, query, (wave) => guestRrdColumns(guest, wave));
    if (method === 'POST' && guestMatch[4]) return powerAction(state, who, guest, guestMatch[4] as 'start' | 'shutdown' | 'stop', form);
    return null;
  }
  const taskMatch = /^\/tasks\/([^/]+)\/(status|log)$/.exec(rest);
  if (method === 'GET' && taskMatch) {
    const task = state.tasks.get(taskMatch[1]);
    if (!task) return paramError({ upid: 'no such task' });
    const owner = task.user === who.userid && task.tokenid === who.tokenid;
    if (!owner && !can('Sys.Audit')) return denied(`/nodes/${node.name}`, 'Sys.Audit');
    if (taskMatch[2] === 'status') return { data: taskStatusBody(task) };
    return taskLogBody(task, Number(query.start ?? 0), Number(query.limit ?? 50));
  }
  return null;
}

/** The optional parameters of each power call (qemu-server's and pve-container's schemas). */
const POWER_PARAMS: Record<'qemu' | 'lxc', Record<'start' | 'shutdown' | 'stop', string[]>> = {
  qemu: {
    start: ['skiplock', 'stateuri', 'migratedfrom', 'migration_type', 'migration_network', 'machine', 'targetstorage', 'timeout', 'force-cpu'],
    shutdown: ['skiplock', 'timeout', 'forceStop', 'keepActive'],
    stop: ['skiplock', 'migratedfrom', 'timeout', 'keepActive', 'overrule-shutdown'],
  },
  lxc: { start: ['skiplock', 'debug'], shutdown: ['timeout', 'forceStop'], stop: ['skiplock', 'overrule-shutdown'] },
};

function powerAction(state: StandinState, who: Identity, guest: GuestModel, action: 'start' | 'shutdown' | 'stop', form: Record<string, string>): Outcome {
  const bad = unknownParams(form, POWER_PARAMS[guest.kind][action]);
  if (bad) return bad;
  // LXC checks before forking the task; QEMU answers with a task that fails later (docs/proxmox.md §Guests).
  if (guest.kind === 'lxc' && action === 'start' && guest.running) return error(500, `CT ${guest.vmid} already running`);
  if (guest.kind === 'lxc' && action !== 'start' && !guest.running) return error(500, `CT ${guest.vmid} not running`);
  // qemu-server and pve-container hand an HA guest's power actions to the HA manager.
  if (guest.ha) return { data: createTask(state, who, guest, action === 'start' ? 'hastart' : 'hastop', () => requestHa(state, guest, action)).upid };
  const type = `${guest.kind === 'qemu' ? 'qm' : 'vz'}${action}`;
  const task = createTask(state, who, guest, type, () => {
    if (action === 'start') {
      if (guest.running) return { exitstatus: `VM ${guest.vmid} already running`, log: [`TASK ERROR: VM ${guest.vmid} already running`] };
      guest.running = true;
      guest.startedAt = state.now();
      guest.pid = state.nextPid++;
      const warnings = guest.startWarnings;
      return warnings.length
        ? { exitstatus: `WARNINGS: ${warnings.length}`, log: [...warnings, `TASK WARNINGS: ${warnings.length}`] }
        : { exitstatus: 'OK', log: ['TASK OK'] };
    }
    if (action === 'shutdown' && guest.shutdownTimesOut && guest.running && form.forceStop !== '1') {
      return { exitstatus: 'VM quit/powerdown failed - got timeout', log: ['TASK ERROR: VM quit/powerdown failed - got timeout'] };
    }
    guest.running = false;
    return { exitstatus: 'OK', log: ['TASK OK'] };
  });
  return { data: task.upid };
}

function rrd(state: StandinState, query: Record<string, string>, columns: (wave: number) => Record<string, number> | null): Outcome {
  const bad = unknownParams(query, ['timeframe', 'cf']);
  if (bad) return bad;
  if (!query.timeframe) return paramError({ timeframe: 'property is missing and it is not optional' });
  if (!rrdWindow(state.release, query.timeframe)) {
    const allowed = state.release.pve9 ? 'hour, day, week, month, year, decade' : 'hour, day, week, month, year';
    return paramError({ timeframe: `value '${query.timeframe}' does not have a value in the enumeration '${allowed}'` });
  }
  if (query.cf && query.cf !== 'AVERAGE' && query.cf !== 'MAX')
    return paramError({ cf: `value '${query.cf}' does not have a value in the enumeration 'AVERAGE, MAX'` });
  return { data: rrdRows(state.release, query.timeframe, query.cf ?? 'AVERAGE', state.now(), columns) };
}

function nodeRrdColumns(state: StandinState, node: NodeModel, wave: number): Record<string, number> {
  const mem = nodeMemory(node, state.guests, state.options.noise);
  const used = state.release.memAvailableUsed ? mem.usedAvailable : mem.usedFree;
  const row: Record<string, number> = {
    cpu: 0.06 * wave,
    iowait: 0.0012 * wave,
    loadavg: 0.57 * wave,
    maxcpu: node.maxcpu,
    memtotal: mem.total,
    memused: used * wave,
    swaptotal: 8589930496,
    swapused: 0,
    roottotal: node.rootTotal,
    rootused: node.rootUsed,
    netin: 40000 * wave,
    netout: 66000 * wave,
  };
  if (state.release.pve9)
    Object.assign(row, {
      memavailable: mem.available / wave,
      arcsize: 0,
      pressurecpusome: 0.08 * wave,
      pressureiosome: 0.15,
      pressureiofull: 0.1,
      pressurememorysome: 0,
      pressurememoryfull: 0,
    });
  return row;
}

function guestRrdColumns(guest: GuestModel, wave: number): Record<string, number> {
  const always = { maxcpu: guest.cpus, maxmem: guest.maxmem, maxdisk: guest.maxdisk, disk: guest.running ? guest.disk : 0 };
  if (!guest.running) return always;
  return {
    ...always,
    cpu: guest.cpuLoad * wave,
    mem: guest.guestMem * wave,
    netin: 20000 * wave,
    netout: 80000 * wave,
    diskread: 1000 * wave,
    diskwrite: 9000 * wave,
  };
}

function lagged(state: StandinState, key: 'resourcesSnapshot' | 'nodesSnapshot', build: () => unknown): unknown {
  const snapshot = state[key];
  if (snapshot && state.now() - snapshot.at < state.options.resourcesLagMs) return snapshot.body;
  const body = build();
  state[key] = { at: state.now(), body };
  return body;
}

function nodesBody(state: StandinState, audit: boolean) {
  return state.nodes.map((node) => {
    const entry: Record<string, unknown> = {
      id: `node/${node.name}`,
      node: node.name,
      type: 'node',
      status: node.online ? 'online' : 'offline',
      level: '',
      ssl_fingerprint: state.certificates.fingerprint,
    };
    if (!audit) return entry;
    Object.assign(entry, { maxcpu: node.maxcpu, maxmem: node.total, maxdisk: node.rootTotal });
    if (node.online) {
      const mem = nodeMemory(node, state.guests, state.options.noise);
      Object.assign(entry, {
        uptime: node.uptimeAt0 + Math.floor((state.now() - state.startedAt) / 1000),
        cpu: node.baseCpu,
        mem: state.release.memAvailableUsed ? mem.usedAvailable : mem.usedFree,
        disk: node.rootUsed,
      });
    }
    return entry;
  });
}

function resourcesBody(state: StandinState, who: Identity, ctx: ShapeContext) {
  const guests = who.privs.has('VM.Audit') ? state.guests.map((g) => resourceEntry(g, ctx)) : [];
  const nodes = (nodesBody(state, who.privs.has('Sys.Audit')) as Record<string, unknown>[]).map(({ ssl_fingerprint: _fp, ...n }) => ({
    ...n,
    'cgroup-mode': 2,
  }));
  const storage = who.privs.has('Datastore.Audit')
    ? state.nodes.map((n) => ({
        id: `storage/${n.name}/local`,
        storage: 'local',
        node: n.name,
        type: 'storage',
        plugintype: 'dir',
        status: n.online ? 'available' : 'unknown',
        shared: 0,
        content: 'iso,vztmpl,backup',
        disk: n.rootUsed,
        maxdisk: n.rootTotal,
      }))
    : [];
  return [...guests, ...nodes, ...storage];
}

function clusterStatusBody(state: StandinState) {
  const nodes = state.nodes.map((n, i) => ({
    type: 'node',
    id: `node/${n.name}`,
    name: n.name,
    ip: n.ip,
    local: i === 0 ? 1 : 0,
    nodeid: state.nodes.length > 1 ? i + 1 : 0,
    online: n.online ? 1 : 0,
    level: '',
  }));
  if (state.nodes.length === 1) return nodes;
  return [{ type: 'cluster', id: 'cluster', name: 'campuslab', nodes: state.nodes.length, quorate: 1, version: 3 }, ...nodes];
}

function certificatesBody(state: StandinState) {
  const describe = (filename: string, pem: string) => {
    const cert = new X509Certificate(pem);
    return {
      filename,
      fingerprint: cert.fingerprint256,
      subject: cert.subject,
      issuer: cert.issuer,
      notbefore: Math.floor(new Date(cert.validFrom).getTime() / 1000),
      notafter: Math.floor(new Date(cert.validTo).getTime() / 1000),
      'public-key-type': 'rsaEncryption',
      'public-key-bits': 2048,
      pem,
    };
  };
  return [describe('pve-root-ca.pem', state.certificates.caPem), describe('pve-ssl.pem', state.certificates.certPem)];
}
