// One table at two versions: typed values, rows matched by key, schema changes, and the daff quirks handled around it.
import { describe, expect, it } from 'vitest';
import type { SideTable } from '../../pipeline/diff/side.ts';
import { compareTable } from '../../pipeline/diff/table.ts';

const schema = {
  fields: [
    { name: 'party_id', type: 'string' },
    { name: 'votes', type: 'integer' },
    { name: 'share', type: 'number' },
    { name: 'passed', type: 'boolean' },
  ],
  primaryKey: ['party_id'],
  missingValues: [''],
};
const table = (csv: string, changes: Partial<SideTable['schema']> = {}): SideTable => ({
  name: 'results',
  path: 'results.csv',
  schema: { ...schema, ...changes },
  csv,
});
const labels: [string, string] = ['v1 (aaaaaaa)', 'the working tree'];
const BASE = 'party_id,votes,share,passed\nadal,258618,3.57,false\nnur-otan,5148074,71.0907,true\n';

describe('compareTable', () => {
  it('compares typed values: trailing zeros, a leading plus, TRUE and true, and row order make no change', () => {
    const after = table('party_id,votes,share,passed\nnur-otan,+5148074,71.09070,TRUE\nadal,258618,3.570,0\n');
    const diff = compareTable('results', table(BASE), after, labels);
    expect(diff.status).toBe('unchanged');
    expect([diff.added, diff.removed, diff.changed]).toEqual([[], [], []]);
  });

  it('reports a change in the last decimal, and an empty cell against 0, with the key, the column and both values', () => {
    const after = table('party_id,votes,share,passed\nadal,,3.57,false\nnur-otan,5148074,71.0908,true\n');
    const diff = compareTable('results', table(BASE.replace('258618', '0')), after, labels);
    expect(diff.status).toBe('changed');
    expect(diff.changed).toEqual([
      { key: ['adal'], cells: [{ column: 'votes', from: '0', to: null }] },
      { key: ['nur-otan'], cells: [{ column: 'share', from: '71.0907', to: '71.0908' }] },
    ]);
  });

  it('lists rows added and removed by their key', () => {
    const diff = compareTable(
      'results',
      table(BASE),
      table('party_id,votes,share,passed\nak-zhol,792828,10.95,true\nnur-otan,5148074,71.0907,true\n'),
      labels,
    );
    expect(diff.added).toEqual([['ak-zhol']]);
    expect(diff.removed).toEqual([['adal']]);
    expect(diff.changed).toEqual([]);
    expect(diff.rows).toEqual({ from: 2, to: 2 });
  });

  it('reports an added column as a schema change, not as every row changed', () => {
    const after = table(
      'party_id,votes,share,passed,seats\nadal,258618,3.57,false,0\nnur-otan,5148074,71.0907,true,76\n',
      { fields: [...schema.fields, { name: 'seats', type: 'integer' }] },
    );
    const diff = compareTable('results', table(BASE), after, labels);
    expect(diff.status).toBe('changed');
    expect(diff.schema).toEqual([{ kind: 'column-added', column: 'seats', type: 'integer' }]);
    expect(diff.changed).toEqual([]);
  });

  it('reports a renamed column, a changed type and a changed key as such, and still compares the rows', () => {
    const fields = [
      { name: 'party', type: 'string' },
      { name: 'votes', type: 'number' },
      { name: 'share', type: 'number' },
      { name: 'passed', type: 'boolean' },
    ];
    const after = table('party,votes,share,passed\nadal,258618,3.57,false\nnur-otan,5148074,71.0907,true\n', {
      fields,
      primaryKey: ['party', 'votes'],
    });
    const diff = compareTable('results', table(BASE), after, labels);
    expect(diff.schema).toEqual([
      { kind: 'column-renamed', from: 'party_id', to: 'party' },
      { kind: 'type-changed', column: 'votes', from: 'integer', to: 'number' },
      { kind: 'primary-key-changed', from: ['party_id'], to: ['party', 'votes'] },
    ]);
    expect(diff.key).toEqual(['party', 'votes']);
    expect([diff.added, diff.removed, diff.changed]).toEqual([[], [], []]);
  });

  it('checks the key columns exist before daff (which would silently guess another key)', () => {
    const after = table('party,votes,share,passed\nadal,258618,3.57,false\n');
    const diff = compareTable('results', table(BASE), after, labels);
    expect(diff.status).toBe('not-compared');
    expect(diff.reason).toBe(
      'the working tree: results.csv has no column "party_id", which its schema\'s primary key names; ' +
        'rows not compared (run make all to rewrite processed/)',
    );
  });

  it('finds duplicate keys (daff raises nothing and leaves those rows unmatched)', () => {
    const diff = compareTable('results', table(`${BASE}adal,1,2,true\n`), table(BASE), labels);
    expect(diff.status).toBe('not-compared');
    expect(diff.reason).toBe(
      'v1 (aaaaaaa): results.csv has 2 rows with the primary key adal; ' +
        'rows not compared (a key must name one row: run make all, or fix the table)',
    );
  });

  it('reports a table added or removed with its rows, not row by row', () => {
    expect(compareTable('results', undefined, table(BASE), labels)).toMatchObject({
      status: 'added',
      rows: { from: 0, to: 2 },
      added: [],
    });
    expect(compareTable('results', table(BASE), undefined, labels)).toMatchObject({
      status: 'removed',
      rows: { from: 2, to: 0 },
      removed: [],
    });
  });
});
