import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { LabGuestSchema, LabSchema } from '../../core/session/lab-schema';
import type { Lab } from '../../core/session/lab';
import { fillLab, labDifferences, replaceLab } from '../../core/session/lab-fill';
import { createSessionService } from '../../electron/session/service';
import { findAssetsDir } from '../../electron/session/demo';
import { memorySettingsStore } from '../../electron/session/settings';
import { parseSession, newSession } from '../../electron/session/session-file';
import { PVE_NODE } from '../standins/pve/lab';

// A run fills the lab's empty fields and never replaces what the student typed; the Report
// page lists what differs before it replaces anything.

const GiB = 1024 ** 3;
// What a run reads from the stand-in's node.
const measured: Lab = LabSchema.parse({
  node: PVE_NODE,
  guests: [
    { vmid: 101, name: 'wordpress-centos', type: 'qemu', osType: 'l26', vcpus: 2, sockets: 1, memoryBytes: 4 * GiB, diskBytes: 32 * GiB },
    { vmid: 102, name: 'moodle-ubuntu', type: 'qemu', osType: 'l26', vcpus: 4, sockets: 2, memoryBytes: 8 * GiB, diskBytes: 64 * GiB },
  ],
});
// Typed by hand before any connection: a lab PC's name, the memory as the student read it, and
// a guest without a vmid that the node knows by the same name.
const typed: Lab = LabSchema.parse({
  node: { name: 'lab-pc-3', memoryBytes: 64 * GiB },
  guests: [
    { vmid: 101, name: 'wordpress', os: 'CentOS 7', service: 'WordPress', memoryBytes: 2 * GiB },
    { name: 'moodle-ubuntu', os: 'Ubuntu 22.04', service: 'Moodle' },
    { vmid: 150, name: 'router' },
  ],
});

describe('lab fill', () => {
  it('fills only empty fields, matches guests by vmid or name, and appends new ones', () => {
    const lab = fillLab(typed, { ...measured, guests: [...measured.guests, LabGuestSchema.parse({ vmid: 103, name: 'mediawiki-debian', vcpus: 2 })] });
    expect(lab.node).toEqual({ ...measured.node, name: 'lab-pc-3', memoryBytes: 64 * GiB });
    expect(lab.guests).toEqual([
      {
        vmid: 101,
        name: 'wordpress',
        type: 'qemu',
        os: 'CentOS 7',
        osType: 'l26',
        vcpus: 2,
        sockets: 1,
        memoryBytes: 2 * GiB,
        diskBytes: 32 * GiB,
        service: 'WordPress',
      },
      {
        vmid: 102,
        name: 'moodle-ubuntu',
        type: 'qemu',
        os: 'Ubuntu 22.04',
        osType: 'l26',
        vcpus: 4,
        sockets: 2,
        memoryBytes: 8 * GiB,
        diskBytes: 64 * GiB,
        service: 'Moodle',
      },
      typed.guests[2],
      LabGuestSchema.parse({ vmid: 103, name: 'mediawiki-debian', vcpus: 2 }),
    ]);
    // Filling twice changes nothing more.
    expect(fillLab(lab, measured)).toEqual(lab);
  });

  it('lists what differs, and replaces it only when asked, keeping what the node cannot know', () => {
    expect(labDifferences(typed, measured)).toEqual([
      { vmid: null, guest: null, field: 'name', recorded: 'lab-pc-3', measured: PVE_NODE.name },
      { vmid: null, guest: null, field: 'memoryBytes', recorded: 64 * GiB, measured: PVE_NODE.memoryBytes },
      { vmid: 101, guest: 'wordpress', field: 'name', recorded: 'wordpress', measured: 'wordpress-centos' },
      { vmid: 101, guest: 'wordpress', field: 'memoryBytes', recorded: 2 * GiB, measured: 4 * GiB },
    ]);
    const replaced = replaceLab(typed, measured);
    expect(replaced.node).toEqual(measured.node);
    expect(replaced.guests[0]).toMatchObject({ name: 'wordpress-centos', memoryBytes: 4 * GiB, os: 'CentOS 7', service: 'WordPress' });
    expect(labDifferences(replaced, measured)).toEqual([]);
  });

  it('reads a session of the same format written before the new fields as "not recorded" there', () => {
    const old = {
      ...JSON.parse(JSON.stringify(newSession())),
      lab: { node: { name: 'pve', cores: 4 }, guests: [{ vmid: 101, name: 'wp', os: 'CentOS', vcpus: 1, memoryBytes: GiB, service: 'WordPress' }] },
    };
    const lab = parseSession(JSON.stringify(old)).lab;
    expect(lab.node).toMatchObject({ name: 'pve', cores: 4, sockets: null, coresPerSocket: null, kernel: null });
    expect(lab.guests[0]).toMatchObject({ vmid: 101, os: 'CentOS', type: null, osType: null, sockets: null, diskBytes: null });
  });
});

describe('lab recorded into the open session', () => {
  const notUsed = () => Promise.reject(new Error('not used'));
  const sessions = () =>
    createSessionService({
      settings: memorySettingsStore(),
      dialogs: { chooseSessionToOpen: notUsed, chooseSessionTarget: notUsed },
      assetsDir: findAssetsDir(fileURLToPath(new URL('.', import.meta.url))),
      hasProxmoxProfiles: () => false,
    });

  it("starts the student's own session over the demo, and keeps hand edits on a later run", async () => {
    const service = sessions();
    await service.start();
    expect(service.current().demo).toBe(true);
    await service.recordLab(measured);
    expect(service.current().demo).toBe(false);
    expect(service.current().session.lab).toEqual(measured);
    await service.update({ lab: { ...measured, node: { ...measured.node, name: 'pve-lab3' } } });
    await service.recordLab({ ...measured, node: { ...measured.node, kernel: 'Linux 6.8.12-16-pve' } });
    expect(service.current().session.lab.node).toMatchObject({ name: 'pve-lab3', kernel: PVE_NODE.kernel });
  });
});
