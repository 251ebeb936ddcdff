import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run';
import { reportUnexpected } from '../../electron/cli/unexpected';
import { ProxmoxError } from '../../electron/proxmox/errors';

// Whatever escapes a command is one line in the user's language with an exit code of the
// contract (0 ok, 1 usage, 2 partial, 3 TLS, 4 auth, 5 unreachable), never a stack trace.

function io(env: NodeJS.ProcessEnv = { LANG: 'en_US.UTF-8' }) {
  const said = { stdout: '', stderr: '' };
  return { said, io: { stdout: (t: string) => void (said.stdout += t), stderr: (t: string) => void (said.stderr += t), env } };
}

describe('CLI: unexpected failures', () => {
  it('a report path in a folder that does not exist: one line naming the path, worded as the app words it, exit 2', async () => {
    const target = '/nonexistent-proxlab/dir/r.html';
    for (const [lang, words] of [
      ['en', `The folder for ${target} cannot be found (was a USB stick removed?). Choose another folder and save again.`],
      ['id', `Folder untuk ${target} tidak ditemukan (flashdisk dicabut?). Pilih folder lain, lalu simpan lagi.`],
    ] as const) {
      const { said, io: cli } = io();
      const code = await runCli(['report', '--demo', '--html', target, '--lang', lang], cli);
      expect(code).toBe(2);
      expect(said.stderr).toBe(`proxlab report: ${words}\n`);
    }
  });

  it('a filter longer than 4000 characters is bad usage, said once', async () => {
    const { said, io: cli } = io({ LANG: 'id_ID.UTF-8' });
    const code = await runCli(['analyze', 'x.pcap', '--filter', 'a'.repeat(4001)], cli);
    expect(code).toBe(1);
    expect(said.stderr).toBe('proxlab analyze: --filter terlalu panjang (4001 karakter; paling banyak 4000)\n');
  });

  it('any other error: one line without a stack unless PROXLAB_DEBUG=1', () => {
    const quiet = io();
    expect(reportUnexpected(new TypeError('x is not a function\n    at y (z.js:1:1)'), 'proxlab report', ['report', '--lang', 'id'], quiet.io)).toBe(2);
    expect(quiet.said.stderr).toBe(
      'proxlab report: berhenti karena galat yang tidak terduga (TypeError: x is not a function). Tidak ada yang dikerjakan setelahnya; jalankan lagi dengan PROXLAB_DEBUG=1 untuk melihat letaknya.\n',
    );
    const debug = io({ PROXLAB_DEBUG: '1' });
    reportUnexpected(new Error('boom'), 'proxlab analyze', ['analyze'], debug.io);
    expect(debug.said.stderr.split('\n').length).toBeGreaterThan(3);
  });

  it('a Proxmox failure that escaped keeps its exit code', () => {
    const { said, io: cli } = io();
    expect(
      reportUnexpected(new ProxmoxError('unreachable', { host: '10.0.0.9:8006', code: 'ECONNREFUSED' }), 'proxlab node status', ['node', 'status'], cli),
    ).toBe(5);
    expect(said.stderr.split('\n')).toHaveLength(2);
  });
});
