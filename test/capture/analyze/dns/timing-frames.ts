import { ethernet, ipv4, udp } from '../../../support/frame-builder';

/** A DNS message over UDP: a header announcing one question, then `body` (the question by default). */
export function dnsFrame(o: { client: string; port: number; id: number; response: boolean; body?: Uint8Array }): Uint8Array {
  // One question for example.com, type A, class IN.
  const question = Uint8Array.of(7, ...new TextEncoder().encode('example'), 3, 0x63, 0x6f, 0x6d, 0, 0, 1, 0, 1);
  const body = o.body ?? question;
  const message = new Uint8Array(12 + body.length);
  message.set([o.id >> 8, o.id & 0xff, o.response ? 0x81 : 0x01, o.response ? 0x80 : 0, 0, 1]);
  message.set(body, 12);
  const [src, dst, sport, dport] = o.response ? ['10.0.0.53', o.client, 53, o.port] : [o.client, '10.0.0.53', o.port, 53];
  return ethernet({ type: 0x0800 }, ipv4({ src, dst, protocol: 17 }, udp({ srcPort: sport, dstPort: dport }, message)));
}

const c = '10.0.0.1';
/** [ms, frame]: a resolver's slow, repeated and broken answers. */
export function dnsTimingFrames(): Array<[number, Uint8Array]> {
  return [
    [0, dnsFrame({ client: c, port: 1000, id: 1, response: false })],
    [20, dnsFrame({ client: c, port: 1000, id: 1, response: true })],
    [1000, dnsFrame({ client: c, port: 1000, id: 2, response: false })],
    [7000, dnsFrame({ client: c, port: 1000, id: 2, response: true })], // 6 s later
    [10000, dnsFrame({ client: c, port: 1000, id: 3, response: false })],
    [11000, dnsFrame({ client: c, port: 1000, id: 3, response: false })], // the query again
    [11050, dnsFrame({ client: c, port: 1000, id: 3, response: true })],
    [20000, dnsFrame({ client: c, port: 1000, id: 4, response: false })],
    [20030, dnsFrame({ client: c, port: 1000, id: 4, response: true, body: Uint8Array.of(7, 0x65) })], // cut inside its question
    [30000, dnsFrame({ client: c, port: 1000, id: 5, response: false })],
    [30040, dnsFrame({ client: c, port: 1000, id: 5, response: true })],
    [30041, dnsFrame({ client: c, port: 1000, id: 5, response: true })], // the answer again
    [40000, dnsFrame({ client: c, port: 1000, id: 6, response: true })], // no query seen
    [50000, dnsFrame({ client: c, port: 1000, id: 7, response: false })],
    [54999, dnsFrame({ client: c, port: 1000, id: 7, response: true })], // just under 5 s
    [60000, dnsFrame({ client: c, port: 1000, id: 8, response: false })],
    [67000, dnsFrame({ client: c, port: 1000, id: 8, response: false })], // asked again 7 s later
    [67030, dnsFrame({ client: c, port: 1000, id: 8, response: true })],
    [70000, dnsFrame({ client: c, port: 1000, id: 9, response: false })],
    [70010, dnsFrame({ client: c, port: 1000, id: 9, response: true, body: Uint8Array.of(7, 0x65) })], // broken
    [70020, dnsFrame({ client: c, port: 1000, id: 9, response: true })], // then a good one
  ];
}
