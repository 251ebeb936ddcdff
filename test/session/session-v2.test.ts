import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadSession, newSession, parseSession, saveSession, SESSION_SCHEMA_VERSION } from '../../electron/session/session-file';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'proxlab-session-v2-'));
const GiB = 1024 ** 3;

// A version-1 session as ProxLab 0.1 wrote it, typed out by hand (not produced by today's code).
const V1_FILE = `{
 "schema": "proxlab.session",
 "version": 1,
 "identity": {
  "title": "Praktikum Virtualisasi",
  "studentName": "Budi Santoso",
  "studentNumber": "2201001",
  "className": "TI-3A",
  "course": "Sistem Terdistribusi",
  "lecturer": "Ir. Wahyuni",
  "date": "2026-03-02"
 },
 "experiments": [],
 "notes": "VM 102 lambat menyala.",
 "conclusion": "Memori bertambah setiap VM dinyalakan."
}`;

describe('session format 2', () => {
  it('opens a version-1 file: identity, notes and conclusion kept, lab and analyses empty', () => {
    const session = parseSession(V1_FILE);
    expect(session.version).toBe(SESSION_SCHEMA_VERSION);
    expect(session.identity.students).toEqual([{ name: 'Budi Santoso', nim: '2201001' }]);
    expect(session.identity.lecturer).toBe('Ir. Wahyuni');
    expect(session.notes).toBe('VM 102 lambat menyala.');
    expect(session.conclusion).toBe('Memori bertambah setiap VM dinyalakan.');
    expect(session.lab).toEqual({
      node: {
        name: null,
        cpuModel: null,
        cores: null,
        sockets: null,
        coresPerSocket: null,
        memoryBytes: null,
        diskBytes: null,
        pveVersion: null,
        kernel: null,
      },
      guests: [],
    });
    expect(session.analyses).toEqual([]);
    expect(session.provenance).toEqual({ source: null, illustrative: [] });
  });

  it("saves a migrated version-1 session in today's format and reopens it unchanged", async () => {
    const file = path.join(tmp(), 'old.proxlab');
    const migrated = parseSession(V1_FILE);
    await saveSession(file, migrated);
    expect(JSON.parse(readFileSync(file, 'utf8')).version).toBe(SESSION_SCHEMA_VERSION);
    expect(await loadSession(file)).toEqual(migrated);
  });

  it('round-trips the lab and a manual entry', async () => {
    const file = path.join(tmp(), 'lab.proxlab');
    const session = newSession();
    session.lab = {
      node: {
        name: 'pve1',
        cpuModel: 'Intel(R) Core(TM) i5-8250U CPU @ 1.60GHz',
        cores: 8,
        sockets: 1,
        coresPerSocket: 4,
        memoryBytes: 16 * GiB,
        diskBytes: 250_059_350_016,
        pveVersion: '8.4.1',
        kernel: 'Linux 6.8.12-9-pve',
      },
      guests: [
        {
          vmid: 101,
          name: 'wp',
          type: 'qemu',
          os: 'CentOS 7',
          osType: 'l26',
          vcpus: 2,
          sockets: 1,
          memoryBytes: 2 * GiB,
          diskBytes: 32 * GiB,
          service: 'WordPress',
        },
      ],
    };
    session.analyses = [
      {
        service: 'Moodle',
        source: { kind: 'manual', entry: { packets: 266, bytes: 92_804, timeSpanSeconds: 72.533, lossPercent: 0, delayMs: null, jitterMs: 1.5 } },
      },
    ];
    await saveSession(file, session);
    const reopened = await loadSession(file);
    expect(reopened.lab).toEqual(session.lab);
    expect(reopened.analyses).toEqual(session.analyses);
    expect(reopened).toEqual(session);
  });

  it('refuses an analysis that is neither a capture nor a manual entry', () => {
    const bad = { ...JSON.parse(V1_FILE), version: SESSION_SCHEMA_VERSION, analyses: [{ service: 'X', source: { kind: 'guess' } }] };
    expect(() => parseSession(JSON.stringify(bad))).toThrow(/damaged/);
  });
});
