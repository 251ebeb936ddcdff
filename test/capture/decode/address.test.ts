import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ipv4Text, ipv6Key, ipv6Text, macText, sameAddress } from '../../../electron/capture/decode';
import { hex, ipv6Address } from '../../support/frame-builder';

describe('address text', () => {
  it('IPv4 dotted quad and MAC', () => {
    expect(ipv4Text(Uint8Array.of(0, 192, 168, 0, 255), 1)).toBe('192.168.0.255');
    expect(macText(hex('00 1b 21 0a ff e0'), 0)).toBe('00:1b:21:0a:ff:e0');
  });

  // RFC 5952 section 4 and glibc inet_ntop behaviour, as Wireshark prints addresses.
  it.each([
    ['20010db8000000000000000000000001', '2001:db8::1'],
    ['20010db8000000000001000000000001', '2001:db8::1:0:0:1'],
    ['20010db8000000010001000100010001', '2001:db8:0:1:1:1:1:1'],
    ['20010db8000000000001000000000000', '2001:db8:0:0:1::'],
    ['20010db8000000000001000000010000', '2001:db8::1:0:1:0'],
    ['00000000000000000000000000000001', '::1'],
    ['00000000000000000000000000000000', '::'],
    ['fe800000000000008c3606fffe44acaf', 'fe80::8c36:6ff:fe44:acaf'],
    ['00000000000000000000ffffc0000201', '::ffff:192.0.2.1'],
    ['000000000000000000000000c0000201', '::192.0.2.1'],
    ['20010db8aaaa0000000000000000bbbb', '2001:db8:aaaa::bbbb'],
  ])('%s → %s', (bytes, text) => {
    expect(ipv6Text(hex(bytes), 0)).toBe(text);
  });
});

describe('address keys', () => {
  it('IPv6 keys are integers in [2^52, 2^53) and equal for equal addresses', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 16, maxLength: 16 }), (bytes) => {
        const key = ipv6Key(bytes, 0);
        expect(Number.isSafeInteger(key)).toBe(true);
        expect(key).toBeGreaterThanOrEqual(2 ** 52);
        expect(key).toBeLessThan(2 ** 53);
        const copy = new Uint8Array(20);
        copy.set(bytes, 4);
        expect(ipv6Key(copy, 4)).toBe(key);
        expect(sameAddress(bytes, 0, copy, 4, 16)).toBe(true);
      }),
    );
  });

  it('addresses differing in one bit get different keys', () => {
    const a = ipv6Address('2001:db8::1');
    const b = ipv6Address('2001:db8::3');
    expect(ipv6Key(a, 0)).not.toBe(ipv6Key(b, 0));
    expect(sameAddress(a, 0, b, 0, 16)).toBe(false);
  });
});
