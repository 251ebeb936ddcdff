import { concat, ethernet, ipv4, tcp, udp } from '../../../support/frame-builder';

/** A Skinny (SCCP) message: length, header version, message id, all little-endian, then its data. */
export function skinnyMessage(id: number, data: Uint8Array, headerVersion = 0): Uint8Array {
  const head = new Uint8Array(12);
  const view = new DataView(head.buffer);
  view.setUint32(0, data.length + 4, true);
  view.setUint32(4, headerVersion, true);
  view.setUint32(8, id, true);
  return concat(head, data);
}

const le32 = (...values: number[]) => {
  const out = new Uint8Array(values.length * 4);
  values.forEach((v, i) => new DataView(out.buffer).setUint32(i * 4, v, true));
  return out;
};
const ip = (text: string) => Uint8Array.from(text.split('.').map(Number));

/** OpenReceiveChannelAck: status, the phone's receiving address and port, pass-through party. */
export const openReceiveChannelAck = (address: string, port: number) => skinnyMessage(0x22, concat(le32(0), ip(address), le32(port, 1234, 5678)));
/** StartMediaTransmission: conference, pass-through party, where to send, packet size, codec, ... */
export const startMediaTransmission = (address: string, port: number) =>
  skinnyMessage(0x8a, concat(le32(99, 1234), ip(address), le32(port, 20, 4, 0, 0, 0, 0, 5678)));

const rtpPacket = (ssrc: number, seq: number, timestamp: number) => {
  const out = new Uint8Array(12 + 160);
  const view = new DataView(out.buffer);
  out[0] = 0x80;
  out[1] = 8; // PCMA
  view.setUint16(2, seq);
  view.setUint32(4, timestamp);
  view.setUint32(8, ssrc);
  return out;
};

/** [ms, frame]: a Skinny call set-up over TCP port 2000, then 20 ms of G.711 each way for 10 packets. */
export function skinnyCall(): Array<[number, Uint8Array]> {
  const phone = '10.0.0.10';
  const manager = '10.0.0.1';
  const peer = '10.0.0.20';
  const sccp = (from: 'phone' | 'manager', seq: number, ack: number, message: Uint8Array) => {
    const [src, dst, sport, dport] = from === 'phone' ? [phone, manager, 50000, 2000] : [manager, phone, 2000, 50000];
    return ethernet({ type: 0x0800 }, ipv4({ src, dst, protocol: 6 }, tcp({ srcPort: sport, dstPort: dport, seq, ack, flags: 0x18 }, message)));
  };
  const ack = openReceiveChannelAck(phone, 20000);
  const start = startMediaTransmission(peer, 30000);
  const frames: Array<[number, Uint8Array]> = [
    [0, sccp('phone', 1, 1, ack)],
    [5, sccp('manager', 1, 1 + ack.length, start)],
  ];
  for (let i = 0; i < 10; i++) {
    const inbound = udp({ srcPort: 30000, dstPort: 20000 }, rtpPacket(0x1111, 100 + i, 8000 + 160 * i));
    const outbound = udp({ srcPort: 20000, dstPort: 30000 }, rtpPacket(0x2222, 500 + i, 16000 + 160 * i));
    frames.push([100 + 20 * i, ethernet({ type: 0x0800 }, ipv4({ src: peer, dst: phone, protocol: 17 }, inbound))]);
    frames.push([101 + 20 * i, ethernet({ type: 0x0800 }, ipv4({ src: phone, dst: peer, protocol: 17 }, outbound))]);
  }
  return frames;
}
