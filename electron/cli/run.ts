import { EXIT, type CliIo } from './io';

// Each command is loaded when it is asked for, so `proxlab --help` or an analysis does not pay
// for the report's React and Chart.js or the Proxmox client.

const USAGE = `Usage: proxlab <command> [options]

Commands:
  analyze FILE...            Capture File Properties of Wireshark captures, as Wireshark shows them
  class FOLDER               A class's sessions, captures and reports side by side, with flags
  experiment run --plan …    Measure the node with 0 … N guests running (memory growth)
  experiment resume …        Continue an interrupted experiment run
  experiment show --session  The results of a session's consolidation experiment
  node status --host …       A Proxmox VE node's Summary figures and guests
  report SESSION | --demo    The lab report as an HTML file (--html), a PDF (--pdf) or both

Run "proxlab <command> --help" for a command's options.
`;

export async function runCli(args: string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(args, io);
  } catch (error) {
    const name = args[0] === 'experiment' || args[0] === 'node' ? args.slice(0, 2).join(' ') : (args[0] ?? '');
    const { reportUnexpected } = await import('./unexpected');
    return reportUnexpected(error, `proxlab ${name}`.trim(), args, io);
  }
}

async function dispatch(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'analyze':
      return (await import('./analyze')).analyzeCommand(rest, io);
    case 'class':
      return (await import('./class')).classCommand(rest, io);
    case 'experiment':
      if (rest[0] === 'show') return (await import('./experiment-show')).experimentShowCommand(rest.slice(1), io);
      if (rest[0] === 'run' || rest[0] === 'resume') return (await import('./experiment-run')).experimentRunCommand(rest[0], rest.slice(1), io);
      io.stderr(`proxlab experiment: unknown subcommand "${rest[0] ?? ''}"\n\n${USAGE}`);
      return EXIT.usage;
    case 'node':
      if (rest[0] === 'status') return (await import('./node-status')).nodeStatusCommand(rest.slice(1), io);
      io.stderr(`proxlab node: unknown subcommand "${rest[0] ?? ''}"\n\n${USAGE}`);
      return EXIT.usage;
    case 'report':
      return (await import('./report')).reportCommand(rest, io);
    case undefined:
    case '--help':
    case '-h':
      io.stdout(USAGE);
      return EXIT.ok;
    default:
      io.stderr(`proxlab: unknown command "${command}"\n\n${USAGE}`);
      return EXIT.usage;
  }
}
