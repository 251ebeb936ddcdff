import { z } from 'zod';
import type { FilterNode } from './filter/ast';
import { parseFilter } from './filter/parser';
import { FilterSyntaxError } from './filter/errors';
import { parseIpv4, parseIpv6 } from './filter/values';
import { RTP_STREAM_SELECTIONS } from './analyze/rtp';

/** Longer than any filter a person types; the app's field and the CLI refuse beyond it. */
export const FILTER_MAX_LENGTH = 4000;

/** What to compute for one capture: the fast properties-only pass, or the QoS analysis of what a filter and a server select. */
export const AnalysisRequestSchema = z.object({
  propertiesOnly: z.boolean(),
  /** A display filter in Wireshark's syntax (the subset ProxLab reads); empty: every packet. */
  filter: z.string().max(FILTER_MAX_LENGTH).default(''),
  /** The VM that hosts the service: "10.0.0.5", "10.0.0.5:80", "fe80::1" or "[fe80::1]:443". */
  server: z.string().max(100).nullable().default(null),
  /** Threshold set id (built in or the user's). */
  thresholds: z.string().default('tiphon-skripsi'),
  linkCapacityBitsPerSecond: z.number().positive().nullable().default(null),
  /** The column `qos.grade` grades: the recipe students are taught, or what the network did. */
  column: z.enum(['recipe', 'measured']).default('recipe'),
  /** RTP streams: announced by SDP only, or also found by header pattern — always, or when nothing is announced. */
  rtpStreams: z.enum(RTP_STREAM_SELECTIONS).default('auto'),
});
export type AnalysisRequest = z.infer<typeof AnalysisRequestSchema>;
export type AnalysisRequestInput = z.input<typeof AnalysisRequestSchema>;

/** The server as a filter: its address as source or destination, and its port if one is given. */
export function serverFilter(server: string): FilterNode {
  const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(server);
  const plain = /^([^:]+)(?::(\d+))?$/.exec(server);
  const [address, portText] = bracketed ? [bracketed[1], bracketed[2]] : plain ? [plain[1], plain[2]] : [server, undefined];
  const v4 = parseIpv4(address);
  const v6 = v4 === null ? parseIpv6(address) : null;
  if (v4 === null && v6 === null) {
    throw new FilterSyntaxError(0, 'filter.error.server', { server }, `"${server}" is not an IP address, optionally with a port`);
  }
  const port = portText === undefined ? null : Number(portText);
  if (port !== null && (port < 1 || port > 65535)) {
    throw new FilterSyntaxError(0, 'filter.error.server', { server }, `"${server}" has no valid port`);
  }
  const host: FilterNode =
    v4 !== null
      ? { type: 'compare', field: 'ip.addr', slice: null, operator: '==', value: { kind: 'ipv4', address: v4, prefix: 32 } }
      : { type: 'compare', field: 'ipv6.addr', slice: null, operator: '==', value: { kind: 'ipv6', address: v6!, prefix: 128 } };
  if (port === null) return host;
  const value = { kind: 'number' as const, value: port };
  return {
    type: 'and',
    left: host,
    right: { type: 'or', left: { type: 'compare', field: 'tcp.port', slice: null, operator: '==', value }, right: { type: 'compare', field: 'udp.port', slice: null, operator: '==', value } },
  };
}

/** The display filter and the server together; throws FilterSyntaxError on either. */
export function displayFilterOf(request: Pick<AnalysisRequest, 'filter' | 'server'>): FilterNode | null {
  const filter = parseFilter(request.filter);
  const server = request.server ? serverFilter(request.server) : null;
  if (filter && server) return { type: 'and', left: filter, right: server };
  return filter ?? server;
}
