import { describe, expect, it } from 'vitest';
import { filterMessages } from '../../../core/capture/filter/messages';
import { parseFilter } from '../../../electron/capture/filter/parser';
import { FilterSyntaxError } from '../../../electron/capture/filter/errors';
import { formatCaptureMessage } from '../../../core/capture/messages';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
/** English words that must not appear in the Indonesian text (field names and operators aside). */
const ENGLISH = /\b(the|end of|found|expected|address|position|cannot|is not|filter ends|dissection|number)\b/i;

describe('display filter messages', () => {
  it.each(Object.entries(filterMessages))('%s says the same in both languages, the Indonesian without English words', (_key, entry) => {
    expect(placeholders(entry.id)).toEqual(placeholders(entry.en));
    expect(entry.id.replace(/"[^"]*"|\{\{\w+\}\}|\([^)]*\)|\b[a-z]+\.[a-z_.]+\b/g, '')).not.toMatch(ENGLISH);
  });

  // Every refusal, filled as the user sees it: no placeholder left, the position where it belongs.
  it.each([
    '(tcp',
    'tcp &&',
    'ip.addr == 300.1.1.1',
    'tcp.port in {80 443}',
    'tcp.port == 70000',
    'frame contains "\\q"',
    'tcp xor udp',
    'ipv6.addr == fe80::zz',
    'eth.addr == 00:11',
    'http.request.method == "GET',
    'frame.time_delta > 1s',
    'tcp.flags.syn == 2',
    'LEN(http.host) == 9',
    'len(http.host',
    'len(http.host)',
    'lower(tcp.port) == "x"',
    'abs(ip.src) > 0',
    'string(http.host) == "x"',
    'ip.src == eth.src',
    'len(http.host, ip.src) == 1',
  ])('%s is refused with every placeholder filled in both languages', (text) => {
    let error: FilterSyntaxError | null = null;
    try {
      parseFilter(text);
    } catch (e) {
      error = e as FilterSyntaxError;
    }
    expect(error).toBeInstanceOf(FilterSyntaxError);
    for (const language of ['en', 'id'] as const) {
      const shown = formatCaptureMessage(error!.messageKey, error!.params, language);
      expect(shown).not.toContain('{{');
      expect(shown).toMatch(new RegExp(`^(Position|Posisi) ${error!.position + 1}:`));
    }
  });
});
