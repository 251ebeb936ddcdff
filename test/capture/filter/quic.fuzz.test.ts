import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePacket, PacketFacts } from '../../../electron/capture/decode';
import { ApplicationDissector, App } from '../../../electron/capture/filter/app';
import { concat, ethernet, ipv4, udp, type Bytes } from '../../support/frame-builder';
import { clientHelloBody, cryptoFrame, handshakeMessage, initialPacket, paddingFrame } from '../../support/quic-builder';

// Whatever arrives on UDP 443 — random bytes, or a real Initial damaged byte by byte, cut
// short or extended — the application dissector decides and never throws; damage only ever
// costs the TLS it would otherwise have found.

const DCID = Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8);
const SCID = Uint8Array.of(9, 9, 9, 9);
const VALID = initialPacket({
  keysFrom: DCID,
  dcid: DCID,
  scid: SCID,
  packetNumber: 0,
  payload: concat(cryptoFrame(0, handshakeMessage(1, clientHelloBody(200))), paddingFrame(40)),
});

/** Feeds datagrams (client port, payload) to one dissector; the protocols found in each. */
function dissect(datagrams: Array<[number, Bytes]>): number[] {
  const dissector = new ApplicationDissector(() => false);
  const facts = new PacketFacts();
  return datagrams.map(([port, payload]) => {
    const frame = ethernet({ type: 0x0800 }, ipv4({ src: '10.0.0.1', dst: '10.0.0.2', protocol: 17 }, udp({ srcPort: port, dstPort: 443 }, payload)));
    decodePacket(1, frame, frame.length, facts);
    dissector.dissect(facts, null, { s: 0, n: 0 }, -1);
    return dissector.facts.protocols;
  });
}

const damaged = fc
  .tuple(
    fc.array(fc.tuple(fc.nat(VALID.length - 1), fc.integer({ min: 1, max: 255 })), { maxLength: 4 }),
    fc.nat(VALID.length),
    fc.uint8Array({ maxLength: 64 }),
  )
  .map(([flips, cut, tail]) => {
    const bytes = Uint8Array.from(VALID);
    for (const [at, bits] of flips) bytes[at] ^= bits;
    return concat(bytes.subarray(0, cut), tail);
  });

describe('QUIC on UDP 443 never throws', () => {
  it('finds the ClientHello in the undamaged Initial', () => {
    expect(dissect([[50000, VALID]])[0] & (App.quic | App.tls)).toBe(App.quic | App.tls);
  });

  it('takes random bytes on one or several flows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 50000, max: 50003 }), fc.uint8Array({ maxLength: 1500 })), { minLength: 1, maxLength: 12 }),
        (datagrams) => {
          expect(dissect(datagrams)).toHaveLength(datagrams.length);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('takes a damaged Initial, alone or after the valid one', () => {
    fc.assert(
      fc.property(damaged, fc.boolean(), (bytes, afterValid) => {
        const found = dissect(
          afterValid
            ? [
                [50000, VALID],
                [50000, bytes],
              ]
            : [[50000, bytes]],
        );
        expect(found.every((p) => (p & ~(App.quic | App.tls)) === 0)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
