import type { Page } from 'playwright-core';
import { STANDIN_SECRETS } from '../standins/pve/accounts';
import type { Standin } from '../standins/pve/server';

const LABELS = {
  id: { name: 'Nama', host: 'Alamat node', tokenId: 'ID token', secret: 'Secret token', save: 'Simpan koneksi', certificate: 'Periksa sertifikat node' },
  en: { name: 'Name', host: 'Node address', tokenId: 'Token ID', secret: 'Token secret', save: 'Save connection', certificate: "Check the node's certificate" },
} as const;

/** Saves a token profile on the Connect page (in Indonesian unless told); ends on the certificate dialog. */
export async function addProfile(page: Page, standin: Standin, name: string, language: 'id' | 'en' = 'id'): Promise<void> {
  const label = LABELS[language];
  await page.getByLabel(label.name, { exact: true }).fill(name);
  await page.getByLabel(label.host).fill(standin.host);
  await page.getByLabel('Port').fill(String(standin.port));
  await page.getByLabel(label.tokenId).fill(STANDIN_SECRETS.runnerToken);
  await page.getByLabel(label.secret).fill(STANDIN_SECRETS.runnerSecret);
  await page.getByRole('button', { name: label.save }).click();
  await page.getByRole('dialog', { name: label.certificate }).waitFor();
}
