// A CSV read as the typed values its Table Schema describes, each written one canonical way, so that
// daff (which compares text) sees 71.0907 and 71.09070 as one value and an empty cell as missing.
import { fromCSV } from 'arquero';

export type Cell = string | null;

export interface Field {
  name: string;
  type: string;
}

export interface TableSchema {
  fields: Field[];
  primaryKey: string[];
  missingValues: string[];
}

export interface TypedTable {
  columns: string[];
  rows: Cell[][];
}

// Table Schema's defaults for booleans (https://specs.frictionlessdata.io/table-schema/#boolean)
const TRUE_VALUES = new Set(['true', 'True', 'TRUE', '1']);
const FALSE_VALUES = new Set(['false', 'False', 'FALSE', '0']);

/** The canonical text of one value of a field type; a value that does not parse is kept as written. */
export function canonicalValue(text: string, type: string): string {
  const trimmed = text.trim();
  if (type === 'number') {
    const value = Number(trimmed);
    return trimmed !== '' && Number.isFinite(value) ? String(value) : text;
  }
  if (type === 'integer') return /^[+-]?\d+$/.test(trimmed) ? BigInt(trimmed).toString() : text;
  if (type === 'boolean') return TRUE_VALUES.has(trimmed) ? 'true' : FALSE_VALUES.has(trimmed) ? 'false' : text;
  return text;
}

/** Reads the CSV's columns (as its header names them) and types each cell by the schema field of that name. */
export function typeTable(csv: string, schema: TableSchema): TypedTable {
  // autoType off: every cell as written, an empty one as null; the schema says what the text means
  const table = fromCSV(csv, { autoType: false });
  const columns = table.columnNames();
  const types = columns.map((c) => schema.fields.find((f) => f.name === c)?.type ?? 'string');
  const missing = new Set(schema.missingValues);
  const values = columns.map((c) => table.array(c) as (string | null)[]);
  const rows: Cell[][] = [];
  for (let r = 0; r < table.numRows(); r++) {
    rows.push(
      columns.map((_, c) => {
        const text = values[c]![r] ?? '';
        return missing.has(text) ? null : canonicalValue(text, types[c]!);
      }),
    );
  }
  return { columns, rows };
}
