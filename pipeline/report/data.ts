// processed/ as the report stage sees it: every table's rows typed by its Table Schema.
import * as aq from 'arquero';
import { fromSpreadsheetSafe } from '../lib/spreadsheet.ts';

export type Value = string | number | boolean | null;
export type Row = Record<string, Value>;

export interface FieldSchema {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date';
  title?: string;
  description?: string;
}

export interface Table {
  name: string;
  title: string;
  description: string;
  path: string;
  fields: FieldSchema[];
  primaryKey: string[];
  rows: Row[];
}

export interface DataPackage {
  version: string;
  tables: Map<string, Table>;
}

interface Resource {
  name: string;
  path: string;
  title?: string;
  description?: string;
  schema: { fields: FieldSchema[]; primaryKey: string[] };
}

/** Parses datapackage.json and each resource's CSV text (read by the caller), typing cells by the schema. */
export function loadPackage(
  descriptor: { version: string; resources: Resource[] },
  readCsv: (path: string) => string,
): DataPackage {
  const tables = new Map<string, Table>();
  for (const resource of descriptor.resources) {
    const rows: Row[] = [];
    // a text repeated down a column (a source id, a metric, the excerpt of a line a thousand copies share) is kept once
    const pool = new Map<string, string>();
    const intern = (value: Value) => {
      if (typeof value !== 'string') return value;
      const known = pool.get(value);
      if (known !== undefined) return known;
      pool.set(value, value);
      return value;
    };
    for (const batch of recordBatches(readCsv(resource.path), BATCH_ROWS)) {
      const parsed = aq.fromCSV(batch, { autoType: false }).objects() as Record<string, string | null>[];
      for (const cells of parsed)
        rows.push(
          Object.fromEntries(
            resource.schema.fields.map((field) => [field.name, intern(typed(cells[field.name], field.type))]),
          ),
        );
    }
    tables.set(resource.name, {
      name: resource.name,
      title: resource.title ?? resource.name,
      description: resource.description ?? '',
      path: resource.path,
      fields: resource.schema.fields,
      primaryKey: resource.schema.primaryKey,
      rows,
    });
  }
  return { version: descriptor.version, tables };
}

// claims.csv holds hundreds of thousands of rows at a thousand sources: parsed a few thousand at a time, so
// the parser's columns and untyped rows never exist for the whole table at once
const BATCH_ROWS = 5000;

/** The CSV text cut into pieces of `size` records, each with the header line; a newline inside quotes is no record end. */
export function* recordBatches(text: string, size: number): Generator<string> {
  const headerEnd = recordEnd(text, 0);
  const header = text.slice(0, headerEnd);
  for (let start = headerEnd; start < text.length;) {
    let end = start;
    for (let n = 0; n < size && end < text.length; n++) end = recordEnd(text, end);
    yield header + text.slice(start, end);
    start = end;
  }
  if (headerEnd >= text.length) yield header;
}

/** Where the record starting at `from` ends: just after its newline outside quotes (doubled quotes keep the count even). */
function recordEnd(text: string, from: number): number {
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) return i + 1;
  }
  return text.length;
}

function typed(cell: string | null | undefined, type: FieldSchema['type']): Value {
  // missing is missing: an empty cell stays null, never 0
  if (cell === null || cell === undefined || cell === '') return null;
  if (type === 'integer' || type === 'number') return Number(cell);
  if (type === 'boolean') return cell === 'true';
  // the CSV's spreadsheet guard (a leading apostrophe before = + - @) is not part of the text
  return fromSpreadsheetSafe(cell);
}
