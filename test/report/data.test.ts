import { describe, expect, it } from 'vitest';
import { loadPackage, recordBatches } from '../../pipeline/report/data.ts';

const resource = (fields: [string, string][]) => ({
  name: 'claims',
  path: 'claims.csv',
  schema: { fields: fields.map(([name, type]) => ({ name, type })) as never, primaryKey: ['claim_id'] },
});

describe('loadPackage', () => {
  it('takes off the apostrophe the CSV writer puts before = + - @, and keeps every other text as written', () => {
    const csv = "claim_id,excerpt\na,'=HYPERLINK(\"x\")\nb,'- Seats: 98\nc,'plain quote\nd,''@SUM(1)\n";
    const table = loadPackage(
      {
        version: 'v',
        resources: [
          resource([
            ['claim_id', 'string'],
            ['excerpt', 'string'],
          ]),
        ],
      },
      () => csv,
    ).tables.get('claims')!;
    expect(table.rows.map((row) => row.excerpt)).toEqual([
      '=HYPERLINK("x")',
      '- Seats: 98',
      "'plain quote",
      "'@SUM(1)",
    ]);
  });

  it('types cells by the schema and keeps an empty cell missing, never 0', () => {
    const csv = 'claim_id,value,linked\na,71.09,true\nb,,false\n';
    const fields: [string, string][] = [
      ['claim_id', 'string'],
      ['value', 'number'],
      ['linked', 'boolean'],
    ];
    const table = loadPackage({ version: 'v', resources: [resource(fields)] }, () => csv).tables.get('claims')!;
    expect(table.rows).toEqual([
      { claim_id: 'a', value: 71.09, linked: true },
      { claim_id: 'b', value: null, linked: false },
    ]);
  });
});

describe('recordBatches', () => {
  it('cuts a CSV text into pieces of whole records, each with the header; a newline or "" inside quotes is no cut', () => {
    const csv = 'id,excerpt\na,"two\nlines"\nb,"a ""quoted"" word"\nc,plain\nd,"x,\ny"\n';
    expect([...recordBatches(csv, 2)]).toEqual([
      'id,excerpt\na,"two\nlines"\nb,"a ""quoted"" word"\n',
      'id,excerpt\nc,plain\nd,"x,\ny"\n',
    ]);
    expect([...recordBatches('id,excerpt\na,x', 2)]).toEqual(['id,excerpt\na,x']);
    expect([...recordBatches('id,excerpt\n', 2)]).toEqual(['id,excerpt\n']);
  });

  it('loads a table read in many pieces as it loads one read whole, row for row', () => {
    const rows = Array.from(
      { length: 12_345 },
      (_, i) => `c${i},"line ${i % 7}\nand ""more""",${i % 3 === 0 ? '' : i / 4}`,
    );
    const csv = `claim_id,excerpt,value\n${rows.join('\n')}\n`;
    const fields: [string, string][] = [
      ['claim_id', 'string'],
      ['excerpt', 'string'],
      ['value', 'number'],
    ];
    const table = loadPackage({ version: 'v', resources: [resource(fields)] }, () => csv).tables.get('claims')!;
    expect(table.rows).toHaveLength(12_345);
    expect(table.rows[0]).toEqual({ claim_id: 'c0', excerpt: 'line 0\nand "more"', value: null });
    expect(table.rows[12_344]).toEqual({ claim_id: 'c12344', excerpt: 'line 3\nand "more"', value: 3086 });
    expect(table.rows.map((r) => r.claim_id)).toEqual(rows.map((_, i) => `c${i}`));
  });
});
