import { describe, expect, it } from 'vitest';
import { connectionResult } from '../../../../electron/capture/analyze/tcp';
import { handshake, run, type Step } from './scenario';

// Hand-built traces with expectations worked out from Wireshark's rules (User's Guide, "TCP
// Analysis"): each comment says why a frame carries its flags.

const flagsOf = (steps: Step[]) => run(steps).frames.map((f) => f.flags);

describe('TCP analysis of hand-built traces', () => {
  it('leaves a clean transfer unflagged and measures every RTT from the segment to the ACK that ends at it', () => {
    const { frames, analyzer } = run([
      ...handshake,
      { t: 10, from: 'c', flags: 'PA', seq: 1001, ack: 5001, len: 100 },
      { t: 11, from: 's', flags: 'A', seq: 5001, ack: 1101 },
      { t: 20, from: 's', flags: 'PA', seq: 5001, ack: 1101, len: 1000 },
      { t: 21, from: 's', flags: 'PA', seq: 6001, ack: 1101, len: 1000 },
      { t: 25, from: 'c', flags: 'A', seq: 1101, ack: 7001 },
      { t: 30, from: 'c', flags: 'FA', seq: 1101, ack: 7001 },
      { t: 31, from: 's', flags: 'FA', seq: 7001, ack: 1102 },
      { t: 32, from: 'c', flags: 'A', seq: 1102, ack: 7002 },
    ]);
    expect(frames.every((f) => f.flags.length === 0 && f.stream === 0)).toBe(true);
    // SYN→SYN/ACK, SYN/ACK→ACK, data→ACK, the later of two segments→the ACK ending at it (21→25 ms), FIN→ACK twice.
    expect(frames.map((f) => f.rttUs)).toEqual([null, 1000, 1000, null, 1000, null, null, 4000, null, 1000, 1000]);
    const [c] = analyzer.connections;
    const r = connectionResult(c);
    expect([r.initialRttMs, r.synToSynAckMs]).toEqual([2, 1]);
    expect([r.framesAtoB, r.framesBtoA, r.dataSegmentsAtoB, r.payloadBytesAtoB, r.dataSegmentsBtoA, r.payloadBytesBtoA]).toEqual([6, 5, 1, 100, 2, 2000]);
    expect([r.goodputBytesAtoB, r.goodputBytesBtoA, r.relativeStart, r.duration]).toEqual([100, 2000, 0, 0.032]);
    // RTTs 1, 1, 1, 4, 1, 1 ms: successive differences 0, 0, 3, 3, 0.
    expect(r.rttVariationMs).toBeCloseTo(1.2, 12);
    expect(r.ackRttMs).toMatchObject({ count: 6, min: 1, median: 1, max: 4, mean: 1.5 });
  });

  it('calls a resend after the timeout a retransmission, and times the ACK from the original send', () => {
    const { frames } = run([
      ...handshake,
      { t: 10, from: 'c', flags: 'PA', seq: 1001, ack: 5001, len: 100 },
      { t: 300, from: 'c', flags: 'PA', seq: 1001, ack: 5001, len: 100 },
      { t: 301, from: 's', flags: 'A', seq: 5001, ack: 1101 },
    ]);
    expect(frames.slice(3).map((f) => [f.flags, f.rttUs])).toEqual([
      [[], null],
      [['retransmission'], null],
      [[], 291_000],
    ]);
  });

  it('numbers duplicate ACKs and calls the resend they ask for a fast retransmission', () => {
    const { frames } = run([
      ...handshake,
      { t: 10, from: 's', flags: 'PA', seq: 5001, ack: 1001, len: 1000 },
      { t: 10.1, from: 's', flags: 'PA', seq: 6001, ack: 1001, len: 1000 },
      { t: 10.2, from: 's', flags: 'PA', seq: 7001, ack: 1001, len: 1000 },
      { t: 10.3, from: 's', flags: 'PA', seq: 8001, ack: 1001, len: 1000 },
      { t: 12, from: 'c', flags: 'A', seq: 1001, ack: 6001 },
      { t: 12.1, from: 'c', flags: 'A', seq: 1001, ack: 6001 },
      { t: 12.2, from: 'c', flags: 'A', seq: 1001, ack: 6001 },
      { t: 12.3, from: 'c', flags: 'A', seq: 1001, ack: 6001 },
      { t: 12.5, from: 's', flags: 'PA', seq: 6001, ack: 1001, len: 1000 },
      { t: 14, from: 'c', flags: 'A', seq: 1001, ack: 9001 },
    ]);
    expect(frames.slice(7).map((f) => [f.flags, f.dupAck, f.rttUs])).toEqual([
      [[], 0, 2000],
      [['duplicate_ack'], 1, null],
      [['duplicate_ack'], 2, null],
      [['duplicate_ack'], 3, null],
      // Two or more duplicate ACKs for 6001, and the resend of 6001 within 20 ms of the last.
      [['retransmission', 'fast_retransmission'], 0, null],
      // Only the segment that ended at 9001 (sent at 10.3 ms) gives an RTT.
      [[], 0, 3700],
    ]);
  });

  it('calls a resend of data already acknowledged spurious', () => {
    expect(
      flagsOf([
        ...handshake,
        { t: 10, from: 'c', flags: 'PA', seq: 1001, ack: 5001, len: 100 },
        { t: 11, from: 's', flags: 'A', seq: 5001, ack: 1101 },
        { t: 12, from: 'c', flags: 'PA', seq: 1001, ack: 5001, len: 100 },
      ])[5],
    ).toEqual(['retransmission', 'spurious_retransmission']);
  });

  it('sees a hole (previous segment not captured), its late filler (out of order) and an ACK beyond what was seen', () => {
    expect(
      flagsOf([
        ...handshake,
        { t: 10, from: 'c', flags: 'PA', seq: 1001, ack: 5001, len: 100 },
        // 1101–1201 is missing here.
        { t: 10.5, from: 'c', flags: 'PA', seq: 1201, ack: 5001, len: 100 },
        // Arrives 0.5 ms after the highest segment, less than the 2 ms handshake RTT.
        { t: 11, from: 'c', flags: 'PA', seq: 1101, ack: 5001, len: 100 },
        // Acknowledges 1401: the client's 1301–1401 was never seen.
        { t: 12, from: 's', flags: 'A', seq: 5001, ack: 1401 },
      ]).slice(3),
    ).toEqual([[], ['lost_segment'], ['out_of_order'], ['ack_lost_segment']]);
  });

  it('flags a full window, a zero window, a zero-window probe and its ACK', () => {
    expect(
      flagsOf([
        // Neither SYN offers window scaling, so windows are taken as sent.
        { t: 0, from: 'c', flags: 'S', seq: 1000, ack: 0 },
        { t: 1, from: 's', flags: 'SA', seq: 5000, ack: 1001, win: 300 },
        { t: 2, from: 'c', flags: 'A', seq: 1001, ack: 5001 },
        // 1001 + 300 reaches the edge of the server's 300-byte window.
        { t: 10, from: 'c', flags: 'PA', seq: 1001, ack: 5001, len: 300 },
        { t: 11, from: 's', flags: 'A', seq: 5001, ack: 1301, win: 0 },
        { t: 12, from: 'c', flags: 'A', seq: 1301, ack: 5001, len: 1 },
        { t: 12.5, from: 's', flags: 'A', seq: 5001, ack: 1301, win: 0 },
      ]).slice(3),
    ).toEqual([['window_full'], ['zero_window'], ['zero_window_probe'], ['zero_window', 'zero_window_probe_ack']]);
  });

  it("scales the peer's window once its first ACK is seen, not before", () => {
    const opening: Step[] = [
      { t: 0, from: 'c', flags: 'S', seq: 1000, ack: 0, ws: 2 },
      { t: 1, from: 's', flags: 'SA', seq: 5000, ack: 1001, ws: 2, win: 100 },
    ];
    // Before the server's first ACK its SYN/ACK window (100) is unscaled: 1001 + 100 is the edge.
    expect(flagsOf([...opening, { t: 2, from: 'c', flags: 'PA', seq: 1001, ack: 5001, len: 100 }])[2]).toEqual(['window_full']);
    // After it, 100 << 2 = 400 bytes: 1001 + 400 is the edge.
    expect(
      flagsOf([
        ...opening,
        { t: 2, from: 'c', flags: 'A', seq: 1001, ack: 5001 },
        { t: 3, from: 's', flags: 'A', seq: 5001, ack: 1001, win: 100 },
        { t: 4, from: 'c', flags: 'PA', seq: 1001, ack: 5001, len: 400 },
      ])[4],
    ).toEqual(['window_full']);
  });

  it('recognises a keep-alive (one byte before the next sequence number) and its ACK', () => {
    expect(
      flagsOf([
        ...handshake,
        { t: 10, from: 'c', flags: 'PA', seq: 1001, ack: 5001, len: 100 },
        { t: 11, from: 's', flags: 'A', seq: 5001, ack: 1101 },
        { t: 5000, from: 'c', flags: 'A', seq: 1100, ack: 5001 },
        { t: 5001, from: 's', flags: 'A', seq: 5001, ack: 1101 },
      ]).slice(5),
    ).toEqual([['keep_alive'], ['keep_alive_ack']]);
  });

  it('times a partly acknowledged segment from its send when the rest is acknowledged', () => {
    const { frames } = run([
      ...handshake,
      { t: 10, from: 's', flags: 'PA', seq: 5001, ack: 1001, len: 1000 },
      { t: 11, from: 'c', flags: 'A', seq: 1001, ack: 5501 },
      { t: 12, from: 'c', flags: 'A', seq: 1001, ack: 6001 },
    ]);
    expect(frames.slice(4).map((f) => f.rttUs)).toEqual([null, 2000]);
  });

  it('keeps a repeated SYN with the same ISN in its stream, and opens a new stream for a new ISN', () => {
    const closed: Step[] = [...handshake, { t: 3, from: 'c', flags: 'R', seq: 1001, ack: 0 }];
    const same = run([...closed, { t: 10, from: 'c', flags: 'S', seq: 1000, ack: 0 }]).frames[4];
    expect([same.stream, same.flags]).toEqual([0, ['retransmission']]);
    const { frames, analyzer } = run([...closed, { t: 10, from: 'c', flags: 'S', seq: 9000, ack: 0 }, { t: 11, from: 's', flags: 'SA', seq: 7000, ack: 9001 }]);
    expect(frames.slice(4).map((f) => [f.stream, f.flags, f.rttUs])).toEqual([
      [1, [], null],
      [1, [], 1000],
    ]);
    expect(analyzer.connections.map((c) => [c.flowA.frames, c.flowB.frames])).toEqual([
      [3, 1],
      [1, 1],
    ]);
  });

  it('forgets, on a repeated SYN, how far a RST moved the sequence, so the resumed data is in order', () => {
    expect(
      flagsOf([
        ...handshake,
        // A RST whose sequence number (1500) runs ahead of the data sent so far (1001).
        { t: 3, from: 'c', flags: 'R', seq: 1500, ack: 0 },
        { t: 10, from: 'c', flags: 'S', seq: 1000, ack: 0 },
        { t: 11, from: 'c', flags: 'PA', seq: 1001, ack: 5001, len: 10 },
      ]).slice(3),
    ).toEqual([[], ['retransmission'], []]);
  });

  it("takes a handshake ACK numbered 0 (server ISN 2^32 − 1) for a duplicate of the SYN's empty ack field, as tshark 4.0.17 does", () => {
    // The SYN's ack field (0) is remembered as the client's last ACK; the ACK of the SYN/ACK
    // repeats it with the same window and sequence number: "[TCP Dup ACK 0#1]".
    const { frames } = run([
      { t: 0, from: 'c', flags: 'S', seq: 1000, ack: 0 },
      { t: 1, from: 's', flags: 'SA', seq: 0xffffffff, ack: 1001 },
      { t: 2, from: 'c', flags: 'A', seq: 1001, ack: 0 },
    ]);
    expect([frames[2].flags, frames[2].dupAck, frames[2].rttUs]).toEqual([['duplicate_ack'], 1, 1000]);
  });

  it('numbers connections in order of their first frame, whichever side sends it', () => {
    const { frames } = run([
      { t: 0, from: 's', flags: 'A', seq: 5000, ack: 1000, port: 40001 },
      { t: 1, from: 'c', flags: 'S', seq: 1000, ack: 0, port: 40002 },
      { t: 2, from: 'c', flags: 'A', seq: 1000, ack: 5000, port: 40001 },
    ]);
    expect(frames.map((f) => f.stream)).toEqual([0, 1, 0]);
  });

  it('totals flags the way tcp.analysis.* filters count frames, retransmissions including fast and spurious', () => {
    const { measured: m } = run([
      ...handshake,
      { t: 10, from: 'c', flags: 'PA', seq: 1001, ack: 5001, len: 100 },
      { t: 300, from: 'c', flags: 'PA', seq: 1001, ack: 5001, len: 100 },
      { t: 301, from: 's', flags: 'A', seq: 5001, ack: 1101 },
      { t: 302, from: 'c', flags: 'PA', seq: 1001, ack: 5001, len: 100 },
    ]);
    expect([m.retransmissions, m.flags.spuriousRetransmission, m.dataSegments, m.retransmittedDataSegments, m.payloadBytes, m.goodputBytes]).toEqual([
      2, 1, 3, 2, 300, 100,
    ]);
    expect(m.initialRttMs).toMatchObject({ count: 1, min: 2, max: 2 });
    // RTTs 1, 1, 291 ms: differences 0 and 290.
    expect([m.rttVariationMs, m.ackRttMs.median]).toEqual([145, 1]);
  });

  it('totals only the displayed frames, their flags judged with every frame seen', () => {
    const steps: Step[] = [
      ...handshake,
      { t: 10, from: 's', flags: 'PA', seq: 5001, ack: 1001, len: 1000 },
      { t: 10.1, from: 's', flags: 'PA', seq: 6001, ack: 1001, len: 1000 },
      { t: 12, from: 'c', flags: 'A', seq: 1001, ack: 6001 },
      { t: 12.1, from: 'c', flags: 'A', seq: 1001, ack: 6001 },
      { t: 12.2, from: 'c', flags: 'A', seq: 1001, ack: 6001 },
      { t: 12.5, from: 's', flags: 'PA', seq: 6001, ack: 1001, len: 1000 },
      { t: 14, from: 'c', flags: 'A', seq: 1001, ack: 7001 },
    ];
    // Only the server's frames: the client's duplicate ACKs are not counted, but the resend
    // they caused is still a fast retransmission; the only RTT on a server frame is SYN → SYN/ACK.
    const { measured: m } = run(steps, undefined, (s) => s.from === 's');
    expect([m.frames, m.duplicateAcks, m.retransmissions, m.flags.fastRetransmission, m.dataSegments, m.retransmittedDataSegments]).toEqual([4, 0, 1, 1, 3, 1]);
    expect([m.payloadBytes, m.goodputBytes, m.ackRttMs.count, m.ackRttMs.max, m.connections, m.initialRttMs.max]).toEqual([3000, 2000, 1, 1, 1, 2]);
    // Every frame: two duplicate ACKs, RTTs 1, 1, 2 (10→12 ms) and 3.9 ms (10.1→14, the original 6001 segment).
    const all = run(steps).measured;
    expect([all.frames, all.duplicateAcks, all.ackRttMs.count, all.ackRttMs.max]).toEqual([10, 2, 4, 3.9]);
  });
});
