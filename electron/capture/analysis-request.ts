import type { FilterNode } from './filter/ast';
import { parseFilter } from './filter/parser';
import { FilterSyntaxError } from './filter/errors';
import { parseIpv4, parseIpv6 } from './filter/values';
import type { AnalysisRequest, AnalysisRequestInput } from '../../core/capture/analysis-request-schema';
import { ANALYSIS_REQUEST_DEFAULTS } from '../../core/capture/analysis-request-defaults';

/**
 * A request with what it leaves out filled in, as its schema's defaults would. Requests are
 * validated where they come in (the app's calls, the CLI's options), so the analysis itself
 * loads no zod.
 */
export function completeAnalysisRequest(input: AnalysisRequestInput): AnalysisRequest {
  const d = ANALYSIS_REQUEST_DEFAULTS;
  return {
    propertiesOnly: input.propertiesOnly,
    filter: input.filter ?? d.filter,
    server: input.server ?? d.server,
    thresholds: input.thresholds ?? d.thresholds,
    linkCapacityBitsPerSecond: input.linkCapacityBitsPerSecond ?? d.linkCapacityBitsPerSecond,
    column: input.column ?? d.column,
    rtpStreams: input.rtpStreams ?? d.rtpStreams,
  };
}

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
    right: {
      type: 'or',
      left: { type: 'compare', field: 'tcp.port', slice: null, operator: '==', value },
      right: { type: 'compare', field: 'udp.port', slice: null, operator: '==', value },
    },
  };
}

/** The display filter and the server together; throws FilterSyntaxError on either. */
export function displayFilterOf(request: Pick<AnalysisRequest, 'filter' | 'server'>): FilterNode | null {
  const filter = parseFilter(request.filter);
  const server = request.server ? serverFilter(request.server) : null;
  if (filter && server) return { type: 'and', left: filter, right: server };
  return filter ?? server;
}
