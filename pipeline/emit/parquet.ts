// A table of processed/ as Apache Parquet, typed by its Table Schema, for DuckDB, Spark or a warehouse.
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet';
import { isCalendarDay } from '../extract/dates.ts';
import { message, PipelineError } from '../lib/messages.ts';
import type { Field, FieldType } from './schema.ts';

/** How each Table Schema type is stored: integers as 64-bit integers, numbers as doubles, dates as days since 1970-01-01. */
const STORED_AS: Record<FieldType, Omit<SchemaElement, 'name' | 'repetition_type'>> = {
  string: { type: 'BYTE_ARRAY', converted_type: 'UTF8', logical_type: { type: 'STRING' } },
  integer: { type: 'INT64' },
  number: { type: 'DOUBLE' },
  boolean: { type: 'BOOLEAN' },
  date: { type: 'INT32', converted_type: 'DATE', logical_type: { type: 'DATE' } },
};

// the writer's name is a constant (no version, no time), so two builds write the same bytes
const WRITER = 'kz-election-pipeline (hyparquet-writer)';

/**
 * The rows (already in primary-key order) as one Parquet file: a column per field in the schema's order,
 * missing values (null, undefined, or the empty text the CSV writes as an empty cell) as null, and a
 * column that is required or part of the primary key declared REQUIRED.
 */
export function toParquet(
  table: { name: string; fields: Field[]; primaryKey: string[] },
  rows: Record<string, unknown>[],
): Uint8Array {
  return toParquetColumns(table, (name) => rows.map((row) => row[name]), rows.length);
}

/** The same from the table's columns, each given in row order by `column` (a table held as columns is not copied into rows). */
export function toParquetColumns(
  table: { name: string; fields: Field[]; primaryKey: string[] },
  column: (name: string) => ArrayLike<unknown>,
  rowCount: number,
): Uint8Array {
  const required = (field: Field) => field.constraints?.required === true || table.primaryKey.includes(field.name);
  const schema: SchemaElement[] = [
    { name: 'root', num_children: table.fields.length },
    ...table.fields.map((field) => ({
      name: field.name,
      ...STORED_AS[field.type],
      repetition_type: required(field) ? ('REQUIRED' as const) : ('OPTIONAL' as const),
    })),
  ];
  const columnData = table.fields.map((field) => {
    const values = column(field.name);
    return {
      name: field.name,
      // booleans PLAIN, not the writer's RLE: Spark's vectorized reader before 3.3 reads only plain and dictionary pages
      ...(field.type === 'boolean' ? { encoding: 'PLAIN' as const } : {}),
      data: Array.from({ length: rowCount }, (_, i) => {
        const value = stored(table.name, field, values[i], i + 1);
        if (value === null && required(field))
          throw new PipelineError([message.parquetMissing(table.name, i + 1, field.name)]);
        return value;
      }),
    };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData, schema, createdBy: WRITER }));
}

type Stored = string | bigint | number | boolean | null;

const EXPECTED: Record<FieldType, string> = {
  string: 'a text',
  integer: 'a whole number',
  number: 'a finite number',
  boolean: 'true or false',
  date: 'a day of the calendar written YYYY-MM-DD',
};

/** A value as its column stores it; a value of the wrong type stops the run with the table, row, field and value named. */
function stored(table: string, field: Field, value: unknown, row: number): Stored {
  if (value === null || value === undefined || value === '') return null;
  const ok = (test: boolean, result: () => Stored) => {
    if (!test)
      throw new PipelineError([
        message.parquetValue(table, field.name, field.type, JSON.stringify(value), row, EXPECTED[field.type]),
      ]);
    return result();
  };
  switch (field.type) {
    case 'string':
      return ok(typeof value === 'string', () => value as string);
    case 'integer':
      return ok(Number.isSafeInteger(value), () => BigInt(value as number));
    // -0 is written 0 in the CSV: the same here
    case 'number':
      return ok(typeof value === 'number' && Number.isFinite(value), () => (value === 0 ? 0 : (value as number)));
    case 'boolean':
      return ok(typeof value === 'boolean', () => value as boolean);
    case 'date':
      return ok(typeof value === 'string' && isCalendarDay(value), () => Date.parse(`${value}T00:00:00Z`) / 86_400_000);
  }
}
