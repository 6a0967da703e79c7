import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromSpreadsheetSafe, toSpreadsheetSafe } from '../../pipeline/lib/spreadsheet.ts';

describe('spreadsheet-safe CSV text', () => {
  it.each([
    ['=HYPERLINK("http://example.com","x")', '\'=HYPERLINK("http://example.com","x")'],
    ['+cmd Ak Zhol', "'+cmd Ak Zhol"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\t=1', "'\t=1"],
    ['-8', '-8'],
    ['+5', '+5'],
    ['Nur Otan', 'Nur Otan'],
    ['', ''],
    ["'=quoted", "''=quoted"],
  ])('writes %j as %j', (text, cell) => {
    expect(toSpreadsheetSafe(text)).toBe(cell);
  });

  it('reads back every text as it was', () => {
    fc.assert(
      fc.property(
        fc
          .array(fc.constantFrom("'", '=', '+', '-', '@', '\t', '1', '.', 'a', ' '), { maxLength: 8 })
          .map((p) => p.join('')),
        (text) => {
          expect(fromSpreadsheetSafe(toSpreadsheetSafe(text))).toBe(text);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
