import type { PduReader, PduResult } from './reassembly';
import { nstimeDelta, type NsTime } from '../../nstime';

// HTTP/1.x messages as Wireshark 4.0's HTTP dissector delimits them over TCP (request or status
// line, headers up to an empty line, then a body of Content-Length bytes, chunks, or — for a
// response with neither — everything up to the FIN).

/** TCP ports Wireshark 4.0 hands to HTTP by default. */
export const HTTP_TCP_PORTS: ReadonlySet<number> = new Set([80, 3128, 3132, 5985, 8080, 8088, 11371, 1900, 2869, 2710]);

const METHODS = new Set([
  'GET',
  'PUT',
  'ACL',
  'HEAD',
  'POST',
  'COPY',
  'LOCK',
  'MOVE',
  'POLL',
  'MKCOL',
  'TRACE',
  'LABEL',
  'MERGE',
  'PATCH',
  'DELETE',
  'SEARCH',
  'UNLOCK',
  'REPORT',
  'UPDATE',
  'NOTIFY',
  'BCOPY',
  'BMOVE',
  'CHECKIN',
  'CONNECT',
  'OPTIONS',
  'BDELETE',
  'PROPFIND',
  'CHECKOUT',
  'M-SEARCH',
  'PROPPATCH',
  'SUBSCRIBE',
  'BPROPFIND',
  'UNSUBSCRIBE',
  'BPROPPATCH',
  'UNCHECKOUT',
  'MKACTIVITY',
  'MKWORKSPACE',
  'MKCALENDAR',
  'ORDERPATCH',
  'RPC_IN_DATA',
  'RPC_OUT_DATA',
  'VERSION-CONTROL',
  'BASELINE-CONTROL',
  'SSTP_DUPLEX_POST',
]);

/** What the filter can ask of one message (http.request.method, http.response.code, http.host, …). */
export interface HttpMessage {
  request: boolean;
  method: string | null;
  uri: string | null;
  version: string;
  code: number | null;
  phrase: string | null;
  host: string | null;
  userAgent: string | null;
  contentType: string | null;
  server: string | null;
  /** Every occurrence of a header Wireshark 4.0 gives a field, by lower-case name (referer, cookie, …). */
  headers: ReadonlyMap<string, readonly string[]>;
  /** http.content_length: the Content-Length headers that read as a number. */
  contentLength: number[];
  /** A request's http.request.full_uri; a response's http.response_for.uri. */
  fullUri: string | null;
  /** A response's http.time: since the request it answers. */
  time: NsTime | null;
}

const LATIN1 = new TextDecoder('latin1');

/** End of the line at `from` (CR, LF or CRLF, as tvb_find_line_end): [line end, next line start], or null. */
function lineEnd(d: Uint8Array, from: number, to: number): [number, number] | null {
  for (let i = from; i < to; i++) {
    if (d[i] === 0x0a) return [i, i + 1];
    if (d[i] === 0x0d) {
      if (i + 1 >= to) return null;
      return [i, d[i + 1] === 0x0a ? i + 2 : i + 1];
    }
  }
  return null;
}

type FirstLine = { request: true; method: string; uri: string; version: string } | { request: false; version: string; code: number; phrase: string };

function firstLine(text: string): FirstLine | null {
  if (text.startsWith('HTTP/')) {
    const match = /^(HTTP\/\S*)(?: (\d{3})(?: (.*))?)?/.exec(text);
    if (!match) return null;
    return { request: false, version: match[1], code: match[2] ? Number(match[2]) : 0, phrase: match[3] ?? '' };
  }
  const space = text.indexOf(' ');
  if (space < 0 || !METHODS.has(text.slice(0, space))) return null;
  const parts = text.slice(space + 1).split(' ');
  return { request: true, method: text.slice(0, space), uri: parts[0] ?? '', version: parts.length > 1 ? parts[parts.length - 1] : '' };
}

/** The first line of a possible message: the start of at most 64 bytes, enough to tell. */
function startsMessage(d: Uint8Array, offset: number): boolean {
  const head = LATIN1.decode(d.subarray(offset, Math.min(d.length, offset + 64)));
  if (head.startsWith('HTTP/')) return true;
  const space = head.indexOf(' ');
  return space > 0 && METHODS.has(head.slice(0, space));
}

interface Head {
  first: FirstLine;
  /** Each header's first occurrence, for delimiting the message. */
  headers: Map<string, string>;
  /** Every occurrence, as its fields show them. */
  all: Map<string, string[]>;
  /** Offset just past the empty line. */
  bodyStart: number;
}

function readHead(d: Uint8Array, offset: number): Head | null {
  const line = lineEnd(d, offset, d.length);
  if (!line) return null;
  const first = firstLine(LATIN1.decode(d.subarray(offset, line[0])));
  if (!first) return null;
  const headers = new Map<string, string>();
  const all = new Map<string, string[]>();
  let at = line[1];
  for (;;) {
    const next = lineEnd(d, at, d.length);
    if (!next) return null;
    if (next[0] === at) return { first, headers, all, bodyStart: next[1] };
    const text = LATIN1.decode(d.subarray(at, next[0]));
    const colon = text.indexOf(':');
    if (colon > 0) {
      const name = text.slice(0, colon).trim().toLowerCase();
      const value = text.slice(colon + 1).trim();
      if (!headers.has(name)) headers.set(name, value);
      const values = all.get(name);
      if (values) values.push(value);
      else all.set(name, [value]);
    }
    at = next[1];
  }
}

/** Where a chunked body ends (past the zero chunk's line), or null when more is needed. */
function chunkedEnd(d: Uint8Array, from: number): number | null {
  let at = from;
  for (;;) {
    const line = lineEnd(d, at, d.length);
    if (!line) return null;
    const size = parseInt(LATIN1.decode(d.subarray(at, line[0])).split(';')[0], 16);
    // A size Wireshark cannot read ends its chunk walk: the message is taken as it is.
    if (Number.isNaN(size) || size > 2 ** 31) return d.length;
    if (size === 0) {
      const trailer = lineEnd(d, line[1], d.length);
      return trailer ? trailer[1] : null;
    }
    if (d.length - line[1] <= size) return null;
    at = line[1] + size + 2;
  }
}

/**
 * What both directions of one connection share: whether HTTP has been seen on it, the latest
 * request's method, and the latest request itself, which every response answers as Wireshark
 * 4.0 pairs them (pipelined requests: each response is taken for the last one's).
 */
export interface HttpConversation {
  sawMessage: boolean;
  lastMethod: string | null;
  /** The latest request's full URI, and its frame's time until a response takes it. */
  latest: { fullUri: string | null; time: NsTime | null } | null;
}

/** Reads HTTP messages for the reassembly, and keeps those completed in the current frame. */
export class HttpReader implements PduReader {
  /** Messages completed in the frame being dissected. */
  readonly messages: HttpMessage[] = [];

  /** `now`: the time of the frame being dissected. */
  constructor(
    private readonly conversation: HttpConversation,
    private readonly now: () => NsTime,
  ) {}

  read(d: Uint8Array, offset: number, snapped: boolean): PduResult {
    // Binary data is taken for HTTP only on a connection that already carried an HTTP message
    // (a compressed body, say); before that Wireshark leaves it as TCP data.
    const printable = d[offset] >= 0x20 && d[offset] <= 0x7e;
    if (!printable && !this.conversation.sawMessage) return { kind: 'none' };
    // Without a whole first line Wireshark asks for one more segment, HTTP or not (a body
    // segment without a line end is only collected).
    const line = lineEnd(d, offset, d.length);
    if (!line) return snapped ? { kind: 'rest' } : { kind: 'more', needed: 'segment' };
    // Text that starts no message is continuation data on a connection that carried one
    // (Wireshark's have_seen_http). Before that, HTTP shows only when the first line could be
    // a header (it holds a colon) or the empty line that ends the headers.
    if (!startsMessage(d, offset)) {
      const headerLike = line[0] === offset || d.subarray(offset, line[0]).includes(0x3a);
      return this.conversation.sawMessage || headerLike ? { kind: 'rest' } : { kind: 'none' };
    }
    const head = readHead(d, offset);
    if (!head) return snapped ? { kind: 'complete', length: d.length - offset } : { kind: 'more', needed: 'segment' };
    const { first, headers, bodyStart } = head;
    if (!first.request && withoutBody(first.code, this.conversation.lastMethod)) return { kind: 'complete', length: bodyStart - offset };
    const have = d.length - bodyStart;
    if (/^\s*chunked/i.test(headers.get('transfer-encoding') ?? '')) {
      const end = chunkedEnd(d, bodyStart);
      if (end !== null) return { kind: 'complete', length: end - offset };
      return snapped ? { kind: 'complete', length: d.length - offset } : { kind: 'more', needed: 'segment' };
    }
    const lengthText = headers.get('content-length');
    const length = lengthText !== undefined && /^\d+$/.test(lengthText) ? Number(lengthText) : null;
    if (length !== null && length < 2 ** 31) {
      if (have >= length) return { kind: 'complete', length: bodyStart - offset + length };
      return snapped ? { kind: 'complete', length: d.length - offset } : { kind: 'more', needed: length - have };
    }
    // No length: a request has no body; a response runs to the end of the connection.
    if (first.request || snapped) return { kind: 'complete', length: first.request ? bodyStart - offset : d.length - offset };
    return { kind: 'more', needed: 'fin' };
  }

  message(d: Uint8Array, offset: number): void {
    this.conversation.sawMessage = true;
    const head = readHead(d, offset);
    const line = lineEnd(d, offset, d.length)?.[0] ?? d.length;
    const first = head?.first ?? firstLine(LATIN1.decode(d.subarray(offset, line)));
    if (!first) return;
    const conversation = this.conversation;
    const message = toMessage(first, head?.headers ?? new Map(), head?.all ?? new Map());
    const now = this.now();
    if (first.request) {
      conversation.lastMethod = first.method;
      message.fullUri = fullUri(first.method, first.uri, message.host);
      conversation.latest = { fullUri: message.fullUri, time: { s: now.s, n: now.n } };
    } else if (conversation.latest) {
      const request = conversation.latest;
      message.fullUri = request.fullUri;
      // Only the first response to a request (an interim 100 Continue, say) gets its time.
      message.time = request.time && nstimeDelta(now, request.time);
      request.time = null;
    }
    this.messages.push(message);
  }
}

/** http.request.full_uri: an absolute URI (a proxy's request) or CONNECT's target as it is, else http:// and the Host. */
function fullUri(method: string, uri: string, host: string | null): string | null {
  if (host === null) return null;
  if (/^https?:\/\//i.test(uri) || method === 'CONNECT') return uri;
  return `http://${host}${uri}`;
}

/** Content-Length as Wireshark reads it (strtoll): optional space and plus sign, digits, then the end or a space. */
function contentLength(values: readonly string[] | undefined): number[] {
  const out: number[] = [];
  for (const value of values ?? []) {
    const match = /^\s*\+?(\d+)(?:\s|$)/.exec(value);
    if (match) out.push(Number(match[1]));
  }
  return out;
}

/**
 * Responses that never carry a body (RFC 7230 §3.3.3): 1xx, 204 and 304, the answer to a HEAD
 * request and a 2xx answer to CONNECT; Wireshark takes the method of the connection's latest request.
 */
function withoutBody(code: number, method: string | null): boolean {
  return code < 200 || code === 204 || code === 304 || method === 'HEAD' || (method === 'CONNECT' && code >= 200 && code < 300);
}

function toMessage(first: FirstLine, headers: Map<string, string>, all: Map<string, string[]>): HttpMessage {
  return {
    request: first.request,
    method: first.request ? first.method : null,
    uri: first.request ? first.uri : null,
    version: first.version,
    code: first.request ? null : first.code,
    phrase: first.request ? null : first.phrase,
    host: headers.get('host') ?? null,
    userAgent: headers.get('user-agent') ?? null,
    contentType: headers.get('content-type') ?? null,
    server: headers.get('server') ?? null,
    headers: all,
    contentLength: contentLength(all.get('content-length')),
    fullUri: null,
    time: null,
  };
}
