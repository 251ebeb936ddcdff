export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
}

/** Exit codes, as docs/cli.md §Exit codes fixes them. */
export const EXIT = { ok: 0, usage: 1, partial: 2, tls: 3, auth: 4, unreachable: 5 } as const;
