// processed/parquet/ read back by DuckDB: every table, column types and values, against its CSV and Table Schema.
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { fromSpreadsheetSafe } from '../../pipeline/lib/spreadsheet.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publish, publishTo } from '../../pipeline/emit/package.ts';
import { toParquet } from '../../pipeline/emit/parquet.ts';
import type { Field, FieldType } from '../../pipeline/emit/schema.ts';
import { messagesOf } from '../lib/errors.ts';

interface Resource {
  name: string;
  path: string;
  schema: { fields: Field[]; primaryKey: string[] };
  parquet: { path: string; format: string; mediatype: string; bytes: number; hash: string };
}

const descriptor = JSON.parse(readFileSync('processed/datapackage.json', 'utf8')) as { resources: Resource[] };
const DUCKDB_TYPE: Record<FieldType, string> = {
  string: 'VARCHAR',
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  date: 'DATE',
};
const scratch = mkdtempSync(join(tmpdir(), 'parquet-'));
let duckdb: DuckDBConnection;

beforeAll(async () => {
  duckdb = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => {
  duckdb.closeSync();
  rmSync(scratch, { recursive: true, force: true });
});

const sqlText = (text: string) => `'${text.replace(/'/g, "''")}'`;
async function readParquet(path: string) {
  const reader = await duckdb.runAndReadAll(`SELECT * FROM read_parquet(${sqlText(path)})`);
  // a DATE comes back as a value object whose text is YYYY-MM-DD
  const plain = (v: DuckDBValue) => (v === null || typeof v !== 'object' || v instanceof Uint8Array ? v : String(v));
  return {
    names: reader.columnNames(),
    types: reader.columnTypes().map(String),
    rows: reader.getRows().map((row) => row.map(plain)),
  };
}

/** A CSV cell as the value its Table Schema type says it is; an empty cell is missing. */
function typed(cell: string, type: FieldType): string | bigint | number | boolean | null {
  if (cell === '') return null;
  if (type === 'integer') return BigInt(cell);
  if (type === 'number') return Number(cell);
  if (type === 'boolean') return cell === 'true';
  // the CSV guards a text cell that begins like a formula with an apostrophe; Parquet holds the text itself
  return fromSpreadsheetSafe(cell);
}

describe('processed/parquet/', () => {
  it('lists a Parquet file beside every CSV in datapackage.json, with its size and sha256, and holds no other file', () => {
    expect(readdirSync('processed/parquet').sort()).toEqual(
      descriptor.resources.map((r) => r.parquet.path.replace('parquet/', '')).sort(),
    );
    for (const resource of descriptor.resources) {
      const bytes = readFileSync(join('processed', resource.parquet.path));
      expect(resource.parquet, resource.name).toEqual({
        path: `parquet/${resource.path.replace(/\.csv$/, '')}.parquet`,
        format: 'parquet',
        mediatype: 'application/vnd.apache.parquet',
        bytes: bytes.length,
        hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
      });
    }
  });

  it("holds every table as DuckDB reads it: the CSV's columns with their Table Schema types, and its rows value by value", async () => {
    expect(descriptor.resources.length).toBeGreaterThanOrEqual(18);
    for (const resource of descriptor.resources) {
      const { fields } = resource.schema;
      const [header, ...body] = parse(readFileSync(join('processed', resource.path), 'utf8')) as string[][];
      const parquet = await readParquet(join('processed', resource.parquet.path));
      expect(parquet.names, resource.name).toEqual(header);
      expect(parquet.types, resource.name).toEqual(fields.map((f) => DUCKDB_TYPE[f.type]));
      expect(parquet.rows, resource.name).toEqual(
        body.map((cells) => cells.map((cell, i) => typed(cell, fields[i]!.type))),
      );
    }
  });

  it('uses only plain and dictionary encodings, which every Parquet reader knows (Spark before 3.3 reads no other)', async () => {
    const encodings = (
      await duckdb.runAndReadAll(
        "SELECT DISTINCT encodings FROM parquet_metadata('processed/parquet/*.parquet') ORDER BY 1",
      )
    ).getRows();
    expect(encodings).toEqual([['PLAIN'], ['PLAIN, RLE_DICTIONARY']]);
  });

  // that two builds write the same bytes is tested end to end: test/makefile.test.ts compares a fresh make all, and one after make clean, with processed/
  it('names no time and no version of the writer in the files', async () => {
    for (const resource of descriptor.resources) {
      const path = sqlText(join('processed', resource.parquet.path));
      const meta = (await duckdb.runAndReadAll(`SELECT created_by FROM parquet_file_metadata(${path})`)).getRows();
      expect(meta, resource.name).toEqual([['kz-election-pipeline (hyparquet-writer)']]);
      expect(
        (await duckdb.runAndReadAll(`SELECT * FROM parquet_kv_metadata(${path})`)).getRows(),
        resource.name,
      ).toEqual([]);
    }
  });

  it("runs the query of docs/datasets.md over processed/parquet/: the 2021 result with each party's swing", async () => {
    const datasets = readFileSync('docs/datasets.md', 'utf8');
    const query = /\n## Parquet[\s\S]*?```sql\n([\s\S]*?)```/.exec(datasets)?.[1];
    expect(query?.trim().split('\n')).toHaveLength(3);
    const rows = (await duckdb.runAndReadAll(query!)).getRowObjectsJson();
    // seats as the sources state them (76, 12, 10; Auyl and Adal under the 7% threshold)
    expect(rows.map((r) => `${r.party_id} ${r.seats} ${Number(r.vote_share).toFixed(2)}`)).toEqual([
      'nur-otan 76 71.09',
      'ak-zhol 12 10.95',
      'peoples-party 10 9.10',
      'auyl 0 5.29',
      'adal 0 3.57',
    ]);
    expect(rows.map((r) => Number(r.swing_pp).toFixed(2))).toEqual(['-11.11', '3.77', '1.96', '3.28', '3.28']);
  });
});

describe('toParquet', () => {
  const fields: Field[] = [
    { name: 'id', type: 'string', description: 'Key.' },
    { name: 'votes', type: 'integer', description: 'A count.' },
    { name: 'share', type: 'number', description: 'A percent.' },
    { name: 'passed', type: 'boolean', description: 'A flag.' },
    { name: 'day', type: 'date', description: 'A date.' },
    { name: 'note', type: 'string', description: 'Free text.' },
  ];
  const table = { name: 'sample', fields, primaryKey: ['id'] };
  const write = async (rows: Record<string, unknown>[]) => {
    const path = join(scratch, 'sample.parquet');
    writeFileSync(path, toParquet(table, rows));
    return readParquet(path);
  };

  it('stores each type as its own Parquet type, a missing value (null, undefined or empty text) as null, never 0', async () => {
    const { types, rows } = await write([
      { id: 'a', votes: 5148074, share: 71.0907, passed: true, day: '2021-01-10', note: 'Nur Otan, "first"' },
      { id: 'b', votes: null, share: undefined, passed: false, day: '', note: '' },
      { id: 'c', votes: 0, share: -0.5, passed: null, day: '1999-12-31', note: 'Ақ жол' },
    ]);
    expect(types).toEqual(['VARCHAR', 'BIGINT', 'DOUBLE', 'BOOLEAN', 'DATE', 'VARCHAR']);
    expect(rows).toEqual([
      ['a', 5148074n, 71.0907, true, '2021-01-10', 'Nur Otan, "first"'],
      ['b', null, null, false, null, null],
      ['c', 0n, -0.5, null, '1999-12-31', 'Ақ жол'],
    ]);
  });

  it('writes -0 as 0, as the CSV does', async () => {
    const { rows } = await write([{ id: 'a', share: -0 }]);
    expect(Object.is(rows[0]![2], 0)).toBe(true);
  });

  it('writes a table with no rows, its columns still typed', async () => {
    const { names, types, rows } = await write([]);
    expect(names).toEqual(['id', 'votes', 'share', 'passed', 'day', 'note']);
    expect(types).toEqual(['VARCHAR', 'BIGINT', 'DOUBLE', 'BOOLEAN', 'DATE', 'VARCHAR']);
    expect(rows).toEqual([]);
  });

  it('refuses a value of the wrong type, or a missing key, with a message naming the table, row, field and value', () => {
    const refusal = (rows: Record<string, unknown>[]) => messagesOf(() => toParquet(table, rows));
    const nothing = 'Nothing was written to processed/';
    expect(refusal([{ id: 'a', votes: 1.5 }])).toEqual([
      `sample: field votes (integer) was given 1.5 in row 1; expected a whole number. ${nothing}`,
    ]);
    expect(refusal([{ id: 'a' }, { id: 'b', share: '7.1' }])).toEqual([
      `sample: field share (number) was given "7.1" in row 2; expected a finite number. ${nothing}`,
    ]);
    expect(refusal([{ id: 'a', day: '10.01.2021' }])).toEqual([
      `sample: field day (date) was given "10.01.2021" in row 1; expected a day of the calendar written YYYY-MM-DD. ${nothing}`,
    ]);
    expect(refusal([{ id: 'a', votes: 3 }, { id: 'b' }, { votes: 3 }])).toEqual([
      `sample: row 3 has no id, which is required. ${nothing}`,
    ]);
  });

  it('refuses a date that is no day of the calendar (2020-12-32, 2021-02-30) with a message, never a stack trace', () => {
    for (const day of ['2020-12-32', '2021-02-30'])
      expect(messagesOf(() => toParquet(table, [{ id: 'a', day }]))).toEqual([
        `sample: field day (date) was given "${day}" in row 1; expected a day of the calendar written YYYY-MM-DD. Nothing was written to processed/`,
      ]);
  });
});

describe('publish', () => {
  it('guards a formula-like text cell with an apostrophe in the CSV only; the Parquet file holds the text as the source wrote it', async () => {
    const fields: Field[] = [
      { name: 'id', type: 'string', description: 'Key.' },
      { name: 'excerpt', type: 'string', description: 'Text.' },
    ];
    const rows = [
      { id: 'a', excerpt: '=HYPERLINK("http://x")' },
      { id: 'b', excerpt: '@SUM(1)' },
      { id: 'c', excerpt: 'plain' },
    ];
    const { files } = publish(
      [{ name: 'sample', title: 'Sample', description: 'One row is a sample.', fields, primaryKey: ['id'], rows }],
      [],
      { name: 'test', title: 'Test' },
    );
    expect(files.get('sample.csv')).toBe('id,excerpt\na,"\'=HYPERLINK(""http://x"")"\nb,\'@SUM(1)\nc,plain\n');
    const path = join(scratch, 'published.parquet');
    writeFileSync(path, files.get('parquet/sample.parquet')!);
    expect((await readParquet(path)).rows).toEqual([
      ['a', '=HYPERLINK("http://x")'],
      ['b', '@SUM(1)'],
      ['c', 'plain'],
    ]);
  });

  it('writes a table of many thousand rows in primary-key order, piece by piece, its version a hash of the CSV', () => {
    const fields: Field[] = [
      { name: 'id', type: 'integer', description: 'Key.' },
      { name: 'name', type: 'string', description: 'Text.' },
    ];
    // 25,001 rows given in reverse: the CSV is written 10,000 rows at a time
    const rows = Array.from({ length: 25_001 }, (_, i) => ({ id: 25_000 - i, name: i % 2 ? 'odd, "quoted"' : null }));
    const pieces: [string, string][] = [];
    const descriptor = publishTo(
      (path, content) => {
        if (typeof content !== 'string' && !(content instanceof Uint8Array))
          for (const piece of content) pieces.push([path, piece]);
      },
      [{ name: 'many', title: 'Many', description: 'One row is a number.', fields, primaryKey: ['id'], rows }],
      [],
      { name: 'test', title: 'Test' },
    );
    const csv = pieces.map(([, piece]) => piece).join('');
    const lines = Array.from({ length: 25_001 }, (_, id) => `${id},${(25_000 - id) % 2 ? '"odd, ""quoted"""' : ''}`);
    expect(csv).toBe(`id,name\n${lines.join('\n')}\n`);
    expect(pieces.map(([path]) => path)).toEqual(['many.csv', 'many.csv', 'many.csv']);
    const version = createHash('sha256').update('many.csv').update('\0').update(csv).digest('hex').slice(0, 16);
    expect(descriptor.version).toBe(`sha256:${version}`);
  });
});
