import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { findAssetsDir, loadDemoSession } from '../../electron/session/demo';
import { buildLabReportModel } from '../../electron/report/model';
import { generatedConclusion } from '../../renderer/report/conclusion';
import { reportI18n, reportLanguage } from '../../renderer/report/language';

// The demo report's numbers, worked out by hand from the seed paper vectors (docs/qos-method.md) and issue 6's figures:
//   WordPress  977393 B / 110.660 s = 8832.40 B/s → 70659.2 bit/s; delay 110660 ms / 1755 = 63.054 ms
//   Moodle      92804 B /  72.533 s = 1279.47 B/s → 10235.8 bit/s; delay  72533 ms /  266 = 272.680 ms
//   MediaWiki  465957 B /  90.462 s = 5150.86 B/s → 41206.9 bit/s; delay  90462 ms /  748 = 120.9385 ms
// TIPHON (tabel skripsi): all three throughputs are below 338 kbit/s (index 0); delay < 150 ms
// is 4, 150–300 ms is 3. Jitter and loss were not in Wireshark's dialog, so nothing has a verdict.

const demo = async () => buildLabReportModel(await loadDemoSession(findAssetsDir(fileURLToPath(new URL('.', import.meta.url)))!), { demo: true });

describe('report model of the demo session', () => {
  it("carries each service's recipe figures and grades", async () => {
    const model = await demo();
    const rows = model.services.map((s) => [
      s.service,
      s.guest?.os,
      s.source,
      s.recipe.throughputBytesPerSecond!.toFixed(1),
      s.recipe.throughputBitsPerSecond!.toFixed(0),
      s.recipe.delayMs!.toFixed(3),
      s.grade.throughput,
      s.grade.delay,
      s.grade.jitter,
      s.grade.loss,
      s.grade.verdict,
    ]);
    expect(rows).toEqual([
      ['WordPress', 'CentOS', 'manual', '8832.4', '70659', '63.054', 0, 4, null, null, null],
      ['Moodle', 'Ubuntu', 'manual', '1279.5', '10236', '272.680', 0, 3, null, null, null],
      ['MediaWiki', 'Debian', 'manual', '5150.9', '41207', '120.939', 0, 4, null, null, null],
    ]);
    expect(model.services[0].properties.averagePacketSize!.toFixed(1)).toBe('556.9');
    expect(model.services[0].properties.packetsPerSecond!.toFixed(1)).toBe('15.9');
    expect(model.services.every((s) => s.measured === null)).toBe(true);
    expect(model.thresholds?.name).toBe('TIPHON (tabel skripsi)');
  });

  it('has scenario 1 as published: memory, share of total, growth per VM and CPU', async () => {
    const s1 = (await demo()).scenario1!;
    expect(s1.steps.map((s) => s.label)).toEqual(['0 VM', '1 VM', '2 VM', '3 VM']);
    expect(s1.steps.map((s) => s.running)).toEqual([[], ['wordpress'], ['wordpress', 'moodle'], ['wordpress', 'moodle', 'mediawiki']]);
    // 849.94 MiB / 9789.44 MiB = 8.68 %; 4116.48 / 9789.44 = 42.05 %
    expect(s1.steps.map((s) => s.memUsedPercent.toFixed(2))).toEqual(['8.68', '28.45', '35.98', '42.05']);
    // 2785.28 − 849.94 = 1935.34 MiB; 3522.56 − 2785.28 = 737.28; 4116.48 − 3522.56 = 593.92
    expect(s1.steps.map((s) => (s.memAddedBytes === null ? null : (s.memAddedBytes / 1024 ** 2).toFixed(2)))).toEqual([null, '1935.34', '737.28', '593.92']);
    expect(s1.steps.map((s) => s.cpuPercent.toFixed(2))).toEqual(['1.91', '5.85', '2.67', '2.72']);
    expect(s1.memUsedMeaning).toBe('total-minus-free');
  });
});

describe('generated conclusion', () => {
  it('says in Indonesian what the numbers show', async () => {
    const model = await demo();
    const [memory, services] = generatedConclusion(model, reportLanguage(reportI18n('id'), 'id'));
    // 4116.48 − 849.94 = 3266.54 MiB = 3.19 GiB, 3266.54 / 9789.44 = 33.37 %: two decimals, as Table 3.1's 42.05 % − 8.68 %
    expect(memory).toBe(
      'Memori terpakai node naik dari 849,94 MiB tanpa VM menjadi 4,02 GiB dengan 3 VM menyala, bertambah 3,19 GiB (33,37 % dari total memori 9,56 GiB). ' +
        'Tambahan terbesar terjadi saat 1 VM (1,89 GiB). ' +
        'Penggunaan CPU tetap rendah, antara 1,91 % dan 5,85 %, sehingga pada beban ini memori yang menjadi batas jumlah VM, bukan CPU.',
    );
    expect(services).toContain('Throughput tertinggi diperoleh WordPress (70,7 kbit/s) dan terendah Moodle (10,2 kbit/s).');
    // All three manual entries miss the same two parameters and share throughput index 0: said once.
    expect(services).toContain(
      'WordPress, Moodle dan MediaWiki belum dapat dinilai lengkap karena jitter dan packet loss tidak tersedia. Throughput WordPress, Moodle dan MediaWiki mendapat indeks 0 (Sangat Jelek).',
    );
    expect(services.match(/belum dapat dinilai/g)).toHaveLength(1);
  });

  it('says "1 VM", not "1 VMs", when one guest was measured', async () => {
    const model = await demo();
    model.scenario1!.steps = model.scenario1!.steps.slice(0, 2);
    const [memory] = generatedConclusion(model, reportLanguage(reportI18n('en'), 'en'));
    // 2785.28 − 849.94 = 1935.34 MiB = 1.89 GiB of 9.56 GiB = 19.77 % (Table 3.1: 28.45 % − 8.68 %)
    expect(memory).toContain(
      "The node's memory used rose from 849.94 MiB with no VM to 2.72 GiB with 1 VM running, 1.89 GiB more (19.77% of the 9.56 GiB total).",
    );
  });

  it('and in English with English number formats', async () => {
    const [memory, services] = generatedConclusion(await demo(), reportLanguage(reportI18n('en'), 'en'));
    expect(memory).toContain(
      "The node's memory used rose from 849.94 MiB with no VM to 4.02 GiB with 3 VMs running, 3.19 GiB more (33.37% of the 9.56 GiB total).",
    );
    expect(memory).toContain('The largest increase came at the step to 1 VM (1.89 GiB).');
    expect(services).toContain('WordPress had the highest throughput (70.7 kbit/s) and Moodle the lowest (10.2 kbit/s).');
    expect(services).toContain(
      'WordPress, Moodle and MediaWiki cannot be fully graded because jitter and packet loss are not available. WordPress, Moodle and MediaWiki each have a throughput index of 0 (Very poor).',
    );
  });

  it('says one missing parameter in the singular and groups services by what they miss', async () => {
    const model = await demo();
    model.services[0].grade = { ...model.services[0].grade, jitter: 4 };
    model.services[2].grade = { ...model.services[2].grade, throughput: 2 };
    const [, services] = generatedConclusion(model, reportLanguage(reportI18n('en'), 'en'));
    expect(services).toContain(
      'WordPress cannot be fully graded because packet loss is not available. Moodle and MediaWiki cannot be fully graded because jitter and packet loss are not available. ' +
        'WordPress and Moodle each have a throughput index of 0 (Very poor). MediaWiki has a throughput index of 2 (Fair).',
    );
  });

  it('grades a service fully when every parameter is there', async () => {
    const model = await demo();
    model.services[1].grade = { ...model.services[1].grade, jitter: 3, loss: 4, mean: 2.5, percent: 62.5, verdict: 'Kurang Memuaskan' };
    const [, services] = generatedConclusion(model, reportLanguage(reportI18n('id'), 'id'));
    expect(services).toContain('Moodle mendapat indeks rata-rata 2,50 (62,50 %), kategori Kurang Memuaskan.');
    expect(services).toContain('WordPress dan MediaWiki belum dapat dinilai lengkap karena jitter dan packet loss tidak tersedia.');
  });
});
