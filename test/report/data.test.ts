import { describe, expect, it } from 'vitest';
import { loadPackage } from '../../pipeline/report/data.ts';

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
