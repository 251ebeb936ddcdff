import { beforeAll, describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { analyzeCaptureFile } from '../../../../electron/capture/analyze-file';
import { resources } from '../../../../renderer/i18n';
import type { Translate } from '../../../../core/catalogue';
import { buildPropertiesModel, type PropertiesSection } from '../../../../core/capture/properties-model';
import { corpusFiles, corpusPath, expectedFor } from '../../../support/shared';

// Every corpus file through the real reader and the page's model, in English and UTC, against
// the numbers capinfos printed (docs/corpus.md). capinfos prints plain decimals; the
// page groups thousands, so the comparison groups capinfos' digits by hand.

const grouped = (plain: string) => {
  const [whole, fraction] = plain.split('.');
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? digits : `${digits}.${fraction}`;
};
const number = (text: string) => text.replace(/ .*$/, '');

const statistics = (sections: PropertiesSection[]) =>
  Object.fromEntries(sections.find((s) => s.id === 'statistics')!.table!.rows.map((row) => [row[0], row[1]]));
const timeRows = (sections: PropertiesSection[]) => Object.fromEntries(sections.find((s) => s.id === 'time')!.rows.map((r) => [r.label, r.value]));

describe('Capture File Properties on the page equal capinfos on the corpus', () => {
  let t: Translate;
  beforeAll(async () => {
    const instance = i18next.createInstance();
    await instance.init({ resources, lng: 'en', fallbackLng: 'en', interpolation: { escapeValue: false } });
    t = instance.t.bind(instance) as unknown as Translate;
  });

  it.each(corpusFiles())('%s', async (name) => {
    const expected = expectedFor(name);
    const fields = expected.capinfos.long_machine_readable.fields;
    const row = expected.capinfos.table.row;
    const report = await analyzeCaptureFile(corpusPath(name), { propertiesOnly: true });
    expect(report.properties).not.toBeNull();
    const sections = buildPropertiesModel(report.properties!, null, { t, locale: 'en-US', timeZone: 'UTC' });
    const stats = statistics(sections);

    expect(stats['Packets']).toBe(grouped(fields['Number of packets'] ?? String(expected.tshark_read.frames_read)));
    if (!row) return; // capinfos printed no table for the corrupt file; the reader's own test covers it.
    expect(stats['Bytes']).toBe(`${grouped(row['Data size (bytes)'])} bytes`);
    if (row['Capture duration (seconds)'] === 'n/a') {
      expect(stats['Time span']).toBe('n/a');
      expect(sections.find((s) => s.id === 'time')!.note).toBeDefined();
      return;
    }
    expect(stats['Average packet size']).toBe(`${grouped(row['Average packet size (bytes)'])} bytes`);
    // A nanosecond field past one second is carried into the seconds by ProxLab (a warning says so).
    if (name === 'corrupt_invalid_nsec_timestamp.pcap') return;
    if (row['Data byte rate (bytes/sec)'] !== 'n/a') {
      expect(stats['Average packets per second']).toBe(`${grouped(row['Average packet rate (packets/sec)'])} packets/s`);
      expect(stats['Average bytes per second']).toBe(`${grouped(row['Data byte rate (bytes/sec)'])} B/s`);
      expect(stats['Average bits per second']).toBe(`${grouped(row['Data bit rate (bits/sec)'])} bit/s`);
    }
    expect(number(stats['Time span'])).toBe(grouped(row['Capture duration (seconds)']));
    const times = timeRows(sections);
    if (fields['File timestamp precision'].startsWith('per-packet')) {
      // capinfos prints each time at its own packet's resolution; the page prints every time at
      // the finest resolution in the file, so a coarser time gains trailing zeros, never a digit.
      const padded = (text: string) => new RegExp(`^${text.replace(/[.]/g, '\\.')}0* UTC$`);
      expect(times['First packet']).toMatch(padded(fields['First packet time']));
      expect(times['Last packet']).toMatch(padded(fields['Last packet time']));
    } else {
      expect(times['First packet']).toBe(`${fields['First packet time']} UTC`);
      expect(times['Last packet']).toBe(`${fields['Last packet time']} UTC`);
    }
  });
});
