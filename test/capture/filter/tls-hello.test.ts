import { describe, expect, it } from 'vitest';
import { readHello, type HelloFields } from '../../../electron/capture/filter/app/tls-hello';
import { concat } from '../../support/frame-builder';

// A ClientHello naming two hosts in its server_name extension: tshark 4.0.17 shows
// tls.handshake.version 0x0303 and both names as tls.handshake.extensions_server_name.

const u16 = (n: number) => Uint8Array.of(n >> 8, n & 0xff);
const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function serverName(hosts: string[]): Uint8Array {
  const list = concat(...hosts.map((h) => concat(Uint8Array.of(0), u16(h.length), ascii(h))));
  const body = concat(u16(list.length), list);
  return concat(u16(0), u16(body.length), body);
}

function hello(type: 1 | 2, extensions: Uint8Array): Uint8Array {
  const offer = type === 1 ? concat(u16(2), u16(0x1301), Uint8Array.of(1, 0)) : concat(u16(0x1301), Uint8Array.of(0));
  const body = concat(u16(0x0303), new Uint8Array(32).fill(7), Uint8Array.of(0), offer, u16(extensions.length), extensions);
  return concat(Uint8Array.of(type, 0, body.length >> 8, body.length & 0xff), body);
}

const read = (message: Uint8Array): HelloFields => {
  const out: HelloFields = { versions: [], serverNames: [] };
  readHello(message, 0, message.length, out);
  return out;
};

describe('ClientHello and ServerHello fields', () => {
  const extensions = concat(u16(0x000b), u16(2), Uint8Array.of(1, 0), serverName(['lab.example', 'second.example']));

  it('reads the version and every host name of a ClientHello', () => {
    expect(read(hello(1, extensions))).toEqual({ versions: [0x0303], serverNames: ['lab.example', 'second.example'] });
  });

  it('reads the names of a ServerHello whose server_name extension is not empty, as tshark does', () => {
    expect(read(hello(2, extensions))).toEqual({ versions: [0x0303], serverNames: ['lab.example', 'second.example'] });
  });
});
