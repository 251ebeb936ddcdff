// Records what `tshark -r FILE -Y FILTER` displays for every filter of the display-filter table
// on every corpus capture, into test/capture/filter/filter-table.expected.json. The table test
// compares ProxLab's displayed counts with this record (CI has no tshark).
//
//   node scripts/filter-oracle.mjs [../shared/captures] [--check N]
//
// A filter tshark refuses is recorded once with tshark's message: ProxLab must refuse it too.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const capturesDir = path.resolve(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : '../shared/captures');
const out = path.resolve('test/capture/filter/filter-table.expected.json');

/** What students type in a QoS lab, and their combinations; precedence cases written without parentheses on purpose. */
const FILTERS = [
  'http',
  'http.request',
  'http.response',
  'http.request.method == "GET"',
  'http.request.method == POST',
  'http.response.code == 200',
  'http.response.code >= 300',
  'http.host contains "espn"',
  'http.host matches "^(www|en)\\."',
  'http.host matches "^(www|en)\\\\."',
  'frame matches "get /"',
  'http.request.method matches "get"',
  'frame matches "(?-i)get /"',
  'http.request.method in {"GET", "HEAD"}',
  'http.response.code in {200..299}',
  'http && tcp.analysis.retransmission',
  'dns',
  'dns.qry.name',
  'dns.qry.name contains "google"',
  'dns.qry.name == "www.weibo.com"',
  'dns.flags.response == 1',
  'dns.flags.response == 0 && udp.dstport == 53',
  'tls',
  'tls.handshake',
  'tls.handshake.type == 1',
  'tls.handshake.type == 2',
  'quic',
  'tls && udp',
  'arp',
  'icmp',
  'icmp.type == 8',
  'udp',
  'rtp',
  'sip',
  'rtp || sip',
  'udp && !rtp && !sip && !dns',
  'ipv6',
  'frame.len > 1000',
  'frame.len <= 60',
  'frame.len in {60..100}',
  'frame.time_delta > 0.1',
  'frame.time_relative < 1',
  'frame.time_relative >= 2 and frame.time_relative <= 3',
  'frame.number <= 10',
  'frame.number in {1, 5, 10}',
  'ip.ttl < 64',
  'ip.ttl == 128',
  'ip.proto == 17',
  'ip.addr == 192.168.0.0/16 && !tcp',
  'tcp.analysis.flags',
  'tcp.analysis.flags && !tcp.analysis.window_update',
  'tcp.analysis.retransmission',
  'tcp.analysis.fast_retransmission',
  'tcp.analysis.duplicate_ack',
  'tcp.analysis.lost_segment',
  'tcp.analysis.ack_rtt',
  'tcp.analysis.ack_rtt > 0.2',
  'tcp.analysis.ack_rtt > 0.01',
  'tcp.flags.syn == 1 && tcp.flags.ack == 0',
  'tcp.flags.push == 1',
  'tcp.flags.reset == 1',
  'tcp.flags.fin == 1 or tcp.flags.reset == 1',
  'tcp.flags == 0x012',
  'tcp.window_size == 0',
  'tcp.window_size < 1000',
  'tcp.port in {80, 443, 8080}',
  'tcp.port in {1000..2000}',
  'tcp.stream == 0',
  'tcp.len > 0 && !http',
  'frame contains "GET"',
  'frame contains "HTTP/1.1 200"',
  'frame contains 47:45:54',
  'frame matches "(?i)host: "',
  'frame matches "HTTP/1\\.[01] [23]"',
  'frame matches "HTTP/1\\\\.[01] [23]"',
  'tcp.payload contains "\\x47ET /"',
  'eth.addr[0:3] == 00:21:70',
  'eth.src[0:3] == 00:08:25 || eth.dst[0:3] == 00:08:25',
  'eth.dst[0:2] == ff:ff',
  '!(arp || dns || icmp)',
  'not tcp and not udp',
  'ip or ipv6 and udp',
  '!ip and !ipv6 or arp',
  'tcp.port == 80 || udp.port == 53 && frame.len > 100',
  'tcp.port eq 80 and not tcp.flags.syn eq 1',
  'frame.len gt 100 && frame.len le 200',
  'ip.src ne 10.0.0.1',
  'udp.port ~= 5060',
  'sip && frame contains "INVITE"',
  // A field against another, and Wireshark 4.0's functions of one field.
  'ip.src == ip.dst',
  'ip.src != ip.dst',
  'tcp.srcport < tcp.dstport',
  'ip.addr !== ip.src',
  'ip.src[0] == ip.dst[0]',
  'eth.src > eth.dst',
  'tcp.window_size > tcp.window_size_value',
  'frame.time_delta == tcp.analysis.ack_rtt',
  'http.host contains http.host',
  'len(http.host) > 10',
  'len(frame) > 1000',
  'len(tcp.payload) > 100',
  'lower(http.host) contains "weibo"',
  'upper(http.request.method) == "GET"',
  'count(ip.addr) == 2',
  'count(tcp.analysis.flags) == 1',
  'count(http) == 1',
  'string(tcp.port) == "80"',
  'string(frame.number) matches "^1"',
  'string(ip.src) contains "192.168."',
  'abs(frame.time_delta) > 0.1',
  'abs(tcp.len) > 0',
  'frame.time_relative > 1.5',
  'frame.time_delta <= 0.000001',
  // QoS marks and the IP header's other fields.
  'ip.dsfield.dscp == 46',
  'ip.dsfield.dscp != 0',
  'ip.dsfield.dscp in {26, 34, 46}',
  'ip.dsfield == 0xb8',
  'ip.dsfield.ecn > 0',
  'ip.dsfield.dscp > 0 && udp',
  'ip.dsfield.dscp == 8 && icmp',
  'ip.checksum == 0x0000',
  'ip.checksum < 0x1000',
  'ip.frag_offset > 0',
  'ip.flags.mf == 1 || ip.frag_offset > 0',
  'ipv6.tclass == 0',
  'ipv6.tclass.dscp != 0',
  'ipv6.tclass.ecn == 0 && tcp',
  'ipv6.flow == 0x07c97d',
  'ipv6.flow != 0',
  'frame.time_epoch',
  'frame.time_epoch < 1262304000',
  'frame.time_epoch >= 1600000000.5',
  // Pings, UDP conversations and RTP headers.
  'icmp.seq == 1',
  'icmp.seq_le == 256',
  'icmp.seq >= 2 && icmp.type == 0',
  'icmp.ident == 1226',
  'icmp.ident_le != 0',
  'icmp.seq in {1..3}',
  'icmpv6.echo.sequence_number == 1',
  'icmpv6.echo.identifier',
  'udp.stream == 0',
  'udp.stream == 1',
  'udp.stream == 4',
  'udp.stream >= 10 && udp.stream <= 20',
  'udp.stream > 25',
  'udp.stream != -1',
  'udp.stream in {2, 7, 19}',
  'rtp.version == 2',
  'rtp.version != 2',
  'rtp.timestamp > 1000000',
  'rtp.timestamp < 8000 && rtp.marker == 1',
  // HTTP headers, whole URIs and response times.
  'http.referer',
  'http.referer contains "espn.go.com"',
  'http.cookie',
  'http.cookie contains "SWID"',
  'http.location',
  'http.response.code == 302 && http.location contains "http"',
  'http.connection == "keep-alive"',
  'http.connection matches "^close$"',
  'http.content_length > 10000',
  'http.content_length == 0',
  'http.content_length_header == "0"',
  'http.content_length in {100..1000}',
  'http.request.full_uri contains "weibo.com/login"',
  'http.request.full_uri matches "\\\\.(css|js)(\\\\?|$)"',
  'http.request.full_uri == "http://espn.go.com/"',
  'http.response_for.uri contains ".png"',
  'http.response_for.uri',
  'http.time > 0.5',
  'http.time >= 0.1 && http.response.code == 200',
  'http.time',
  // DNS answers and response times.
  'dns.flags.rcode == 0 && dns.flags.response == 1',
  'dns.flags.rcode != 0',
  'dns.flags.rcode == 3',
  'dns.count.answers > 3',
  'dns.count.answers == 0 && dns.flags.response == 1',
  'dns.resp.name contains "akamai"',
  'dns.resp.name == "<Root>"',
  'dns.resp.name',
  'dns.a == 66.235.139.152',
  'dns.a == 208.80.152.0/24',
  'dns.a',
  'dns.aaaa',
  'dns.aaaa == 2607:f8b0:4023:2007::66',
  'dns.time > 0.1',
  'dns.time < 0.001',
  'dns.time',
  // TLS versions and the server name.
  'tls.record.version == 0x0301',
  'tls.record.version == 0x0303',
  'tls.handshake.version == 0x0303',
  'tls.handshake.version < 0x0303',
  'tls.handshake.extensions_server_name',
  'tls.handshake.extensions_server_name contains "alicdn"',
  'tls.handshake.extensions_server_name == "g.alicdn.com"',
  'tls.handshake.type == 1 && !tls.handshake.extensions_server_name',
  // TCP's relative numbers, options and times within a connection.
  'tcp.seq == 1',
  'tcp.seq == 0 && tcp.flags.syn == 1',
  'tcp.seq > 100000',
  'tcp.ack == 1',
  'tcp.ack > 1000 && tcp.len == 0',
  'tcp.ack == 0',
  'tcp.ack_raw == 0',
  'tcp.nxtseq > tcp.seq',
  'tcp.nxtseq == 1',
  'tcp.seq == 1 && tcp.ack == 1 && tcp.len > 0',
  'tcp.window_size_scalefactor == -1',
  'tcp.window_size_scalefactor == -2',
  'tcp.window_size_scalefactor > 1',
  'tcp.window_size_scalefactor == 128',
  'tcp.options.mss_val',
  'tcp.options.mss_val < 1460',
  'tcp.options.mss_val == 1460',
  'tcp.time_delta > 0.5',
  'tcp.time_delta == 0',
  'tcp.time_relative > 5',
  'tcp.time_relative <= 0.1 && tcp.len > 0',
  'tcp.time_delta > 0.2 && tcp.stream == 0',
  // tshark 4.0 refuses these; so must ProxLab.
  'http.foo',
  'tcp.flags.rst',
  'tcp.port == "80"',
  'ip.addr == 300.1.1.1',
  'tcp.port in {80 443 8080}',
  'tcp.port == 80 xor udp',
  'tcp.port == 80 ^^ udp',
  'frame.len > 1e2',
  'ip.ttl ~ 1',
  '(tcp',
  'tcp.port ==',
  'ip.proto == icmp',
  'http.request.method == "GET',
  'frame contains "\\q"',
  'tcp.port == 70000',
  'frame.number ~ "1"',
  'http.response.code == "200"',
  'tcp.analysis.ack_rtt > 200ms',
  'ip.addr == "10.0.0.1"',
  'frobnicate',
  'tcp &&',
  'ip.src == eth.src',
  'lower(tcp.port) == "x"',
  'len(http.host)',
  'LEN(http.host) == 9',
  'len(http.host, ip.src) == 1',
  'abs(ip.src) > 0',
  'string(http.host) == "x"',
  'len(http.host) == "9"',
  'frame.time_delta > 0.1234567891',
  'ip.dsfield.dscp == 256',
  'ipv6.flow == 0x1000000',
  'icmp.seq == 70000',
  'http.content_length == "100"',
  'http.time > 1s',
  'dns.a == 2607:f8b0::1',
  'dns.aaaa == 1.2.3.4',
  'tcp.window_size_scalefactor == -3000000000',
  'tcp.window_size_scalefactor == 2147483648',
  'tcp.time_delta > 1ms',
];

/**
 * Where ProxLab is known to display another count than tshark, and why: by capture, the filters
 * (a regular expression over the filter text) it holds for. The table test skips exactly these.
 */
const KNOWN = [];

/** tshark's exit, stdout lines and stderr for one run. */
const run = (args) =>
  new Promise((resolve) => {
    const child = spawn('tshark', ['-n', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('close', (code) => resolve({ lines: stdout.split('\n').length - 1, stdout, code, stderr }));
  });

/** tshark's refusal of a filter (its first line, without the "Running as root" noise), or null. */
function refusal(filter) {
  const result = spawnSync('tshark', ['-n', '-r', path.join(capturesDir, 'icmp_ping_5.pcap'), '-Y', filter], { encoding: 'utf8' });
  if (result.status === 0) return null;
  const lines = result.stderr.split('\n').filter((l) => l.trim() && !l.startsWith('Running as user'));
  return lines[0]?.replace(/^tshark: /, '') ?? `exit ${result.status}`;
}

/**
 * One tshark pass per capture counts every filter: a Lua tap per filter sees each packet the
 * filter passes, in the same single pass `-Y` makes. Starting tshark once per filter and file
 * took over an hour on a shared machine; `--check N` reruns N filter × file pairs with `-Y`
 * and stops at the first difference.
 */
function luaCounter(filters) {
  const list = filters.map((f) => `  ${JSON.stringify(f)}`).join(',\n');
  return `local filters = {\n${list}\n}
local counts = {}
for i, f in ipairs(filters) do
  counts[i] = 0
  local tap = Listener.new(nil, f)
  function tap.packet() counts[i] = counts[i] + 1 end
end
local done = Listener.new()
function done.draw() for i = 1, #filters do print("count\t" .. i .. "\t" .. counts[i]) end end
`;
}

const version = spawnSync('tshark', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0];
const files = readdirSync(path.join(capturesDir, 'expected'))
  .filter((n) => n.endsWith('.json'))
  .map((n) => n.slice(0, -5))
  .sort();
const checkIndex = process.argv.indexOf('--check');
const checks = checkIndex > 0 ? Number(process.argv[checkIndex + 1]) : 0;

const records = FILTERS.map((filter) => {
  const refused = refusal(filter);
  return refused ? { filter, refused } : { filter, counts: {} };
});
const accepted = records.filter((r) => r.counts);
const script = path.join(tmpdir(), `proxlab-filter-oracle-${process.pid}.lua`);
writeFileSync(script, luaCounter(accepted.map((r) => r.filter)));
for (const name of files) {
  const { stdout } = await run(['-q', '-r', path.join(capturesDir, name), '-X', `lua_script:${script}`]);
  for (const line of stdout.split('\n')) {
    const match = /^count\t(\d+)\t(\d+)$/.exec(line);
    if (match) accepted[Number(match[1]) - 1].counts[name] = Number(match[2]);
  }
  const missing = accepted.find((r) => !(name in r.counts));
  if (missing) throw new Error(`no count for ${missing.filter} on ${name}`);
  process.stdout.write(`${name}\n`);
}
rmSync(script);

for (let i = 0; i < checks; i++) {
  const record = accepted[Math.floor(Math.random() * accepted.length)];
  const name = files[Math.floor(Math.random() * files.length)];
  const { lines } = await run(['-r', path.join(capturesDir, name), '-Y', record.filter]);
  if (lines !== record.counts[name]) throw new Error(`-Y ${record.filter} on ${name}: ${lines} lines, the tap counted ${record.counts[name]}`);
}

for (const record of accepted) {
  const known = Object.fromEntries(KNOWN.filter((k) => k.filters.test(record.filter)).map((k) => [k.file, k.reason]));
  if (Object.keys(known).length > 0) record.known = known;
}

// One filter a line, so that a new record reads as a diff of the filters that changed.
const lines = records.map((r) => `  ${JSON.stringify(r)}`);
const head = `"tool": ${JSON.stringify(version)},\n "command": "tshark -n -r FILE -Y FILTER | wc -l (counted by one Lua tap per filter in one pass)"`;
writeFileSync(out, `{\n ${head},\n "filters": [\n${lines.join(',\n')}\n ]\n}\n`);
process.stdout.write(`${records.length} filters × ${files.length} captures recorded in ${out}${checks ? `; ${checks} pairs checked with -Y` : ''}\n`);
