import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatValue, parseFormat } from '../../pipeline/report/format.ts';
import { matches, parseFilter } from '../../pipeline/report/filters.ts';

describe('formatNumber', () => {
  it('groups thousands, writes a true minus and signs swings', () => {
    expect(formatNumber(5148074, null)).toBe('5,148,074');
    expect(formatNumber(-11.1093, 2)).toBe('\u221211.11');
    expect(formatNumber(3.7683, 2, true)).toBe('+3.77');
    expect(formatNumber(0, 1, true)).toBe('0.0');
    expect(formatNumber(-0.004, 2, true)).toBe('0.00');
    expect(formatNumber(1234.5, 0)).toBe('1,235');
  });

  it('reads back as the number rounded to its decimals (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (value, decimals) => {
          const text = formatNumber(value, decimals, true).replace(/,/g, '').replace('\u2212', '-');
          expect(Number(text)).toBe(Number(value.toFixed(decimals)) || 0);
        },
      ),
    );
  });
});

describe('formats', () => {
  it('parse name and decimals, and refuse anything else', () => {
    expect(parseFormat('signed:2')).toEqual({ name: 'signed', decimals: 2 });
    expect(parseFormat('int')).toEqual({ name: 'int', decimals: null });
    expect(parseFormat('sign:2')).toBeNull();
    expect(parseFormat('fixed:12')).toBeNull();
  });

  it('print missing as missing, never as zero', () => {
    expect(formatValue(null, parseFormat('fixed:2'))).toBe('not given');
    expect(formatValue(71.0907, parseFormat('percent:2'))).toBe('71.09%');
    expect(formatValue(true, null)).toBe('yes');
  });
});

describe('filters', () => {
  it('match values, alternatives, exclusions and missing cells', () => {
    const { conditions } = parseFilter('kind=exit|opinion, share!=, party_id!=jsdp');
    expect(matches({ kind: 'exit', share: 3, party_id: 'adal' }, conditions)).toBe(true);
    expect(matches({ kind: 'exit', share: null, party_id: 'adal' }, conditions)).toBe(false);
    expect(matches({ kind: 'count', share: 3, party_id: 'adal' }, conditions)).toBe(false);
    expect(matches({ kind: 'exit', share: 3, party_id: 'jsdp' }, conditions)).toBe(false);
  });

  it('return the part that is not a condition', () => {
    expect(parseFilter('party_id=adal, threshold>5').bad).toBe('threshold>5');
  });
});
