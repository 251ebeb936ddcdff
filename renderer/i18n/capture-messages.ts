import type { CaptureError, CaptureWarning } from '../../core/capture/report-schema';
import { formatInteger } from '../../core/format/numbers';
import type { Translate } from '../../core/catalogue';

// Reader errors and warnings carry a catalogue key, parameters and the English sentence. The
// sentence is the fallback while a key has no translation in the loaded resources.

function localisedParams(params: Record<string, string | number>, locale: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    // i18next picks the plural form from a numeric `count`.
    if (name === 'count') out[name] = value;
    else out[name] = typeof value === 'number' && Number.isInteger(value) ? formatInteger(value, locale) : String(value);
  }
  return out;
}

export function captureMessageText(message: CaptureError | CaptureWarning, t: Translate, locale: string): string {
  return t(message.messageKey, { ...localisedParams(message.params, locale), defaultValue: message.message });
}
