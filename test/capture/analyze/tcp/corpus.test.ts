import { describe, expect, it } from 'vitest';
import { decodePacket, PacketFacts } from '../../../../electron/capture/decode';
import { readCapture } from '../../../../electron/capture/reader';
import { TcpFactsAdapter, TcpMeasuredAccumulator, connectionResult, type TcpConnection, type TcpMeasurement } from '../../../../electron/capture/analyze/tcp';
import { corpusFiles, corpusPath, expectedFor } from '../../../support/shared';

// Wireshark 4.0.17's TCP analysis on every corpus capture (docs/corpus.md §Expected values,
// derived.tcp and derived.tcp_streams_exact, from `tshark -T fields -e tcp.analysis.*`).

/** "0.000117000" (as tshark prints times) → nanoseconds, exactly. */
function nanoseconds(text: string): number {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const ns = Number(whole) * 1e9 + Number(fraction.padEnd(9, '0'));
  return negative ? -ns : ns;
}

interface Analysed {
  connections: TcpConnection[];
  /** Totals over every frame (tshark was run without a display filter). */
  measured: TcpMeasurement;
}

const cache = new Map<string, Promise<Analysed>>();
function analyse(name: string): Promise<Analysed> {
  let pending = cache.get(name);
  if (!pending) {
    pending = (async () => {
      const facts = new PacketFacts();
      const adapter = new TcpFactsAdapter();
      const totals = new TcpMeasuredAccumulator();
      await readCapture(corpusPath(name), {
        onRecord: (record) => {
          decodePacket(record.linkType, record.data, record.originalLength, facts);
          const c = adapter.add(facts, record);
          if (c) totals.add(c, adapter.analyzer.frame, facts.payloadLength);
        },
      });
      return { connections: adapter.analyzer.connections, measured: totals.result() };
    })();
    cache.set(name, pending);
  }
  return pending;
}

/**
 * corrupt_invalid_nsec_timestamp.pcap: frames 2 and 3 carry nanosecond fields of 1 000 000 000
 * and 0x80000000 (2 147 483 648, read by Wireshark as a negative int). Wireshark's nstime
 * arithmetic on such unnormalised values wraps at 32 bits: frame 3's ack_rtt prints as
 * "0.1147483648" and the stream's initial_rtt as "1.1147483649", while the true differences of
 * the timestamps (normalised, as capinfos and our reader do) are −3.147483648 s and
 * −2.147483647 s. Flags, counts and the SYN/ACK's RTT (frame 2, 1.000000001 s) still match.
 */
const WRAPPED_NSTIME = 'corrupt_invalid_nsec_timestamp.pcap';

describe.each(corpusFiles())('%s', (name) => {
  const expected = expectedFor(name);
  const tcp = expected.derived.tcp;

  it('flags the frames tshark flags, numbers the streams it numbers', async () => {
    const { measured: m } = await analyse(name);
    const f = m.flags;
    expect({
      retransmission: f.retransmission,
      fast_retransmission: f.fastRetransmission,
      spurious_retransmission: f.spuriousRetransmission,
      lost_segment: f.lostSegment,
      ack_lost_segment: f.ackLostSegment,
      duplicate_ack: f.duplicateAck,
      out_of_order: f.outOfOrder,
      zero_window: f.zeroWindow,
      window_full: f.windowFull,
      keep_alive: f.keepAlive,
      tcp_frames: m.frames,
      tcp_streams: m.connections,
    }).toEqual({
      retransmission: tcp.retransmission,
      fast_retransmission: tcp.fast_retransmission,
      spurious_retransmission: tcp.spurious_retransmission,
      lost_segment: tcp.lost_segment,
      ack_lost_segment: tcp.ack_lost_segment,
      duplicate_ack: tcp.duplicate_ack,
      out_of_order: tcp.out_of_order,
      zero_window: tcp.zero_window,
      window_full: tcp.window_full,
      keep_alive: tcp.keep_alive,
      tcp_frames: tcp.tcp_frames,
      tcp_streams: tcp.tcp_streams,
    });
  });

  it.skipIf(name === WRAPPED_NSTIME)("has tshark's ACK RTT samples: count, sum, min, max, mean to the microsecond", async () => {
    const { connections } = await analyse(name);
    const rtts = connections.flatMap((c) => [...c.ackRttNs.view()]);
    expect(rtts.length).toBe(tcp.ack_rtt.count);
    if (rtts.length === 0) return;
    const sum = rtts.reduce((a, b) => a + b, 0);
    expect(sum).toBe(nanoseconds(tcp.ack_rtt.sum));
    expect(Math.min(...rtts)).toBe(nanoseconds(tcp.ack_rtt.min));
    expect(Math.max(...rtts)).toBe(nanoseconds(tcp.ack_rtt.max));
    expect(Math.round(sum / rtts.length / 1000)).toBe(Math.round(nanoseconds(tcp.ack_rtt.mean) / 1000));
    const { measured: m } = await analyse(name);
    expect(m.ackRttMs.count).toBe(tcp.ack_rtt.count);
    expect(m.ackRttMs.min! * 1e6).toBeCloseTo(nanoseconds(tcp.ack_rtt.min), 3);
    expect(m.ackRttMs.max! * 1e6).toBeCloseTo(nanoseconds(tcp.ack_rtt.max), 3);
  });

  it.skipIf(name === WRAPPED_NSTIME)("has each stream's handshake: SYN → SYN/ACK and the initial RTT", async () => {
    const { connections } = await analyse(name);
    const handshakes: Array<{ stream: number; syn_ack_frame?: number; syn_to_synack_s?: string; initial_rtt?: string }> = tcp.handshakes;
    const ours = connections
      .filter((c) => c.synAckFrame !== 0 || c.initialRttNs !== 0)
      .map((c) => ({
        stream: c.stream,
        synAckFrame: c.synAckFrame || undefined,
        synToSynAck: Number.isNaN(c.synToSynAckNs) ? undefined : c.synToSynAckNs,
        initialRtt: c.initialRttNs || undefined,
      }));
    expect(ours).toEqual(
      handshakes.map((h) => ({
        stream: h.stream,
        synAckFrame: h.syn_ack_frame,
        synToSynAck: h.syn_to_synack_s === undefined ? undefined : nanoseconds(h.syn_to_synack_s),
        initialRtt: h.initial_rtt === undefined ? undefined : nanoseconds(h.initial_rtt),
      })),
    );
  });

  // For WRAPPED_NSTIME the stream's duration is tshark's wrapped 1.114748365 s; frames and bytes still match.
  it("has each stream's endpoints, frames and bytes per direction, start and duration", async () => {
    const { connections } = await analyse(name);
    const exact: Array<Record<string, string | number>> = expected.derived.tcp_streams_exact ?? [];
    expect(
      connections.map((c) => {
        const r = connectionResult(c);
        const times =
          name === WRAPPED_NSTIME ? {} : { start: c.originSeconds * 1e9 + c.originNanoseconds + c.firstTimeNs, duration: c.lastTimeNs - c.firstTimeNs };
        return { stream: r.stream, a: r.a, b: r.b, ab: [r.framesAtoB, r.bytesAtoB], ba: [r.framesBtoA, r.bytesBtoA], ...times };
      }),
    ).toEqual(
      exact.map((s) => {
        const times = name === WRAPPED_NSTIME ? {} : { start: nanoseconds(String(s.rel_start)), duration: nanoseconds(String(s.duration)) };
        return { stream: s.stream, a: s.a, b: s.b, ab: [s.frames_a_to_b, s.bytes_a_to_b], ba: [s.frames_b_to_a, s.bytes_b_to_a], ...times };
      }),
    );
  });
});

describe.skipIf(!corpusFiles().includes(WRAPPED_NSTIME))(WRAPPED_NSTIME, () => {
  const name = WRAPPED_NSTIME;
  const tcp = corpusFiles().includes(name) ? expectedFor(name).derived.tcp : null;

  it('matches tshark where its time arithmetic does not wrap (frames 1–2)', async () => {
    const [c] = (await analyse(name)).connections;
    expect(c.ackRttNs.length).toBe(tcp.ack_rtt.count);
    expect(c.synAckFrame).toBe(2);
    expect(c.synToSynAckNs).toBe(nanoseconds(tcp.handshakes[0].syn_to_synack_s));
    expect(nanoseconds(tcp.handshakes[0].syn_to_synack_s)).toBe(1_000_000_001);
    expect(tcp.handshakes[0].initial_rtt).toBe('1.1147483649');
    expect(c.initialRttNs).toBe(-2_147_483_647);
  });
});
