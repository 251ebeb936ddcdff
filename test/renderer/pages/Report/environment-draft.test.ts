import { describe, expect, it } from 'vitest';
import { LabSchema } from '../../../../core/session/lab-schema';
import { emptyGuest, labDraft, readLabDraft } from '../../../../renderer/pages/Report/environment-draft';
import { osTypeName } from '../../../../renderer/report/os-type';
import { reportI18n, reportLanguage } from '../../../../renderer/report/language';

// The Report page's environment form: sizes typed in the report's units and the reader's
// number format, untouched sizes kept to the byte, and an untouched form saving nothing new.

const GiB = 1024 ** 3;
const lab = LabSchema.parse({
  node: {
    name: 'pve',
    cpuModel: 'Intel(R) Core(TM) i7-6700 CPU @ 3.40GHz',
    cores: 8,
    sockets: 1,
    coresPerSocket: 4,
    memoryBytes: 65919459328,
    diskBytes: 100861726720,
    pveVersion: '8.4.14',
    kernel: 'Linux 6.8.12-15-pve',
  },
  guests: [{ vmid: 101, name: 'wordpress-centos', type: 'qemu', osType: 'l26', vcpus: 2, sockets: 1, memoryBytes: 4 * GiB, diskBytes: 32 * GiB }],
});

describe('environment form draft', () => {
  it('gives back the same lab, in the same JSON, when nothing was touched', () => {
    for (const locale of ['id-ID', 'en-US']) {
      const read = readLabDraft(labDraft(lab, locale), locale);
      expect('lab' in read && JSON.stringify(read.lab)).toBe(JSON.stringify(lab));
    }
  });

  it("shows sizes in the report's units and reads what is typed in the reader's format", () => {
    const draft = labDraft(lab, 'id-ID');
    expect([draft.node.memory.text, draft.node.disk.text, draft.guests[0].memory.text, draft.guests[0].disk.text]).toEqual(['61,39', '100,86', '4', '32']);
    draft.node.memory.text = '62,5';
    draft.guests[0].disk.text = '40';
    draft.guests[0].os = '  CentOS   7 ';
    const read = readLabDraft(draft, 'id-ID');
    expect('lab' in read && [read.lab.node.memoryBytes, read.lab.guests[0].diskBytes, read.lab.guests[0].os]).toEqual([62.5 * GiB, 40 * GiB, 'CentOS 7']);
  });

  it('names each field in error and refuses a guest without a name', () => {
    const draft = labDraft(lab, 'en-US');
    draft.node.sockets = '1.5';
    draft.guests[0].memory.text = 'four';
    draft.guests.push(emptyGuest());
    expect(readLabDraft(draft, 'en-US')).toEqual({ problems: { sockets: 'integer', 'guest.0.memory': 'size', 'guest.1.name': 'name' } });
  });
});

describe('OS type names', () => {
  it("names PVE's ostype in the report's language and keeps one it does not know", () => {
    const en = reportLanguage(reportI18n('en'), 'en').t;
    const id = reportLanguage(reportI18n('id'), 'id').t;
    expect([osTypeName('l26', en), osTypeName('l26', id), osTypeName('win10', id), osTypeName('debian', en), osTypeName('unmanaged', id)]).toEqual([
      'Linux 2.6+ kernel',
      'Linux kernel 2.6 ke atas',
      'Windows 10/2016/2019',
      'Debian',
      'Tidak dikelola PVE',
    ]);
    expect(osTypeName('win12', en)).toBe('win12');
    expect(osTypeName('a.b', en)).toBe('a.b');
  });
});
