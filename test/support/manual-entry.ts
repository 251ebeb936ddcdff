import type { Locator, Page } from 'playwright-core';
import qosuiEn from '../../renderer/i18n/qosui.en.json';
import qosuiId from '../../renderer/i18n/qosui.id.json';

/** What a student copies from Wireshark's Capture File Properties, typed as they type it. */
export interface ManualEntry {
  service: string;
  packets: string;
  bytes: string;
  timeSpan: string;
  loss?: string;
  delay?: string;
  jitter?: string;
}

const FIELDS = ['service', 'packets', 'bytes', 'timeSpan', 'loss', 'delay', 'jitter'] as const;

/**
 * Types `entry` into the Captures page's manual-entry form, field by field under the labels the
 * page shows in `language`, leaving the optional ones it does not give alone. Returns the form
 * for what the test reads from it; `add` presses "Add to the comparison" afterwards.
 */
export async function fillManualEntry(page: Page, entry: ManualEntry, options: { language?: 'id' | 'en'; add?: boolean } = {}): Promise<Locator> {
  const words = (options.language === 'en' ? qosuiEn : qosuiId).manualEntry;
  const form = page.locator('.manual-form');
  for (const field of FIELDS) {
    const value = entry[field];
    if (value !== undefined) await form.getByLabel(words.field[field]).fill(value);
  }
  if (options.add) await form.getByRole('button', { name: words.add }).click();
  return form;
}
