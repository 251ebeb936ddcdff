import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { STANDIN_SECRETS } from './accounts';
import { RELEASES, type ReleaseName } from './releases';
import { startStandin } from './server';

// `npm run standin [-- --release 9.1 --cluster --port 8006]`: a stand-in to try the app and the
// CLI by hand. Prints where it listens, what to trust and how to log in.

const { values } = parseArgs({
  options: {
    release: { type: 'string', default: '8.4' },
    cluster: { type: 'boolean', default: false },
    port: { type: 'string', default: '8006' },
    noise: { type: 'string', default: '0.05' },
    // A hostile server for trying the client by hand: paths (regular expressions) whose answer
    // trickles one byte every 5 s, or is 1 GiB.
    trickle: { type: 'string' },
    huge: { type: 'string' },
  },
});
if (!RELEASES.includes(values.release as ReleaseName)) {
  process.stderr.write(`--release takes one of ${RELEASES.join(', ')}\n`);
  process.exit(1);
}
const standin = await startStandin({
  release: values.release as ReleaseName,
  cluster: values.cluster,
  port: Number(values.port),
  noise: Number(values.noise),
  taskMs: 3000,
  authFailureDelayMs: 3000,
  resourcesLagMs: 10_000,
});
if (values.trickle) standin.inject({ kind: 'trickle', match: new RegExp(values.trickle), delayMs: 5000, times: Infinity });
if (values.huge) standin.inject({ kind: 'huge', match: new RegExp(values.huge), bytes: 2 ** 30, times: Infinity });
const caFile = path.join(mkdtempSync(path.join(tmpdir(), 'proxlab-standin-')), 'pve-root-ca.pem');
writeFileSync(caFile, standin.caPem);
const s = STANDIN_SECRETS;
process.stdout.write(`Proxmox VE ${values.release} stand-in at ${standin.url}/api2/json
  SHA-256 fingerprint: ${standin.fingerprint}
  CA file:             ${caFile}
  API token:           ${s.runnerToken}  secret ${s.runnerSecret}
  read-only token:     ${s.observerToken}  secret ${s.observerSecret}
  token without ACL:   ${s.freshToken}  secret ${s.freshSecret}
  user + password:     labrunner@pve / ${s.runnerPassword}
  user with TOTP:      ${s.tfaUser} / ${s.tfaPassword}, code ${s.tfaCode}

Try: PVE_TOKEN=${s.runnerSecret} npx proxlab node status --host ${standin.host}:${standin.port} --token-id '${s.runnerToken}' --token-secret-env PVE_TOKEN --fingerprint ${standin.fingerprint}
Ctrl-C stops it.
`);
const stop = () => void standin.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
