// ClientHello and ServerHello as Wireshark 4.0 shows two of their fields: the legacy version
// (tls.handshake.version) and each host name of a server_name extension
// (tls.handshake.extensions_server_name, the SNI: a ClientHello's; a ServerHello's is usually
// empty, but Wireshark reads one that is not). Fields are read as far as the bytes go.

const CLIENT_HELLO = 1;
const SERVER_HELLO = 2;
const SERVER_NAME = 0;
const HOST_NAME = 0;

/** What the filter reads from hellos; the dissector appends to it. */
export interface HelloFields {
  versions: number[];
  serverNames: string[];
}

const be16 = (d: Uint8Array, at: number) => (d[at] << 8) | d[at + 1];

/** One handshake message from its 4-byte header at `start`, its bytes up to `end`. */
export function readHello(d: Uint8Array, start: number, end: number, out: HelloFields): void {
  const type = d[start];
  if ((type !== CLIENT_HELLO && type !== SERVER_HELLO) || start + 6 > end) return;
  out.versions.push(be16(d, start + 4));
  // Random (32 bytes), then the session id.
  let at = start + 38;
  if (at >= end) return;
  at += 1 + d[at];
  if (type === CLIENT_HELLO) {
    if (at + 2 > end) return;
    at += 2 + be16(d, at);
    if (at >= end) return;
    at += 1 + d[at];
  } else at += 3;
  if (at + 2 > end) return;
  const extensionsEnd = Math.min(end, at + 2 + be16(d, at));
  at += 2;
  while (at + 4 <= extensionsEnd) {
    const extension = be16(d, at);
    const length = be16(d, at + 2);
    at += 4;
    if (extension === SERVER_NAME) serverNames(d, at, Math.min(extensionsEnd, at + length), out);
    at += length;
  }
}

function serverNames(d: Uint8Array, start: number, end: number, out: HelloFields): void {
  if (start + 2 > end) return;
  const listEnd = Math.min(end, start + 2 + be16(d, start));
  let at = start + 2;
  while (at + 3 <= listEnd) {
    const nameType = d[at];
    const length = be16(d, at + 1);
    at += 3;
    if (at + length > listEnd) return;
    if (nameType === HOST_NAME) out.serverNames.push(String.fromCharCode(...d.subarray(at, at + length)));
    at += length;
  }
}
