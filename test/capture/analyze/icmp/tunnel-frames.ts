import { ethernet, filler, icmp, ipv4, ipv6 } from '../../../support/frame-builder';

const v4 = (src: string, dst: string, type: number, seq: number, data: number) =>
  ethernet({ type: 0x0800 }, ipv4({ src, dst, protocol: 1 }, icmp({ type, id: 7, seq }, filler(32, data))));
const v6 = (src: string, dst: string, type: number, seq: number, data: number) =>
  ethernet({ type: 0x86dd }, ipv6({ src, dst, nextHeader: 58 }, icmp({ type, id: 9, seq }, filler(32, data))));

/** [ms, frame]: echoes a tunnel and a plain ping would send, in one file. */
export function echoFrames(): Array<[number, Uint8Array]> {
  const a = '10.0.0.1';
  const b = '10.0.0.2';
  return [
    [0, v4(a, b, 8, 1, 0x61)],
    [3, v4(b, a, 0, 1, 0x61)], // the reply, same data
    [4, v4(b, a, 0, 1, 0x61)], // the same reply again
    [1000, v4(a, b, 8, 2, 0x61)],
    [1010, v4(b, a, 0, 2, 0x62)], // a tunnel's answer: same id and sequence, other data
    [2000, v4(a, b, 8, 3, 0x61)],
    [2020, v4(a, b, 0, 3, 0x61)], // a "reply" sent the request's way
    [3000, v4(a, b, 8, 4, 0x61)],
    [3500, v4(a, b, 8, 4, 0x61)], // the request again
    [3507, v4(b, a, 0, 4, 0x61)],
    [4000, v6('2001:db8::1', '2001:db8::2', 128, 1, 0x61)],
    [4002, v6('2001:db8::2', '2001:db8::1', 129, 1, 0x61)],
    [5000, v6('2001:db8::1', '2001:db8::2', 128, 2, 0x61)],
    [5009, v6('2001:db8::2', '2001:db8::1', 129, 2, 0x63)],
  ];
}
