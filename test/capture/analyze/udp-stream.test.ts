import { describe, expect, it } from 'vitest';
import { decodePacket, PacketFacts } from '../../../electron/capture/decode';
import { UdpStreams } from '../../../electron/capture/analyze/udp-stream';
import { ethernet, filler, ipv4, tcp, udp } from '../../support/frame-builder';

const datagram = (src: string, srcPort: number, dst: string, dstPort: number) =>
  ethernet({ type: 0x0800 }, ipv4({ src, dst, protocol: 17 }, udp({ srcPort, dstPort }, filler(12))));

describe("udp.stream, numbered as Wireshark's UDP conversations", () => {
  it('numbers each address and port pair once, either way round, in order of appearance', () => {
    const streams = new UdpStreams();
    const facts = new PacketFacts();
    const of = (frame: Uint8Array, announcement = 0) => {
      decodePacket(1, frame, frame.length, facts);
      return streams.of(facts, announcement);
    };
    const query = datagram('192.168.1.10', 40000, '10.0.0.53', 53);
    const answer = datagram('10.0.0.53', 53, '192.168.1.10', 40000);
    const voice = datagram('192.168.1.10', 5004, '192.168.1.20', 5004);
    const segment = ethernet({ type: 0x0800 }, ipv4({ src: '192.168.1.10', dst: '192.168.1.20', protocol: 6 }, tcp({ srcPort: 5004, dstPort: 5004 })));
    expect([of(query), of(voice), of(answer), of(segment), of(query)]).toEqual([0, 1, 0, -1, 0]);
    // Once SDP announces an endpoint, its packets belong to the announcement's conversation: a new stream.
    expect([of(voice, 1), of(voice, 1), of(voice)]).toEqual([2, 2, 1]);
  });
});
