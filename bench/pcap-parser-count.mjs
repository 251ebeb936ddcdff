// What a user of pcap-parser (the package first chosen for ProxLab) would run to get packet
// and byte counts: the baseline the streaming reader is measured against.
import { createRequire } from 'node:module';

const pcapParser = createRequire(import.meta.url)('pcap-parser');
let packets = 0;
let bytes = 0;
const parser = pcapParser.parse(process.argv[2]);
parser.on('packet', (packet) => {
  packets++;
  bytes += packet.header.originalLength;
});
parser.on('end', () => process.stdout.write(`${packets} packets, ${bytes} bytes\n`));
parser.on('error', (error) => {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
});
