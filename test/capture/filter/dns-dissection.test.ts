import { describe, expect, it } from 'vitest';
import { decodePacket, PacketFacts } from '../../../electron/capture/decode';
import { ApplicationDissector } from '../../../electron/capture/filter/app';
import { concat, ethernet, hex, ipv4, udp } from '../../support/frame-builder';

// DNS as tshark 4.0.17 shows it on a query sent twice and answered twice, the second answer
// also carrying an SRV record: dns.time runs from the first query to the first response only,
// and an SRV record's name is no dns.resp.name.

const QUESTION = hex('03 6c 61 62 00 0001 0001');
const A_RECORD = hex('c00c 0001 0001 0000003c 0004 0a000009');
const SRV_RECORD = hex('c00c 0021 0001 0000003c 0008 0000 0000 0016 c00c');
const message = (flags: number, answers: Uint8Array[]) =>
  concat(hex(`0007 ${flags.toString(16).padStart(4, '0')} 0001 000${answers.length} 0000 0000`), QUESTION, ...answers);
const query = ethernet({ type: 0x0800 }, ipv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 17 }, udp({ srcPort: 40000, dstPort: 53 }, message(0x0100, []))));
const answer = (records: Uint8Array[]) =>
  ethernet({ type: 0x0800 }, ipv4({ src: '10.0.0.2', dst: '10.0.0.1', protocol: 17 }, udp({ srcPort: 53, dstPort: 40000 }, message(0x8180, records))));

describe('DNS fields of a repeated exchange', () => {
  it('times the first response from the first query, and leaves SRV names out', () => {
    const dissector = new ApplicationDissector(() => false);
    const facts = new PacketFacts();
    const seen = [query, query, answer([A_RECORD]), answer([A_RECORD, SRV_RECORD])].map((frame, i) => {
      decodePacket(1, frame, frame.length, facts);
      dissector.dissect(facts, null, { s: i, n: 0 }, 0);
      const dns = dissector.facts.dns!;
      return { time: dns.time, names: dns.recordNames, a: dns.a, answers: dns.answers };
    });
    expect(seen).toEqual([
      { time: null, names: [], a: [], answers: 0 },
      { time: null, names: [], a: [], answers: 0 },
      { time: { s: 2, n: 0 }, names: ['lab'], a: [0x0a000009], answers: 1 },
      { time: null, names: ['lab'], a: [0x0a000009], answers: 2 },
    ]);
  });
});
