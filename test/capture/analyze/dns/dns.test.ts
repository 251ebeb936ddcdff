import { describe, expect, it } from 'vitest';
import { decodePacket, PacketFacts } from '../../../../electron/capture/decode';
import { DnsTimer } from '../../../../electron/capture/analyze/dns';
import { ethernet, ipv4, udp } from '../../../support/frame-builder';
import { haveShared } from '../../../support/shared';
import { forEachPacket } from '../corpus-pass';
import { dnsTimingFrames } from './timing-frames';

function dns(o: { client: string; port: number; id: number; response: boolean; server?: string }): Uint8Array {
  const header = new Uint8Array(12);
  header[0] = o.id >> 8;
  header[1] = o.id & 0xff;
  header[2] = o.response ? 0x81 : 0x01;
  const [src, dst, sport, dport] = o.response ? [o.server ?? '10.0.0.53', o.client, 53, o.port] : [o.client, o.server ?? '10.0.0.53', o.port, 53];
  return ethernet({ type: 0x0800 }, ipv4({ src, dst, protocol: 17 }, udp({ srcPort: sport, dstPort: dport }, header)));
}

function time(packets: Array<[number, Uint8Array]>): ReturnType<DnsTimer['result']> {
  const timer = new DnsTimer();
  const f = new PacketFacts();
  for (const [ms, frame] of packets) {
    decodePacket(1, frame, frame.length, f);
    timer.add(f, ms * 1e6);
  }
  return timer.result();
}

describe('DNS response time', () => {
  it('pairs as dns.time does: 5 s retransmission timer, first answer only, none for a malformed one', () => {
    // tshark -r FILE -n -T fields -e dns.time -e dns.retransmission on these frames in a pcap:
    // dns.time 0.020, 6.000 (a slow answer still pairs), 1.050 (frame 6 is a retransmission of
    // 5), 0.040, 4.999 and 0.030 (frame 17 asks again 7 s after 16: a new query, 16 goes
    // unanswered); frames 9 and 20 "Malformed Packet" with no dns.time, and frame 21, after the
    // malformed 20, a "DNS response retransmission"; 12 a response retransmission; 13 answers
    // nothing.
    const r = time(dnsTimingFrames());
    expect([r.queries, r.responses, r.retransmittedQueries, r.unanswered, r.unmatchedResponses]).toEqual([10, 11, 1, 1, 1]);
    expect([r.responseTimeMs.count, r.responseTimeMs.min, r.responseTimeMs.max]).toEqual([6, 20, 6000]);
    expect(r.responseTimeMs.mean).toBeCloseTo((20 + 6000 + 1050 + 40 + 4999 + 30) / 6, 9);
  });

  it('matches answers to queries by id, client port and addresses (hand-computed)', () => {
    const r = time([
      [0, dns({ client: '10.0.0.1', port: 1000, id: 7, response: false })],
      [1, dns({ client: '10.0.0.1', port: 1001, id: 7, response: false })],
      [2, dns({ client: '10.0.0.2', port: 1000, id: 7, response: false })],
      // Same id, other client port and other client: three separate queries.
      [12, dns({ client: '10.0.0.1', port: 1001, id: 7, response: true })],
      [22, dns({ client: '10.0.0.1', port: 1000, id: 7, response: true })],
      // An answer from a server nobody asked is not an answer to these.
      [30, dns({ client: '10.0.0.2', port: 1000, id: 7, response: true, server: '10.0.0.54' })],
    ]);
    expect([r.queries, r.responses, r.unanswered, r.unmatchedResponses]).toEqual([3, 3, 1, 1]);
    expect([r.responseTimeMs.count, r.responseTimeMs.min, r.responseTimeMs.max, r.responseTimeMs.mean]).toEqual([2, 11, 22, 16.5]);
  });

  it('times a retransmitted query from its first sending, and a duplicate answer once', () => {
    const q = dns({ client: '10.0.0.1', port: 1000, id: 9, response: false });
    const a = dns({ client: '10.0.0.1', port: 1000, id: 9, response: true });
    const r = time([
      [0, q],
      [1000, q],
      [1040, a],
      [1041, a],
    ]);
    expect([r.queries, r.retransmittedQueries, r.responses, r.unmatchedResponses, r.unanswered]).toEqual([2, 1, 2, 0, 0]);
    expect(r.responseTimeMs.max).toBe(1040);
  });
});

// tshark 4.0.17 -n -Y dns -T fields -e dns.flags.response -e dns.time on these files:
// queries, responses, answered, then min, max, mean and median of dns.time in ms.
const TSHARK_DNS_TIME: Record<string, [number, number, number, string, string, string, string]> = {
  'http_espn_browse.pcapng': [14, 14, 14, '11.139000', '64.804000', '16.672214', '11.561000'],
  'http_weibo_browse_retrans.pcap': [12, 9, 9, '61.525000', '537.780000', '249.152778', '191.301000'],
  'http_wikipedia_mediawiki.pcap': [14, 14, 14, '0.317000', '0.435000', '0.376929', '0.379500'],
  'multi_interface_2idb.pcapng': [3, 3, 3, '12.639000', '14.563000', '13.721149', '13.961447'],
};

describe.skipIf(!haveShared).each(Object.entries(TSHARK_DNS_TIME))('%s', (name, [queries, responses, answered, min, max, mean, median]) => {
  it('has the DNS response times tshark gives (dns.time)', async () => {
    const timer = new DnsTimer();
    await forEachPacket(name, (f, _frame, timeNs) => {
      if (timeNs !== null) timer.add(f, timeNs);
    });
    const r = timer.result();
    const ms = (v: number | null) => v!.toFixed(6);
    expect([r.queries, r.responses, r.responseTimeMs.count]).toEqual([queries, responses, answered]);
    expect([ms(r.responseTimeMs.min), ms(r.responseTimeMs.max), ms(r.responseTimeMs.mean), ms(r.responseTimeMs.median)]).toEqual([min, max, mean, median]);
  });
});
