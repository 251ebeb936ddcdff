import { decodePacket, dstAddressText, Layer, PacketFacts, protocolNames, srcAddressText, Transport } from '../../../electron/capture/decode';

// Whole-file tallies of decoded packets, in the shapes of the Wireshark figures in
// the corpus (docs/corpus.md §Expected values): per directed IP pair, TCP 4-tuple and UDP 4-tuple.

export interface Count {
  frames: number;
  bytes: number;
}

export class DirectedTally {
  readonly counts = new Map<string, Count>();
  add(src: string, dst: string, bytes: number): void {
    const key = `${src}|${dst}`;
    const count = this.counts.get(key) ?? { frames: 0, bytes: 0 };
    count.frames++;
    count.bytes += bytes;
    this.counts.set(key, count);
  }
  get(src: string, dst: string): Count {
    return this.counts.get(`${src}|${dst}`) ?? { frames: 0, bytes: 0 };
  }
  /** Unordered pairs, each as "a|b" with a ≤ b. */
  pairs(): string[] {
    const pairs = new Set<string>();
    for (const key of this.counts.keys()) pairs.add(key.split('|').sort().join('|'));
    return [...pairs].sort();
  }
}

export class FileTally {
  readonly facts = new PacketFacts();
  readonly ipPairs = new DirectedTally();
  readonly tcpStreams = new DirectedTally();
  readonly udpConversations = new DirectedTally();
  readonly firstProtocols: string[] = [];
  tcpFrames = 0;
  icmpEchoRequests = 0;
  icmpEchoReplies = 0;
  icmpv6EchoRequests = 0;
  icmpv6EchoReplies = 0;

  add(linkType: number, data: Uint8Array, originalLength: number): void {
    const f = this.facts;
    decodePacket(linkType, data, originalLength, f);
    if (this.firstProtocols.length < 50) this.firstProtocols.push(protocolNames(f).join(':'));
    if (f.hasLayer(Layer.tcp)) this.tcpFrames++;
    if (f.srcAddrOffset < 0) return;
    const src = srcAddressText(f);
    const dst = dstAddressText(f);
    this.ipPairs.add(src, dst, originalLength);
    if (f.transport === Transport.tcp && f.srcPort >= 0) this.tcpStreams.add(`${src}:${f.srcPort}`, `${dst}:${f.dstPort}`, originalLength);
    if (f.transport === Transport.udp && f.srcPort >= 0) this.udpConversations.add(`${src}:${f.srcPort}`, `${dst}:${f.dstPort}`, originalLength);
    if (f.transport === Transport.icmp && f.icmpType === 8) this.icmpEchoRequests++;
    if (f.transport === Transport.icmp && f.icmpType === 0) this.icmpEchoReplies++;
    if (f.transport === Transport.icmpv6 && f.icmpType === 128) this.icmpv6EchoRequests++;
    if (f.transport === Transport.icmpv6 && f.icmpType === 129) this.icmpv6EchoReplies++;
  }
}
