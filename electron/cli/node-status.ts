import { parseArgs } from 'node:util';
import { EXIT, type CliIo } from './io';
import { cliLanguage } from './lang';
import { nodeStatusDocument } from './node-status-document';
import { nodeStatusText } from './node-status-text';
import { CONNECTION_OPTIONS, CONNECTION_USAGE, proxmoxRefusal, resolveConnection } from './proxmox-connection';
import { CLI_PROFILE, openProfile, proxmoxAdapters } from './proxmox-profile';
import { cliServices } from './services';
import { proxmoxService } from '../app-services';

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
  const connection = await resolveConnection(values, io, command);
  if ('exit' in connection) return connection.exit;
  const proxmox = await proxmoxService(cliServices(await proxmoxAdapters(values, io.env)));
  try {
    const refused = await openProfile(proxmox, connection, io, lang, command, values.json);
    if (refused !== null) return refused;
    const { version, snapshot, nodes } = await proxmox.nodeStatus(CLI_PROFILE, values.node);
    const listed = nodes.map((n) => ({ node: n.node, status: n.online ? 'online' : 'offline' }));
    const document = nodeStatusDocument(connection.host, version, snapshot, listed);
    io.stdout(values.json ? `${JSON.stringify(document, null, 2)}\n` : nodeStatusText(document, lang));
    return EXIT.ok;
  } catch (error) {
    return proxmoxRefusal(error, io, command, lang);
  } finally {
    proxmox.close();
  }
}
