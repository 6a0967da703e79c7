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
    const parsed = aq.fromCSV(readCsv(resource.path), { autoType: false }).objects() as Record<string, string | null>[];
    const rows = parsed.map((cells) =>
      Object.fromEntries(resource.schema.fields.map((field) => [field.name, typed(cells[field.name], field.type)])),
    );
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

function typed(cell: string | null | undefined, type: FieldSchema['type']): Value {
  // missing is missing: an empty cell stays null, never 0
  if (cell === null || cell === undefined || cell === '') return null;
  if (type === 'integer' || type === 'number') return Number(cell);
  if (type === 'boolean') return cell === 'true';
  // the CSV's spreadsheet guard (a leading apostrophe before = + - @) is not part of the text
  return fromSpreadsheetSafe(cell);
}
