import { describe, expect, it } from 'vitest';
import { memoryProfilesStore, Profiles } from '../../electron/proxmox/profiles';
import { ProxmoxService } from '../../electron/proxmox/service';
import { memoryCipher } from '../support/memory-cipher';
import { STANDIN_SECRETS } from '../standins/pve/accounts';
import { startTestStandin } from './standin';

// The service the Connect and Node pages will call: profiles whose secret is stored only
// sealed, first contact with the certificate, pinning on confirmation, test, snapshot, power.

describe('Proxmox service', () => {
  it('connects a profile end to end and never stores or returns the secret in clear', async () => {
    const standin = await startTestStandin({ taskMs: 50 });
    const store = memoryProfilesStore();
    const profiles = new Profiles(store, memoryCipher());
    const service = new ProxmoxService(profiles);
    try {
      profiles.save(
        {
          id: 'lab',
          name: 'Lab',
          host: standin.host,
          port: standin.port,
          node: null,
          auth: { kind: 'token', tokenId: STANDIN_SECRETS.runnerToken },
          trust: null,
        },
        STANDIN_SECRETS.runnerSecret,
      );
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
      expect(await service.power('lab', 'pve', 103, 'start')).toEqual({ ok: true, exitStatus: 'OK', log: [], ha: null });
      const after = await service.snapshot('lab', 'pve');
      expect(after.summary.memory.used - before.summary.memory.used).toBe(2.5 * 1024 ** 3);
      expect(after.guests.find((g) => g.vmid === 103)?.status).toBe('running');
    } finally {
      service.close();
      await standin.close();
    }
  });
});
