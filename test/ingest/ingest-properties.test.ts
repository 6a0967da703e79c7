import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestSource } from '../../pipeline/ingest/ingest.ts';

const source = { source_id: 'made-up', file: 'raw/made-up.txt', sha256: '0'.repeat(64) };
const fragment = fc.constantFrom(
  '',
  '= Title =',
  '== Results ==',
  'Background',
  'Infobox',
  '- Turnout: 63.25%',
  '- CIS Executive Committee – 179',
  '| Party | Votes |',
  '| Nur Otan | 5,148,074 |',
  '| |',
  'Party | Votes | ||',
  '---|---|---|',
  'Nur Otan | 5,148,074 |',
  'Last election results',
  'The party won 71.1% of the vote.[12] It lost 8 seats.',
  '[13] However, turnout fell.',
  'the ruling Nur-',
  'Otan won.',
  '"[36] A quote ended.',
  ' An indented line',
  '\u00a0\u00a0',
  // the shapes of tables without delimiters, one-cell-a-line tables, data lines and GitHub tables
  'Party Votes % Seats +/–',
  'Nationwide Social Democratic Party 34,567 0.52 0 –',
  '   Party            Votes      Pct   Seats',
  '1. Nur Otan     5,148,074    71.09      76',
  '   Kazakhstan',
  '-----------------------------',
  'Party',
  'Votes',
  '%',
  '5,148,074',
  'n/a',
  'Valid votes: 7,241,562',
  'Total: 98',
  '| Party | Votes |',
  '| :--- | ---: |',
  '| Ak Zhol \\| Aq Jol | 792,828 |',
  'Adal | 258,618 | 3.57',
);

describe('ingestSource on made-up texts', () => {
  it.each(['line-per-paragraph', 'hard-wrapped'] as const)(
    'never throws, and keeps every block inside the text (%s)',
    (layout) => {
      fc.assert(
        fc.property(fc.array(fragment, { minLength: 1, maxLength: 30 }), (parts) => {
          const text = parts.join('\n');
          const lineCount = text.split('\n').length;
          for (const block of ingestSource({ ...source, layout }, text).blocks) {
            expect(block.first_line).toBeGreaterThanOrEqual(1);
            expect(block.last_line).toBeLessThanOrEqual(lineCount);
            expect(block.first_line).toBeLessThanOrEqual(block.last_line);
          }
        }),
        { numRuns: 500 },
      );
    },
  );
});
