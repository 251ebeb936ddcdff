import { createCaptureAnalyzer } from '../capture/service';
import { analyzeCommand } from './analyze';
import { EXIT, type CliIo } from './io';

const USAGE = `Usage: proxlab <command> [options]

Commands:
  analyze FILE...   Capture File Properties of Wireshark captures, as Wireshark shows them

Run "proxlab <command> --help" for a command's options.
`;

export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'analyze':
      return analyzeCommand(rest, io, createCaptureAnalyzer());
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

