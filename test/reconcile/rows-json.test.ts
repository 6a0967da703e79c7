import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { writeRowsJsonAtomic } from '../../pipeline/reconcile/rows-json.ts';

const folder = mkdtempSync(join(tmpdir(), 'rows-json-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// what writeJsonAtomic writes for the same value: the bytes every later reader and test expects
const whole = (name: string, rows: unknown[]) => `${JSON.stringify({ [name]: rows }, null, 1)}\n`;

describe('writeRowsJsonAtomic', () => {
  it('writes an empty list as {"name": []}', () => {
    const path = join(folder, 'empty.json');
    writeRowsJsonAtomic(path, 'claims', []);
    expect(readFileSync(path, 'utf8')).toBe('{\n "claims": []\n}\n');
  });

  it('writes nested rows, arrays and missing values indented as JSON.stringify does', () => {
    const path = join(folder, 'nested.json');
    const rows = [
      { fact_id: 'votes:kz-mazhilis-2021:auyl', value: null, claims: ['a:1:c1', 'b:2:c3'], sources: [] },
      { line: 287, note: 'Ақ жол "quoted"\nline' },
    ];
    writeRowsJsonAtomic(path, 'facts', rows);
    expect(readFileSync(path, 'utf8')).toBe(whole('facts', rows));
  });

  it('gives the same bytes as one JSON.stringify for any rows, across batch boundaries', () => {
    const row = fc.record({
      id: fc.string(),
      value: fc.option(fc.double({ noNaN: true })),
      tags: fc.array(fc.string(), { maxLength: 3 }),
      inner: fc.option(fc.dictionary(fc.string(), fc.integer())),
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), fc.integer({ min: 0, max: 4100 }), (rows, copies) => {
        const all = [...rows, ...Array.from({ length: copies }, (_, i) => ({ id: `r${i}`, value: i }))];
        const path = join(folder, 'property.json');
        writeRowsJsonAtomic(path, 'rows', all);
        expect(readFileSync(path, 'utf8')).toBe(whole('rows', all));
      }),
      { numRuns: 40 },
    );
  });
});
