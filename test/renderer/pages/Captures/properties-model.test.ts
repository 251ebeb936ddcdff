import { beforeAll, describe, expect, it } from 'vitest';
import i18next, { type i18n } from 'i18next';
import type { CaptureProperties } from '../../../../core/capture/report-schema';
import { resources } from '../../../../renderer/i18n';
import type { Translate } from '../../../../core/catalogue';
import { buildPropertiesModel, type PropertiesSection } from '../../../../core/capture/properties-model';
import { propertiesText } from '../../../../core/capture/properties-text';
import { expectedFor, haveShared } from '../../../support/shared';

// Properties as the reader reports them, filled from what capinfos/tshark said about a corpus
// file; the expected strings are Wireshark's dialog values written in each language by hand.

const inferred = (text: string) => (/^\d+$/.test(text) ? Number(text) : null);

function propertiesFromExpected(name: string): CaptureProperties {
  const e = expectedFor(name);
  const c = e.derived.capture_file_properties;
  const row = e.capinfos.table.row;
  const stats = {
    packets: c.packets,
    bytes: c.bytes,
    firstTime: c.packets_with_timestamp === c.packets ? c.first_packet_epoch : null,
    lastTime: c.packets_with_timestamp === c.packets ? c.last_packet_epoch : null,
    timeSpanSeconds: Number(c.time_span_s),
    packetsPerSecond: Number(c.avg_pps),
    averagePacketSize: Number(c.avg_packet_size),
    bytesPerSecond: Number(c.avg_bytes_per_s),
    bitsPerSecond: Number(c.avg_bits_per_s),
  };
  return {
    fileName: name,
    fileSize: e.file_size,
    sha256: e.sha256,
    format: 'pcapng',
    compression: null,
    encapsulation: 'ether',
    encapsulationName: 'Ethernet',
    snaplen: null,
    snaplenInferredMin: inferred(row['Packet size limit min (inferred)']),
    snaplenInferredMax: inferred(row['Packet size limit max (inferred)']),
    timePrecision: 'microseconds',
    hardware: row['Capture hardware'] || null,
    os: row['Capture oper-sys'] || null,
    application: row['Capture application'] || null,
    comments: [],
    interfaces: e.derived.interfaces.interfaces.map((i: Record<string, unknown>) => ({
      name: i.name,
      description: i.description,
      linkType: 'ether',
      linkTypeCode: 1,
      linkTypeName: String(i.encapsulation).replace(/ \(.*$/, ''),
      snaplen: Number(i.snaplen),
      filter: i.capture_filter,
      os: i.os,
      timePrecision: 'microseconds',
      received: null,
      dropped: i.ifdrop_single_isb,
      statEntries: i.number_of_stat_entries,
      packets: i.number_of_packets,
    })),
    sections: 1,
    ...stats,
    capturedBytes: c.cap_bytes,
    packetsWithTimestamp: c.packets_with_timestamp,
    elapsedSeconds: Number(c.elapsed_s),
    strictTimeOrder: true,
  };
}

const rowsOf = (sections: PropertiesSection[], id: PropertiesSection['id']) => {
  const section = sections.find((s) => s.id === id)!;
  return Object.fromEntries([...section.rows.map((r) => [r.label, r.value]), ...(section.table?.rows ?? []).map((r) => [r[0], r.slice(1)])]);
};

describe.skipIf(!haveShared)('Capture File Properties model', () => {
  const translators: Record<string, Translate> = {};
  beforeAll(async () => {
    for (const lng of ['id', 'en']) {
      const instance: i18n = i18next.createInstance();
      await instance.init({ resources, lng, fallbackLng: 'en', interpolation: { escapeValue: false } });
      translators[lng] = instance.t.bind(instance) as unknown as Translate;
    }
  });

  it('shows a Windows dumpcap file as the dialog does, in Indonesian', () => {
    const sections = buildPropertiesModel(propertiesFromExpected('win11_dumpcap_isb_drops.pcapng'), null, {
      t: translators.id,
      locale: 'id-ID',
      timeZone: 'UTC',
    });
    expect(sections.map((s) => s.title)).toEqual(['Berkas', 'Waktu', 'Penangkapan', 'Antarmuka', 'Statistik']);
    expect(rowsOf(sections, 'capture')).toEqual({
      'Perangkat keras': 'AMD EPYC 7452 32-Core Processor (with SSE4.2)',
      'Sistem operasi': '64-bit Windows 11 (23H2), build 22631',
      Aplikasi: 'Dumpcap (Wireshark) 4.4.0 (v4.4.0-0-g009a163470b5)',
      Komentar: 'tidak ada',
    });
    // Dialog row: Ethernet | 1020 (1020.0%) | none | Ethernet | 262144 bytes
    expect(rowsOf(sections, 'interfaces')).toEqual({ Ethernet: ['1.020 (1.020,0 %)', 'tidak ada', 'Ethernet', '262.144 byte'] });
    // capinfos (TZ=UTC): 2025-01-01 21:34:46.951851 → 2025-01-01 21:37:51.020007, elapsed 00:03:04.
    expect(rowsOf(sections, 'time')).toEqual({
      'Paket pertama': '2025-01-01 21:34:46,951851 UTC',
      'Paket terakhir': '2025-01-01 21:37:51,020007 UTC',
      Durasi: '00:03:04',
    });
    expect(rowsOf(sections, 'statistics')).toMatchObject({
      Paket: ['100'],
      'Rentang waktu': ['184,068156 s'],
      'Rata-rata ukuran paket': ['554,62 byte'],
      Byte: ['55.462 byte'],
      'Rata-rata byte per detik': ['301,31 B/s'],
      'Rata-rata bit per detik': ['2.410,50 bit/s'],
    });
  });

  it('says why times are missing when a packet has no timestamp, and adds a Displayed column', () => {
    const properties = propertiesFromExpected('pcapng_dup_isb_spb_mix.pcapng');
    const displayed = { ...properties, packets: 2, bytes: 500 };
    const sections = buildPropertiesModel(properties, displayed, { t: translators.en, locale: 'en-US', timeZone: 'UTC' });
    // capinfos: "Packet size limit: inferred: 96 bytes - 128 bytes (range)".
    expect(rowsOf(sections, 'file')['Snapshot length']).toBe('96 – 128 bytes (inferred from the packets)');
    const time = sections.find((s) => s.id === 'time')!;
    expect(time.rows).toEqual([]);
    expect(time.note).toBe('1 packet carries no timestamp, so first, last and elapsed time cannot be shown.');
    const statistics = sections.find((s) => s.id === 'statistics')!.table!;
    expect(statistics.headers).toEqual(['Measurement', 'Captured', 'Displayed']);
    expect(statistics.rows[0]).toEqual(['Packets', '4', '2']);
    expect(statistics.rows[4]).toEqual(['Bytes', '1,138 bytes', '500 bytes']);
    // The dialog's rows as tshark's expectations list them; "none" is written as the dialog writes it.
    const dialogRows = expectedFor('pcapng_dup_isb_spb_mix.pcapng').derived.interfaces.interfaces.map(
      (i: { properties_dialog_row: Record<string, string | number> }) => i.properties_dialog_row,
    );
    expect(rowsOf(sections, 'interfaces')).toEqual({
      eth0: ['Unknown', 'none', 'Ethernet', '96 bytes'],
      null1: ['Unknown', 'none', 'NULL/Loopback', '0 bytes'],
      'silly ethernet interface 2': ['10 (250.0%)', 'none', 'Ethernet', '128 bytes'],
    });
    expect(dialogRows.map((r: Record<string, string | number>) => [r.interface, r.dropped_packets, r.snaplen])).toEqual([
      ['eth0', 'Unknown', '96 bytes'],
      ['null1', 'Unknown', '0 bytes'],
      ['silly ethernet interface 2', 10, '128 bytes'],
    ]);
  });

  it('copies as aligned plain text in the chosen language', () => {
    const sections = buildPropertiesModel(propertiesFromExpected('win11_dumpcap_isb_drops.pcapng'), null, {
      t: translators.en,
      locale: 'en-US',
      timeZone: 'UTC',
    });
    const text = propertiesText('Capture File Properties: win11_dumpcap_isb_drops.pcapng', sections, ['Note one']);
    const lines = text.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      'Capture File Properties: win11_dumpcap_isb_drops.pcapng',
      '=======================================================',
      '',
      'Note one',
    ]);
    expect(lines).toContain('  First packet: 2025-01-01 21:34:46.951851 UTC');
    expect(lines).toContain('  Interface  Dropped packets   Capture filter  Link type  Packet size limit (snaplen)');
    expect(lines).toContain('  Ethernet   1,020 (1,020.0%)  none            Ethernet   262,144 bytes');
    // Measurements are right-aligned so their digits line up.
    expect(lines).toContain(`  Packets${' '.repeat(32)}100`);
    expect(lines).toContain('  Average bits per second     2,410.50 bit/s');
    expect(text.endsWith('\n')).toBe(true);
  });
});
