/** How a media line says its packets travel. */
export type MediaTransport = 'rtp' | 'udptl';

export interface RtpMapEntry {
  /** Encoding name as written ("H264", "telephone-event"). */
  name: string;
  /** Clock rate in Hz (0 when the line gives none). */
  rate: number;
}

export interface SdpMedia {
  /** Connection address: media-level c= if present, else the session's. */
  address: string;
  family: 4 | 6;
  port: number;
  transport: MediaTransport;
  /** a=rtpmap lines of this media section, by payload type. */
  rtpmap: Map<number, RtpMapEntry>;
}

interface Pending {
  session: { address: string; family: 4 | 6 } | null;
  own: { address: string; family: 4 | 6 } | null;
  port: number;
  transport: MediaTransport | null;
  rtpmap: Map<number, RtpMapEntry>;
}

function connection(value: string): { address: string; family: 4 | 6 } | null {
  // c=IN IP4 10.0.0.1[/ttl]; Megaco leaves "$" (choose) where the address is not known yet.
  const m = /^IN\s+IP([46])\s+([^\s/]+)/i.exec(value);
  if (!m || m[2] === '$') return null;
  return { address: m[2], family: m[1] === '4' ? 4 : 6 };
}

function transportOf(proto: string): MediaTransport | null {
  const upper = proto.toUpperCase();
  if (upper.startsWith('RTP/') || upper.startsWith('UDP/TLS/RTP/')) return 'rtp';
  if (upper === 'UDPTL' || upper === 'UDP/UDPTL') return 'udptl';
  return null;
}

/**
 * The media sections of every SDP body in a signalling message's text (SIP carries one; a
 * Megaco/H.248 text message may carry several, inside Local/Remote descriptors). Each m= line
 * with a usable port, a known transport and a connection address becomes one entry, in order.
 */
export function parseSdpMedia(text: string): SdpMedia[] {
  const out: SdpMedia[] = [];
  let session: Pending['session'] = null;
  let current: Pending | null = null;
  const flush = () => {
    const where = current?.own ?? current?.session;
    if (current && where && current.transport && current.port > 0 && current.port < 65536) {
      out.push({ address: where.address, family: where.family, port: current.port, transport: current.transport, rtpmap: current.rtpmap });
    }
    current = null;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.length < 2 || line[1] !== '=') continue;
    const value = line.slice(2).trim();
    switch (line[0]) {
      case 'v':
        flush();
        session = null;
        break;
      case 'c':
        if (current) current.own = connection(value);
        else session = connection(value);
        break;
      case 'm': {
        flush();
        const [, port, proto] = value.split(/\s+/);
        current = { session, own: null, port: /^\d+$/.test(port ?? '') ? Number(port) : 0, transport: transportOf(proto ?? ''), rtpmap: new Map() };
        break;
      }
      case 'a': {
        const m = /^rtpmap:(\d+)\s+([^/\s]+)(?:\/(\d+))?/i.exec(value);
        if (m && current) current.rtpmap.set(Number(m[1]), { name: m[2], rate: m[3] ? Number(m[3]) : 0 });
        break;
      }
    }
  }
  flush();
  return out;
}
