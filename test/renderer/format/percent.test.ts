import { describe, expect, it } from 'vitest';
import { formatPercent, formatPercentFixed } from '../../../core/format/percent';

// One way to write a percentage per language, on every page, chart and the report.

describe('percentages', () => {
  it('are "8,7 %" in Indonesian and "8.7%" in English', () => {
    expect(formatPercent(8.68, 1, 'id-ID')).toBe('8,7 %');
    expect(formatPercent(8.68, 1, 'en-US')).toBe('8.7%');
    expect(formatPercent(1234.5, 0, 'id-ID')).toBe('1.235 %');
  });

  it('read a Proxmox VE fraction with two decimals', () => {
    expect(formatPercentFixed(0.19169, 'id-ID')).toBe('19,17 %');
    expect(formatPercentFixed(0.19169, 'en-US')).toBe('19.17%');
  });
});
