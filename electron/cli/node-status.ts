import { parseArgs } from 'node:util';
import { discoverNode } from '../proxmox/connection-test';
import { ProxmoxError, asProxmoxError } from '../proxmox/errors';
import { listNodes } from '../proxmox/node';
import { checkedNodeSnapshot } from '../proxmox/snapshot';
import { EXIT, type CliIo } from './io';
import { cliLanguage } from './lang';
import { nodeStatusDocument } from './node-status-document';
import { nodeStatusText } from './node-status-text';
import { CONNECTION_OPTIONS, CONNECTION_USAGE, connect, exitCodeFor } from './proxmox-connection';

export const NODE_STATUS_USAGE = `Usage: proxlab node status --host HOST[:PORT] [--node NAME] AUTH TRUST [--json] [--lang id|en]

  The node's Summary figures (as PVE's node > Summary panel shows them) and its guests.
  --node NAME                 the node to show (default: the node --host answers as)
${CONNECTION_USAGE}
  --json                      one JSON document (schema proxlab.node-status/1)
  --lang id|en                language of messages and text output (default: the system's)
`;

export async function nodeStatusCommand(args: string[], io: CliIo): Promise<number> {
  const command = 'proxlab node status';
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        ...CONNECTION_OPTIONS,
        node: { type: 'string' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    io.stderr(`${command}: ${(error as Error).message}\n\n${NODE_STATUS_USAGE}`);
    return EXIT.usage;
  }
  if (values.help) {
    io.stdout(NODE_STATUS_USAGE);
    return EXIT.ok;
  }
  const lang = cliLanguage(values.lang, io.env);
  if (!lang) {
    io.stderr(`${command}: --lang takes id or en, not "${values.lang}"\n`);
    return EXIT.usage;
  }
  const connection = await connect(values, io, lang, command, values.json);
  if ('exit' in connection) return connection.exit;
  const { client } = connection;
  try {
    const version = await client.version();
    const found = await discoverNode(client);
    const node = values.node ?? found.node ?? (await listNodes(client)).find((n) => n.status === 'online')?.node;
    if (!node) throw new ProxmoxError('not-found', { reason: 'no online node; name one with --node' });
    const snapshot = await checkedNodeSnapshot(client, node, connection.identity);
    const nodes = found.nodes.map((n) => ({ node: n.node, status: n.online ? 'online' : 'offline' }));
    const document = nodeStatusDocument(connection.host, version, snapshot, nodes);
    io.stdout(values.json ? `${JSON.stringify(document, null, 2)}\n` : nodeStatusText(document, lang));
    return EXIT.ok;
  } catch (error) {
    const failure = asProxmoxError(error);
    if (!failure) throw error;
    io.stderr(`${command}: ${failure.text(lang)}\n`);
    return exitCodeFor(failure);
  } finally {
    client.close();
  }
}
