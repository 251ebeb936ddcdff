import { describe, expect, it } from 'vitest';
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { memoryProfilesStore, Profiles } from '../../electron/proxmox/profiles';
import { ProxmoxService } from '../../electron/proxmox/service';
import type { Cipher } from '../../electron/session/secrets';
import { STANDIN_SECRETS } from '../standins/pve/accounts';
import { startTestStandin } from './standin';

// The service the Connect and Node pages will call: profiles whose secret is stored only
// sealed, first contact with the certificate, pinning on confirmation, test, snapshot, power.

/** A real cipher (AES-256-GCM) standing in for safeStorage. */
function testCipher(): Cipher {
  const key = randomBytes(32);
  return {
    isAvailable: () => true,
    encrypt(plain) {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decrypt(sealed) {
      const d = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      d.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([d.update(sealed.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

describe('Proxmox service', () => {
  it('connects a profile end to end and never stores or returns the secret in clear', async () => {
    const standin = await startTestStandin({ taskMs: 50 });
    const store = memoryProfilesStore();
    const profiles = new Profiles(store, testCipher());
    const service = new ProxmoxService(profiles);
    try {
      profiles.save({ id: 'lab', name: 'Lab', host: standin.host, port: standin.port, node: null, auth: { kind: 'token', tokenId: STANDIN_SECRETS.runnerToken }, trust: null }, STANDIN_SECRETS.runnerSecret);
      expect(JSON.stringify(store.read())).not.toContain(STANDIN_SECRETS.runnerSecret);
      expect(JSON.stringify(profiles.list())).not.toContain(STANDIN_SECRETS.runnerSecret);
      expect(profiles.list()[0].hasSecret).toBe(true);

      await expect(service.test('lab')).rejects.toMatchObject({ kind: 'tls-untrusted' });
      const offer = await service.offerCertificate(standin.host, standin.port);
      expect(offer.fingerprint256).toBe(standin.fingerprint);
      expect(offer.whereToCheck.id).toContain('System > Certificates');
      await service.pinCertificate('lab', offer.fingerprint256);

      const report = await service.test('lab');
      expect(report.steps.every((s) => s.ok)).toBe(true);
      expect(profiles.get('lab')?.node).toBe('pve');

      const before = await service.snapshot('lab', 'pve');
      expect(await service.power('lab', 'pve', 103, 'start')).toEqual({ ok: true, exitStatus: 'OK', log: [] });
      const after = await service.snapshot('lab', 'pve');
      expect(after.summary.memory.used - before.summary.memory.used).toBe(2.5 * 1024 ** 3);
      expect(after.guests.find((g) => g.vmid === 103)?.status).toBe('running');
    } finally {
      service.close();
      await standin.close();
    }
  });
});
