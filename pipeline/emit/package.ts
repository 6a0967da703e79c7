import * as aq from 'arquero';
import { createHash } from 'node:crypto';
import type { Source } from '../lib/manifest.ts';
import { toSpreadsheetSafe } from '../lib/spreadsheet.ts';
import type { PackageIdentity } from './identity.ts';
import { toParquet } from './parquet.ts';
import { FIELD_TITLES, type TableSpec } from './schema.ts';

export interface Publication {
  /** File name → content, for every file of processed/: CSV and JSON as text, Parquet as bytes. */
  files: Map<string, string | Uint8Array>;
  descriptor: Record<string, unknown>;
  /** How many rows the tables hold, all together. */
  rows: number;
}

/**
 * CSV files (UTF-8, LF, header, `.` decimals, no thousands separators, empty = missing, rows sorted
 * by primary key) and the Frictionless Data Package describing them, its version a hash of the data.
 */
export function publish(tables: TableSpec[], sources: Source[], identity: PackageIdentity): Publication {
  const files = new Map<string, string | Uint8Array>();
  const resources = tables.map((table) => {
    const path = table.path ?? `${table.name}.csv`;
    const columns = table.fields.map((field) => field.name);
    const texts = new Set(table.fields.filter((field) => field.type === 'string').map((field) => field.name));
    // rows sorted once: Parquet keeps the text as it is, the CSV guards text cells for spreadsheets
    const ordered = aq
      .from(
        table.rows.map((row) =>
          Object.fromEntries(columns.map((c) => [c, (row as Record<string, unknown>)[c] ?? null])),
        ),
        columns,
      )
      .orderby(...table.primaryKey)
      .objects() as Record<string, unknown>[];
    const safe = ordered.map((row) =>
      Object.fromEntries(
        columns.map((c) => [c, texts.has(c) && typeof row[c] === 'string' ? toSpreadsheetSafe(row[c]) : row[c]]),
      ),
    );
    const csv = aq.from(safe, columns).toCSV();
    files.set(path, csv.endsWith('\n') ? csv : `${csv}\n`);
    const parquet = { path: `parquet/${path.replace(/\.csv$/, '')}.parquet`, bytes: toParquet(table, ordered) };
    files.set(parquet.path, parquet.bytes);
    return {
      name: table.name,
      path,
      title: table.title,
      description: table.description,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: table.fields.map((field) =>
          FIELD_TITLES[field.name] ? { ...field, title: FIELD_TITLES[field.name] } : field,
        ),
        primaryKey: table.primaryKey,
        ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
        missingValues: [''],
      },
      parquet: alternate(parquet.path, parquet.bytes),
    };
  });
  const hash = createHash('sha256');
  // the version hashes the CSV files, the data itself: the Parquet files are the same data in another format
  for (const [path, content] of [...files].sort(([a], [b]) => (a < b ? -1 : 1)))
    if (typeof content === 'string') hash.update(path).update('\0').update(content);
  const descriptor = {
    profile: 'tabular-data-package',
    name: identity.name,
    title: identity.title,
    description:
      'Every figure the sources state (claims), the reconciled value per key (facts) with the disagreements ' +
      'explained (conflicts), and the analytic tables built on them. Made by `make all` from the texts in raw/; ' +
      'every figure traces to a source, file and line.',
    version: `sha256:${hash.digest('hex').slice(0, 16)}`,
    sources: sources.map((s) => ({ title: s.title, path: `raw/${s.file}` })),
    resources,
  };
  files.set('datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`);
  return { files, descriptor, rows: tables.reduce((n, t) => n + t.rows.length, 0) };
}

/**
 * The Parquet file as a second format of its resource, in a property of the resource (Frictionless allows
 * custom properties). Not a resource of its own: the Tabular Data Package profile accepts only resources
 * whose profile is `tabular-data-resource`, and that spec defines their data as CSV or inline JSON; every
 * reader of the package (make diff, the reports) would also meet a resource it cannot read as CSV.
 */
function alternate(path: string, bytes: Uint8Array) {
  return {
    path,
    format: 'parquet',
    mediatype: 'application/vnd.apache.parquet',
    bytes: bytes.length,
    hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}`,
  };
}
