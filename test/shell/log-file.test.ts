import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogFile } from '../../electron/shell/log-file';
import { redactFields, redactText } from '../../electron/shell/redact';

// The log a student attaches to a help request: rotated by size, never holding a secret.
// Secrets have the shapes of docs/proxmox.md §Authentication (API token, ticket, CSRF token).

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'proxlab-log-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const clock = () => new Date(Date.UTC(2026, 10, 25, 8, 30, 0, 0));
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');

describe('the log file', () => {
  it('writes one line per event: UTC time, level, message, fields', () => {
    const log = createLogFile({ dir, now: clock });
    log.log('info', 'ProxLab started', { version: '0.1.0' });
    log.log('warn', 'two\nlines');
    expect(read('proxlab.log')).toBe('2026-11-25T08:30:00.000Z INFO ProxLab started {"version":"0.1.0"}\n2026-11-25T08:30:00.000Z WARN two ⏎ lines\n');
    expect(log.file).toBe(path.join(dir, 'proxlab.log'));
  });

  it('rotates by size and keeps only the newest files', () => {
    // "2026-11-25T08:30:00.000Z INFO line 01\n" is 24 + 1 + 4 + 1 + 7 + 1 = 38 bytes; three fit in 114.
    const log = createLogFile({ dir, now: clock, maxBytes: 114, keep: 2 });
    for (let n = 1; n <= 10; n++) log.log('info', `line ${String(n).padStart(2, '0')}`);
    const lines = (name: string) =>
      read(name)
        .trim()
        .split('\n')
        .map((line) => line.slice(-7));
    expect(readdirSync(dir).sort()).toEqual(['proxlab.1.log', 'proxlab.2.log', 'proxlab.log']);
    expect(lines('proxlab.2.log')).toEqual(['line 04', 'line 05', 'line 06']);
    expect(lines('proxlab.1.log')).toEqual(['line 07', 'line 08', 'line 09']);
    expect(lines('proxlab.log')).toEqual(['line 10']);
    for (const name of readdirSync(dir)) expect(statSync(path.join(dir, name)).size).toBeLessThanOrEqual(114);
  });

  it('continues the file it finds, counting its size', () => {
    createLogFile({ dir, now: clock, maxBytes: 114 }).log('info', 'line 01');
    const again = createLogFile({ dir, now: clock, maxBytes: 114 });
    again.log('info', 'line 02');
    again.log('info', 'line 03');
    again.log('info', 'line 04');
    expect(read('proxlab.1.log').trim().split('\n')).toHaveLength(3);
    expect(read('proxlab.log').trim()).toMatch(/line 04$/);
  });

  it('never writes the secrets a Proxmox session handles', () => {
    const token = '0b8e2f6a-1c3d-4e5f-8a9b-0c1d2e3f4a5b';
    const ticket = 'PVE:root@pam:64E10CBA::yTMqV7BmOXUCzb0ODceFH7F+Uy3gQTlp3sepUzIicp2g==';
    const csrf = '64E10CBA:YDNz71IKnE0sWsm1SbV1PGwz3hAyprvygQ7SBkxHVtE';
    const log = createLogFile({ dir, now: clock });
    log.log('warn', `request failed, Authorization: PVEAPIToken=labrunner@pve!experiment=${token}`);
    log.log('warn', `old header PVEAPIToken labrunner@pve!experiment=${token}`);
    log.log('info', `Cookie: PVEAuthCookie=${encodeURIComponent(ticket)}`);
    log.log('info', 'ticket answer', { data: { ticket, CSRFPreventionToken: csrf, username: 'root@pam' } });
    log.log('info', `form body username=siti@pve&password=Rahasia!2024&otp=123456`);
    log.log('info', `JSON {"password":"Rahasia \\"quoted\\" 2024","user":"siti@pve"}`);
    log.log('info', 'profile', { host: '192.0.2.10', secret: 'sealed-ciphertext', totp: '654321' });
    const text = read('proxlab.log');
    for (const secret of [token, ticket, encodeURIComponent(ticket), csrf, 'Rahasia', '123456', 'sealed-ciphertext', '654321', 'yTMqV7Bm']) {
      expect(text).not.toContain(secret);
    }
    // What helps a helper stays: who, which token, which host.
    expect(text).toContain('PVEAPIToken=labrunner@pve!experiment=[redacted]');
    expect(text).toContain('"username":"root@pam"');
    expect(text).toContain('username=siti@pve');
    expect(text).toContain('"host":"192.0.2.10"');
  });
});

describe('redaction', () => {
  const secretChars = fc.string({ unit: fc.constantFrom(...'abcdefABCDEF0123456789+/=-_.~!'.split('')), minLength: 12, maxLength: 60 });

  it('removes any token secret, ticket or password, whatever its characters', () => {
    fc.assert(
      fc.property(secretChars, (secret) => {
        const sample = [
          `Authorization: PVEAPIToken=student@pve!lab=${secret}`,
          `Authorization: PVEAPIToken=${secret}`,
          `PVEAuthCookie=PVE:student@pve:64E10CBA::${secret}`,
          `password=${secret}`,
          `{"password":"${secret}"}`,
          `CSRFPreventionToken: ${secret}`,
        ];
        for (const line of sample) expect(redactText(line)).not.toContain(secret);
      }),
    );
  });

  it('replaces secret-named fields at any depth and leaves others', () => {
    expect(redactFields({ a: { b: [{ Password: 'x', name: 'n' }] }, port: 8006, tfaChallenge: 'y' })).toEqual({
      a: { b: [{ Password: '[redacted]', name: 'n' }] },
      port: 8006,
      tfaChallenge: '[redacted]',
    });
  });
});
