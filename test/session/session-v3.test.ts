import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IdentitySchema } from '../../core/session/identity-schema';
import { loadSession, newSession, parseSession, saveSession, SESSION_SCHEMA_VERSION } from '../../electron/session/session-file';
import { MIGRATIONS } from '../../electron/session/migrations';
import { ExperimentRunSchema } from '../../core/experiment/run-schema';
import { newRun } from '../../electron/experiment/run-model';
import { PlanSchema } from '../../core/experiment/plan-schema';

const tmp = () => mkdtempSync(path.join(tmpdir(), 'proxlab-session-v3-'));

// A version-2 session as ProxLab wrote it before groups, typed out by hand.
const V2_FILE = `{
 "schema": "proxlab.session",
 "version": 2,
 "identity": {
  "title": "Praktikum Virtualisasi",
  "studentName": "Budi Santoso",
  "studentNumber": "2201001",
  "className": "TI-3A",
  "course": "Sistem Terdistribusi",
  "lecturer": "Ir. Wahyuni",
  "date": "2026-03-02"
 },
 "lab": { "node": { "name": "pve1" }, "guests": [] },
 "experiments": [],
 "analyses": [],
 "provenance": { "source": null, "illustrative": [] },
 "notes": "",
 "conclusion": null
}`;

const v2With = (identity: Record<string, unknown>) => JSON.stringify({ ...JSON.parse(V2_FILE), identity });

describe('session format 3: the group and the institution', () => {
  it('is the version written today', () => {
    expect(SESSION_SCHEMA_VERSION).toBe(3);
    expect(newSession().version).toBe(3);
    expect(newSession().identity).toEqual({ title: '', students: [], className: '', course: '', lecturer: '', institution: '', date: '' });
  });

  it("turns a version-2 file's one student into the group's only member, the rest of the identity kept", () => {
    const session = parseSession(V2_FILE);
    expect(session.version).toBe(3);
    expect(session.identity).toEqual({
      title: 'Praktikum Virtualisasi',
      students: [{ name: 'Budi Santoso', nim: '2201001' }],
      className: 'TI-3A',
      course: 'Sistem Terdistribusi',
      lecturer: 'Ir. Wahyuni',
      institution: '',
      date: '2026-03-02',
    });
    expect(session.lab.node.name).toBe('pve1');
  });

  it('migrates a version-2 identity that named nobody to an empty group, and one with only a NIM to one member', () => {
    expect(parseSession(v2With({ title: 'X', studentName: '', studentNumber: '' })).identity.students).toEqual([]);
    expect(parseSession(v2With({ title: 'X' })).identity.students).toEqual([]);
    expect(parseSession(v2With({ studentNumber: ' 2201009 ' })).identity.students).toEqual([{ name: '', nim: '2201009' }]);
  });

  it('leaves no single-student field behind in the migrated document', () => {
    const migrated = MIGRATIONS[2](JSON.parse(V2_FILE));
    expect(Object.keys(migrated.identity as object).sort()).toEqual(['className', 'course', 'date', 'institution', 'lecturer', 'students', 'title']);
  });

  it('saves a group of three and reopens it in order', async () => {
    const file = path.join(tmp(), 'group.proxlab');
    const session = newSession();
    session.identity = {
      ...session.identity,
      title: 'Analisis QoS',
      students: [
        { name: 'Siti Rahma', nim: '2101234' },
        { name: 'Ahmad Fauzi', nim: '2101240' },
        { name: 'Dewi Lestari', nim: '2101251' },
      ],
      institution: 'Politeknik Negeri Jakarta',
    };
    await saveSession(file, session);
    const onDisk = JSON.parse(readFileSync(file, 'utf8'));
    expect(onDisk.version).toBe(3);
    expect(onDisk.identity.studentName).toBeUndefined();
    expect(await loadSession(file)).toEqual(session);
  });

  it('refuses a student that is not a name and a NIM', () => {
    expect(IdentitySchema.safeParse({ students: [{ name: 7, nim: '1' }] }).success).toBe(false);
    expect(IdentitySchema.safeParse({ students: 'Budi' }).success).toBe(false);
    expect(IdentitySchema.parse({ students: [{ name: 'Budi' }] }).students).toEqual([{ name: 'Budi', nim: '' }]);
  });

  it('keeps where a run measured (host, port, profile name) and reads older runs as not recorded', () => {
    const run = newRun(PlanSchema.parse({ node: 'pve', guests: [101] }), new Date('2026-11-25T08:00:00Z'));
    expect(run.connection).toBeNull();
    const { connection: _dropped, ...older } = run;
    expect(ExperimentRunSchema.parse(older).connection).toBeNull();
    const recorded = { ...run, connection: { host: 'pve.lab.example', port: 8006, profile: 'Lab B' } };
    expect(ExperimentRunSchema.parse(JSON.parse(JSON.stringify(recorded))).connection).toEqual({ host: 'pve.lab.example', port: 8006, profile: 'Lab B' });
    expect(ExperimentRunSchema.safeParse({ ...run, connection: { host: 'pve', port: 70000, profile: null } }).success).toBe(false);
  });
});
