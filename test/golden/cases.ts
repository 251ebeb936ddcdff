import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { capturesDir, corpusFiles } from '../support/shared';
import { startTestStandin } from '../proxmox/standin';
import { STANDIN_SECRETS } from '../standins/pve/accounts';

// What the golden test records: the built `proxlab` command's output on the capture corpus and
// against the Proxmox stand-in, exactly as printed. Each case names its golden file under
// test/golden/. Only what legitimately varies between runs is normalised, and only in
// `node status`: the stand-in's port (chosen by the system) and the node's uptime clock
// (it counts real seconds since the stand-in started). `analyze` runs in the corpus folder
// with bare file names, so its reports' `path` is the same on every machine and nothing in its
// output is touched. TZ is UTC so that packet times print the same everywhere.

const cliFile = fileURLToPath(new URL('../../out/cli.js', import.meta.url));

export interface GoldenCase {
  /** Path of the golden file under test/golden/. */
  file: string;
  produce(): Promise<string>;
}

interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI in a child process with a clean environment: no inherited LANG or TZ. */
function runBuiltCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliFile, ...args], {
      cwd: options.cwd,
      env: { PATH: process.env.PATH ?? '', TZ: 'UTC', LANG: 'C.UTF-8', ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const LANGUAGES = ['en', 'id'] as const;

function analyzeCases(): GoldenCase[] {
  const files = corpusFiles();
  const inCorpus = (args: string[]) => runBuiltCli(['analyze', ...args], { cwd: capturesDir });
  const json = files.map((name) => ({
    file: `analyze-json/${name}.json`,
    produce: async () => (await inCorpus(['--json', name])).stdout,
  }));
  const text = LANGUAGES.flatMap((lang) =>
    [['analyze', []], ['analyze-properties', ['--properties']]].flatMap(([label, options]) => {
      // One run per language and mode gives both streams; the second case reads the first's result.
      let run: Promise<CliRun> | null = null;
      const once = () => (run ??= inCorpus([...(options as string[]), '--lang', lang, ...files]));
      return [
        { file: `cli-text/${label}.${lang}.stdout.txt`, produce: async () => (await once()).stdout },
        { file: `cli-text/${label}.${lang}.stderr.txt`, produce: async () => (await once()).stderr },
      ];
    }),
  );
  return [...json, ...text];
}

/** `127.0.0.1:<port>` and the uptime's hh:mm:ss in the first line. */
function normaliseNodeStatus(text: string, host: string): string {
  return text
    .split(host)
    .join('127.0.0.1:PORT')
    .replace(/^(\S+ \([^:]+: \d+ \S+) \d\d:\d\d:\d\d\)/, '$1 HH:MM:SS)');
}

function nodeStatusCases(): GoldenCase[] {
  return LANGUAGES.map((lang) => ({
    file: `cli-text/node-status.${lang}.stdout.txt`,
    produce: async () => {
      const standin = await startTestStandin();
      try {
        const host = `${standin.host}:${standin.port}`;
        const args = ['node', 'status', '--host', host, '--token-id', STANDIN_SECRETS.runnerToken, '--token-secret-env', 'PVE_SECRET'];
        const run = await runBuiltCli([...args, '--fingerprint', standin.fingerprint, '--lang', lang], { env: { PVE_SECRET: STANDIN_SECRETS.runnerSecret } });
        if (run.code !== 0) throw new Error(`node status exited ${run.code}: ${run.stderr}`);
        return normaliseNodeStatus(run.stdout, host);
      } finally {
        await standin.close();
      }
    },
  }));
}

export function goldenCases(): GoldenCase[] {
  return [...analyzeCases(), ...nodeStatusCases()];
}
