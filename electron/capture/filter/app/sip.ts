// SIP as Wireshark 4.0 recognises it, on its port (5060) and by its heuristic on any UDP port:
// a request line ("INVITE sip:… SIP/2.0") or a status line ("SIP/2.0 200 OK").

export const SIP_PORT = 5060;

const LATIN1 = new TextDecoder('latin1');

export interface SipFacts {
  method: string | null;
  statusCode: number | null;
}

/** The SIP message starting at `start`, or null when the first line is not a SIP request or status line. */
export function readSip(d: Uint8Array, start: number, end: number): SipFacts | null {
  const head = LATIN1.decode(d.subarray(start, Math.min(end, start + 256)));
  const lineEnd = head.search(/\r|\n/);
  if (lineEnd < 0 && end - start > 256) return null;
  const line = lineEnd < 0 ? head : head.slice(0, lineEnd);
  const status = /^SIP\/2\.0 (\d{3})/.exec(line);
  if (status) return { method: null, statusCode: Number(status[1]) };
  const request = /^([A-Za-z]+) \S+ SIP\/2\.0$/.exec(line);
  return request ? { method: request[1], statusCode: null } : null;
}
