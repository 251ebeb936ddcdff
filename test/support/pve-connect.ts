import type { Page } from 'playwright-core';
import { STANDIN_SECRETS } from '../standins/pve/accounts';
import type { Standin } from '../standins/pve/server';

/** Saves a token profile on the Connect page (in Indonesian); ends on the certificate dialog. */
export async function addProfile(page: Page, standin: Standin, name: string): Promise<void> {
  await page.getByLabel('Nama', { exact: true }).fill(name);
  await page.getByLabel('Alamat node').fill(standin.host);
  await page.getByLabel('Port').fill(String(standin.port));
  await page.getByLabel('ID token').fill(STANDIN_SECRETS.runnerToken);
  await page.getByLabel('Secret token').fill(STANDIN_SECRETS.runnerSecret);
  await page.getByRole('button', { name: 'Simpan koneksi' }).click();
  await page.getByRole('dialog', { name: 'Periksa sertifikat node' }).waitFor();
}
