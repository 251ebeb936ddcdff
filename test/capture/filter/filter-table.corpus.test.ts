import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePacket, PacketFacts } from '../../../electron/capture/decode';
import { readCapture } from '../../../electron/capture/reader';
import { TcpFactsAdapter } from '../../../electron/capture/analyze/tcp';
import { RtpAnalyzer } from '../../../electron/capture/analyze/rtp';
import { FilterInput } from '../../../electron/capture/analyze/filter-input';
import { compileFilter, type CompiledFilter } from '../../../electron/capture/filter/evaluate';
import { parseFilter } from '../../../electron/capture/filter/parser';
import { FilterSyntaxError } from '../../../electron/capture/filter/errors';
import { analyzeCaptureFile } from '../../../electron/capture/analyze-file';
import { corpusFiles, corpusPath, haveShared } from '../../support/shared';

// The display-filter table: for every filter, what tshark 4.0 displays on every corpus capture
// (recorded by scripts/filter-oracle.mjs), against what ProxLab displays. A filter tshark
// refuses must be refused here too.

interface TableRecord {
  filter: string;
  refused?: string;
  counts?: Record<string, number>;
  /** Captures where ProxLab is known to differ, with the reason. */
  known?: Record<string, string>;
}

const table = JSON.parse(readFileSync(new URL('filter-table.expected.json', import.meta.url), 'utf8')) as { tool: string; filters: TableRecord[] };
const accepted = table.filters.filter((r) => r.counts);

/** Counts per filter on one capture, in one pass that builds the filter's inputs as the analysis pipeline does. */
async function countAll(name: string, filters: CompiledFilter[]): Promise<number[]> {
  const counts = filters.map(() => 0);
  const facts = new PacketFacts();
  const tcp = new TcpFactsAdapter();
  const rtp = new RtpAnalyzer();
  const input = new FilterInput(tcp.analyzer, rtp);
  await readCapture(corpusPath(name), {
    customBlocks: true,
    onRecord: (record) => {
      decodePacket(record.linkType, record.data, record.originalLength, facts);
      const connection = tcp.add(facts, record);
      rtp.observe(facts, record.index + 1);
      const context = input.describe(facts, record, connection);
      filters.forEach((filter, i) => {
        if (filter(facts, context)) counts[i]++;
      });
    },
  });
  return counts;
}

describe(`display filters against ${table.tool}`, () => {
  it('has at least 60 filters, refusals among them', () => {
    expect(table.filters.length).toBeGreaterThanOrEqual(60);
    expect(table.filters.some((r) => r.refused)).toBe(true);
  });

  it.each(table.filters.filter((r) => r.refused).map((r) => [r.filter, r.refused!]))('refuses %s (tshark: %s)', (filter) => {
    expect(() => parseFilter(filter)).toThrow(FilterSyntaxError);
  });

  it.skipIf(!haveShared).each(corpusFiles())('%s: displayed counts equal tshark -Y for every filter', async (name) => {
    const compiled = accepted.map((r) => compileFilter(parseFilter(r.filter)));
    const counts = await countAll(name, compiled);
    const differences = accepted
      .map((r, i) => ({ filter: r.filter, tshark: r.counts![name], proxlab: counts[i], known: r.known?.[name] }))
      .filter((d) => d.tshark !== d.proxlab && d.known === undefined);
    expect(differences).toEqual([]);
  });

  it.skipIf(!haveShared)('the analysis pass displays what the table counts', async () => {
    for (const filter of ['http', 'tcp.analysis.retransmission', 'dns.qry.name contains "weibo"']) {
      const report = await analyzeCaptureFile(corpusPath('http_weibo_browse_retrans.pcap'), { propertiesOnly: false, filter });
      const record = table.filters.find((r) => r.filter === filter);
      const expected =
        record?.counts?.['http_weibo_browse_retrans.pcap'] ?? (await countAll('http_weibo_browse_retrans.pcap', [compileFilter(parseFilter(filter))]))[0];
      expect(report.displayed?.packets, filter).toBe(expected);
    }
  });
});
