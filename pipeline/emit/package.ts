import * as aq from 'arquero';
import { createHash } from 'node:crypto';
import type { Source } from '../lib/manifest.ts';
import { toSpreadsheetSafe } from '../lib/spreadsheet.ts';
import type { PackageIdentity } from './identity.ts';
import type { TableSpec } from './schema.ts';
import { FIELD_TITLES } from './titles.ts';

export interface Publication {
  /** File name → content, for every file of processed/. */
  files: Map<string, string>;
  descriptor: Record<string, unknown>;
}

/**
 * CSV files (UTF-8, LF, header, `.` decimals, no thousands separators, empty = missing, rows sorted
 * by primary key) and the Frictionless Data Package describing them, its version a hash of the data.
 */
export function publish(tables: (TableSpec & { path?: string })[], sources: Source[], identity: PackageIdentity): Publication {
  const files = new Map<string, string>();
  const resources = tables.map((table) => {
    const path = table.path ?? `${table.name}.csv`;
    const columns = table.fields.map((field) => field.name);
    const texts = new Set(table.fields.filter((field) => field.type === 'string').map((field) => field.name));
    const cell = (row: object, c: string) => {
      const value = (row as Record<string, unknown>)[c] ?? null;
      return texts.has(c) && typeof value === 'string' ? toSpreadsheetSafe(value) : value;
    };
    const csv = aq.from(table.rows.map((row) => Object.fromEntries(columns.map((c) => [c, cell(row, c)]))), columns)
      .orderby(...table.primaryKey)
      .toCSV();
    files.set(path, csv.endsWith('\n') ? csv : `${csv}\n`);
    return {
      name: table.name, path, title: table.title, description: table.description, profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8',
      schema: { fields: table.fields.map((field) => (FIELD_TITLES[field.name] ? { ...field, title: FIELD_TITLES[field.name] } : field)), primaryKey: table.primaryKey, ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}), missingValues: [''] },
    };
  });
  const hash = createHash('sha256');
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) hash.update(path).update('\0').update(content);
  const descriptor = {
    profile: 'tabular-data-package',
    name: identity.name,
    title: identity.title,
    description: 'Every figure the sources state (claims), the reconciled value per key (facts) with the disagreements explained (conflicts), and the analytic tables built on them. Made by `make all` from the texts in raw/; every figure traces to a source, file and line.',
    version: `sha256:${hash.digest('hex').slice(0, 16)}`,
    sources: sources.map((s) => ({ title: s.title, path: `raw/${s.file}` })),
    resources,
  };
  files.set('datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`);
  return { files, descriptor };
}
