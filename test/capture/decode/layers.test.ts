import { expect, it } from 'vitest';
import { appendLayer, DECODED_LAYER_NAMES, Layer, layerIdOf, layerName, protocolNames } from '../../../electron/capture/decode';
import * as b from '../../support/frame-builder';
import { decode } from './decode-helper';

it('names layers as Wireshark display filters do', () => {
  expect([layerName(Layer.wlanRadio), layerName(Layer.ipv6FragHdr), layerName(Layer.ieee8021ad), layerName(99)]).toEqual([
    'wlan_radio',
    'ipv6.fraghdr',
    'ieee8021ad',
    '',
  ]);
  expect([layerIdOf('icmpv6'), layerIdOf('sll'), layerIdOf('quic')]).toEqual([Layer.icmpv6, Layer.sll, 0]);
});

it('leaves application protocols to the filter: decode never reports them, appendLayer adds them', () => {
  for (const name of ['dns', 'http', 'tls', 'rtp']) expect(DECODED_LAYER_NAMES).not.toContain(name);
  const f = decode(
    1,
    b.ethernet({ type: 0x0800 }, b.ipv4({ src: '1.1.1.1', dst: '2.2.2.2', protocol: 17 }, b.udp({ srcPort: 53, dstPort: 5353 }, b.filler(20)))),
  );
  appendLayer(f, Layer.dns);
  expect(protocolNames(f)).toEqual(['eth', 'ethertype', 'ip', 'udp', 'dns']);
  expect(f.hasLayer(Layer.dns)).toBe(true);
});

it('a stack of more VLAN tags than layers fit keeps the first 24 names and still reaches IP', () => {
  let frame = b.ipv4({ src: '1.1.1.1', dst: '2.2.2.2', protocol: 17 }, b.udp({ srcPort: 1, dstPort: 2 }));
  frame = b.vlanTag({ id: 30, type: 0x0800 }, frame);
  for (let id = 29; id >= 1; id--) frame = b.vlanTag({ id, type: 0x8100 }, frame);
  const f = decode(1, b.ethernet({ type: 0x8100 }, frame));
  expect([f.layerCount, f.vlanCount, f.vlanOuterId, f.vlanInnerId, f.ipOffset, f.dstPort]).toEqual([24, 30, 1, 30, 14 + 30 * 4, 2]);
});
