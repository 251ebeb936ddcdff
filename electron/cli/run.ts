export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
}

export const EXIT = { ok: 0, usage: 1, partial: 2, tls: 3, auth: 4, unreachable: 5 } as const;

const USAGE = `Usage: proxlab <command> [options]

Commands:
  analyze FILE... [--properties] [--json]   Capture File Properties, as Wireshark shows them

Run "proxlab <command> --help" for a command's options.
`;

export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command] = args;
  if (command === undefined || command === '--help' || command === '-h') {
    io.stdout(USAGE);
    return EXIT.ok;
  }
  io.stderr(`proxlab: unknown command "${command}"\n\n${USAGE}`);
  return EXIT.usage;
}
