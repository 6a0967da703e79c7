// Any results table that lost its delimiters, flattened or padded into columns, reads back to its cells.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../pipeline/ingest/blocks.ts';
import { ingestSource } from '../../pipeline/ingest/ingest.ts';

const source = {
  source_id: 'made-up',
  file: 'raw/made-up.txt',
  sha256: '0'.repeat(64),
  layout: 'line-per-paragraph' as const,
};
const names = [
  'Nur Otan',
  'Ak Zhol Democratic Party',
  "People's Party of Kazakhstan",
  'Auyl',
  'Adal',
  'Nationwide Social Democratic Party',
];
const row = fc.record({
  name: fc.constantFrom(...names),
  votes: fc.integer({ min: 0, max: 9_999_999 }),
  share: fc.integer({ min: 0, max: 10_000 }),
  seats: fc.integer({ min: 0, max: 120 }),
});
type Row = { name: string; votes: number; share: number; seats: number };
const cells = (r: Row) => [r.name, r.votes.toLocaleString('en-US'), (r.share / 100).toFixed(2), String(r.seats)];

function tableOf(text: string): TableBlock {
  const tables = ingestSource(source, text).blocks.filter((b): b is TableBlock => b.kind === 'table');
  expect(tables).toHaveLength(1);
  return tables[0]!;
}

describe('tables without delimiters, as properties', () => {
  it('reads any space-flattened table back to its cells, names of several words whole', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const text = ['Party Votes % Seats', ...rows.map((r) => cells(r).join(' '))].join('\n');
        expect(tableOf(text).rows.map((r) => r.cells)).toEqual(rows.map(cells));
      }),
    );
  });

  it('reads any fixed-width table back to its cells, numbered rows and dashed rules aside', () => {
    const pad = (c: string[]) => `${c[0]!.padEnd(36)}${c[1]!.padStart(12)}${c[2]!.padStart(9)}${c[3]!.padStart(8)}`;
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        const header = `    ${'Party'.padEnd(36)}${'Votes'.padStart(12)}${'Pct'.padStart(9)}${'Seats'.padStart(8)}`;
        const body = rows.map((r, k) => `${`${k + 1}.`.padEnd(4)}${pad(cells(r))}`);
        const text = ['-'.repeat(70), header, '-'.repeat(70), ...body, '-'.repeat(70)].join('\n');
        expect(tableOf(text).rows.map((r) => r.cells)).toEqual(rows.map(cells));
      }),
    );
  });
});
