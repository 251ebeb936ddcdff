import { describe, expect, it } from 'vitest';
import { mapHttpFailure, mapSocketFailure, type ProxmoxErrorKind } from '../../electron/proxmox/errors';
import { havePveFixtures, pveFixture } from '../support/pve-fixtures';

// Every error case of the recorded fixtures' _errors.json (docs/proxmox.md §Errors) becomes the right kind, with
// PVE's own text and, for privileges, the privilege and path named.

interface ErrorCase {
  case: string;
  request: string;
  status: number;
  reason: string;
  body: unknown;
  body_newer?: unknown;
}

const expected: Record<string, { kind: ProxmoxErrorKind; auth?: 'token' | 'ticket' | 'login' }> = {
  // The client always sends its token: "No ticket" means the release did not look at it (before 6.2).
  'no credentials at all (no cookie, no Authorization header)': { kind: 'tokens-unsupported', auth: 'token' },
  'expired or forged ticket (older releases)': { kind: 'ticket-expired', auth: 'ticket' },
  'wrong API token secret / unknown token (older releases)': { kind: 'bad-credentials', auth: 'token' },
  'write request with ticket auth but without CSRFPreventionToken header': { kind: 'csrf', auth: 'ticket' },
  'bad username/password at login': { kind: 'bad-credentials', auth: 'login' },
  'token or user lacks a privilege': { kind: 'privilege' },
  'Sys.Audit missing': { kind: 'privilege' },
  'API token used on an endpoint that refuses tokens (allowtoken=0)': { kind: 'token-not-allowed' },
  'missing required parameter': { kind: 'bad-request' },
  'enum violation (timeframe=decade on PVE <= 8)': { kind: 'bad-request' },
  'unknown parameter': { kind: 'bad-request' },
  'bad type': { kind: 'bad-request' },
  'unknown / already purged task': { kind: 'no-such-task' },
  'guest does not exist on that node (or lives on another node)': { kind: 'not-found' },
  'start an LXC container that is already running (checked before the task is forked)': { kind: 'server' },
  'shutdown/stop an LXC container that is not running': { kind: 'server' },
  'node name not in the cluster': { kind: 'not-found' },
  'path that does not exist': { kind: 'not-implemented' },
  'HEAD request': { kind: 'not-implemented' },
  'GET with a request body (Content-Length > 0)': { kind: 'not-implemented' },
  'cluster: request proxied to an offline/unreachable node': { kind: 'node-offline' },
};

describe.skipIf(!havePveFixtures)('PVE error answers map to typed errors (fixtures/_errors.json)', () => {
  const cases: ErrorCase[] = havePveFixtures ? pveFixture('_errors.json').cases : [];

  it('covers every case of the contract', () => {
    expect(cases.map((c) => c.case).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const c of cases) {
    it(`${c.status} ${c.reason}`, () => {
      const path = c.request.replace(/^\S+ \/api2\/json/, '').split(/[ ?]/)[0];
      const want = expected[c.case];
      for (const body of [c.body, c.body_newer].filter((b) => b !== undefined)) {
        const error = mapHttpFailure({ status: c.status, statusText: c.reason, body: body === '' ? undefined : body, path, auth: want.auth ?? 'token' });
        expect(error.kind).toBe(want.kind);
        expect(error.status).toBe(c.status);
        // PVE's own words reach the reader in both languages (the newer "message" has a newline).
        if (!['node-offline', 'no-such-task', 'tfa-required', 'tokens-unsupported'].includes(error.kind)) {
          expect(error.text('en')).toContain(error.kind === 'privilege' ? /\(([^,]+),/.exec(c.reason)![1] : c.reason);
        }
        expect(error.text('id')).not.toBe(error.text('en'));
      }
    });
  }

  it('names the missing privilege and its path', () => {
    const error = mapHttpFailure({
      status: 403,
      statusText: 'Permission check failed (/vms/103, VM.PowerMgmt)',
      body: { data: null },
      path: '/nodes/pve/qemu/103/status/start',
      auth: 'token',
    });
    expect(error.params).toMatchObject({ privilege: 'VM.PowerMgmt', path: '/vms/103' });
    expect(error.text('id')).toBe(
      'Hak akses VM.PowerMgmt pada /vms/103 tidak dimiliki. Berikan user atau token sebuah role dengan VM.PowerMgmt pada /vms/103 (Datacenter > Permissions).',
    );
  });

  it('prefers the body message of newer releases over the status line', () => {
    const error = mapHttpFailure({
      status: 500,
      statusText: 'Internal',
      body: { data: null, message: 'CT 200 already running\n' },
      path: '/nodes/pve/lxc/200/status/start',
      auth: 'token',
    });
    expect(error.params.reason).toBe('500 CT 200 already running');
  });

  it('names the offline node of a 595', () => {
    const error = mapHttpFailure({ status: 595, statusText: 'No route to host', body: undefined, path: '/nodes/pve3/status', auth: 'token' });
    expect(error.text('en')).toBe('Node pve3 cannot be reached from the cluster (595 No route to host); it is probably offline.');
    expect(error.category).toBe('unreachable');
  });
});

describe('failures below HTTP', () => {
  it.each([
    ['ECONNABORTED', 'timeout of 5000ms exceeded', 'timeout'],
    ['ETIMEDOUT', 'connect ETIMEDOUT', 'timeout'],
    ['ECONNRESET', 'read ECONNRESET', 'reset'],
    [undefined, 'socket hang up', 'reset'],
    ['ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:8006', 'unreachable'],
    ['EHOSTUNREACH', 'connect EHOSTUNREACH', 'unreachable'],
  ] as const)('%s (%s) is %s', (code, message, kind) => {
    const error = mapSocketFailure(code, message, '10.10.20.5', 5000);
    expect(error.kind).toBe(kind);
    expect(error.category).toBe('unreachable');
  });

  it('says how long it waited', () => {
    expect(mapSocketFailure('ECONNABORTED', 'timeout', 'pve', 15000).text('id')).toBe('Proxmox VE di pve tidak menjawab dalam 15 detik.');
  });
});
