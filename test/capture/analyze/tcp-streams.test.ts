import { describe, expect, it } from 'vitest';
import { decodePacket, PacketFacts } from '../../../electron/capture/decode';
import { TcpStreamIndex } from '../../../electron/capture/analyze/tcp-streams';
import { ethernet, ipv4, tcp } from '../../support/frame-builder';

const SYN = 0x02, ACK = 0x10, RST = 0x04, FIN = 0x01;

function streams(segments: Array<[fromClient: boolean, flags: number, seq: number]>): number[] {
  const index = new TcpStreamIndex();
  const facts = new PacketFacts();
  return segments.map(([fromClient, flags, seq]) => {
    const [src, dst, sport, dport] = fromClient ? ['10.0.0.1', '10.0.0.2', 40000, 80] : ['10.0.0.2', '10.0.0.1', 80, 40000];
    const frame = ethernet({ type: 0x0800 }, ipv4({ src, dst, protocol: 6 }, tcp({ srcPort: sport, dstPort: dport, flags, seq })));
    decodePacket(1, frame, frame.length, facts);
    return index.add(facts);
  });
}

describe('tcp.stream numbering (Wireshark 4.0, checked with tshark by hand-built captures)', () => {
  it('keeps both directions of a connection in one stream', () => {
    expect(streams([[true, SYN, 100], [false, SYN | ACK, 500], [true, ACK, 101]])).toEqual([0, 0, 0]);
  });

  it('starts a new stream for a SYN with a new initial sequence number after a close', () => {
    expect(streams([[true, SYN, 100], [true, RST | ACK, 101], [true, SYN, 9000]])).toEqual([0, 0, 1]);
    expect(streams([[true, SYN, 100], [true, FIN | ACK, 101], [false, FIN | ACK, 501], [true, SYN, 7]])).toEqual([0, 0, 0, 1]);
  });

  it('keeps a resent SYN with the same initial sequence number in the old stream, even after a RST', () => {
    expect(streams([[true, SYN, 100], [false, RST | ACK, 0], [true, SYN, 100]])).toEqual([0, 0, 0]);
  });
});
