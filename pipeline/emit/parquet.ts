// A table of processed/ as Apache Parquet, typed by its Table Schema, for DuckDB, Spark or a warehouse.
import { parquetWriteBuffer } from 'hyparquet-writer';
import type { SchemaElement } from 'hyparquet';
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
  const required = (field: Field) => field.constraints?.required === true || table.primaryKey.includes(field.name);
  const schema: SchemaElement[] = [
    { name: 'root', num_children: table.fields.length },
    ...table.fields.map((field) => ({
      name: field.name,
      ...STORED_AS[field.type],
      repetition_type: required(field) ? ('REQUIRED' as const) : ('OPTIONAL' as const),
    })),
  ];
  const columnData = table.fields.map((field) => ({
    name: field.name,
    // booleans PLAIN, not the writer's RLE: Spark's vectorized reader before 3.3 reads only plain and dictionary pages
    ...(field.type === 'boolean' ? { encoding: 'PLAIN' as const } : {}),
    data: rows.map((row, i) => {
      const value = stored(table.name, field, row[field.name]);
      if (value === null && required(field))
        throw new Error(`${table.name}: row ${i + 1} has no ${field.name}, which is required`);
      return value;
    }),
  }));
  return new Uint8Array(parquetWriteBuffer({ columnData, schema, createdBy: WRITER }));
}

type Stored = string | bigint | number | boolean | null;

/** A value as its column stores it; a value of the wrong type is a bug in the table's code, named as such. */
function stored(table: string, field: Field, value: unknown): Stored {
  if (value === null || value === undefined || value === '') return null;
  const ok = (test: boolean, result: () => Stored) => {
    if (!test) throw new Error(`${table}: field ${field.name} (${field.type}) was given ${JSON.stringify(value)}`);
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
    case 'date': {
      // Date.parse rolls 2021-02-30 over to March: a day that does not come back as written is refused
      const time =
        typeof value === 'string' && /^\d{4}-\d\d-\d\d$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : NaN;
      return ok(
        !Number.isNaN(time) && new Date(time).toISOString().startsWith(value as string),
        () => time / 86_400_000,
      );
    }
  }
}
