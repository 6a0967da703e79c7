import * as aq from 'arquero';
import { createHash } from 'node:crypto';
import { silent, type Tracker } from '../lib/attention.ts';
import type { PutFile } from '../lib/folders.ts';
import type { Source } from '../lib/manifest.ts';
import { toSpreadsheetSafe } from '../lib/spreadsheet.ts';
import type { PackageIdentity } from './identity.ts';
import { toParquetColumns } from './parquet.ts';
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
  const descriptor = publishTo(
    (path, content) =>
      files.set(path, typeof content === 'string' || content instanceof Uint8Array ? content : [...content].join('')),
    tables,
    sources,
    identity,
  );
  return { files, descriptor, rows: tables.reduce((n, t) => n + t.rows.length, 0) };
}

// rows written to the CSV a few thousand at a time: the claims of a thousand sources make a 60 MB file
const CSV_BATCH = 10_000;

/** The same, each file handed to `put` as soon as it is made (the CSV in pieces), so no table is held as text. */
export function publishTo(
  put: PutFile,
  tables: TableSpec[],
  sources: Source[],
  identity: PackageIdentity,
  track: Tracker = silent,
): Record<string, unknown> {
  const hash = createHash('sha256');
  const pathOf = (table: TableSpec & { path?: string }) => table.path ?? `${table.name}.csv`;
  // the version hashes the CSV files in the order of their paths, the data itself: the Parquet files are
  // the same data in another format. Tables are written in that order; the package lists them in theirs.
  const byPath = tables
    .map((table, index) => ({ table, index }))
    .sort((a, b) => (pathOf(a.table) < pathOf(b.table) ? -1 : 1));
  const resources: Record<string, unknown>[] = [];
  const shown = track(tables.length, 'table');
  for (const { table, index } of byPath) {
    const path = pathOf(table);
    const columns = table.fields.map((field) => field.name);
    // sorted once, as columns: Parquet keeps the text as it is, the CSV guards text cells for spreadsheets
    const ordered = aq
      .table(
        Object.fromEntries(
          columns.map((c) => [c, table.rows.map((row) => (row as Record<string, unknown>)[c] ?? null)]),
        ),
      )
      .orderby(...table.primaryKey);
    const format = Object.fromEntries(
      table.fields
        .filter((field) => field.type === 'string')
        .map((field) => [field.name, (v: unknown) => (typeof v === 'string' ? toSpreadsheetSafe(v) : v)]),
    );
    hash.update(path).update('\0');
    put(
      path,
      csvPieces(ordered, columns, format, (piece) => hash.update(piece)),
    );
    const parquet = {
      path: `parquet/${path.replace(/\.csv$/, '')}.parquet`,
      bytes: toParquetColumns(table, (name) => ordered.array(name), ordered.numRows()),
    };
    put(parquet.path, parquet.bytes);
    resources[index] = {
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
    shown.step();
  }
  shown.end();
  const descriptor = {
    profile: 'tabular-data-package',
    name: identity.name,
    title: identity.title,
    description:
      'Every figure the sources state (claims), the reconciled value per key (facts) with the disagreements explained (conflicts), and the analytic tables built on them. Made by `make all` from the texts in raw/; every figure traces to a source, file and line.',
    version: `sha256:${hash.digest('hex').slice(0, 16)}`,
    sources: sources.map((s) => ({ title: s.title, path: `raw/${s.file}` })),
    resources,
  };
  put('datapackage.json', `${JSON.stringify(descriptor, null, 2)}\n`);
  return descriptor;
}

/** The CSV text of an ordered table, header first, a batch of rows at a time; each piece also goes to `seen`. */
function* csvPieces(
  table: aq.ColumnTable,
  columns: string[],
  format: Record<string, (value: unknown) => unknown>,
  seen: (piece: string) => void,
): Generator<string> {
  const rows = table.numRows();
  for (let offset = 0; offset === 0 || offset < rows; offset += CSV_BATCH) {
    const piece = table.toCSV({ columns, format, header: offset === 0, offset, limit: CSV_BATCH });
    seen(piece);
    yield piece;
  }
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
