// The Table Schemas of processed/ are data: one file per table in schemas/ (what one row is, its fields in
// order, its keys) and one heading per field name in schemas/field-titles.json. Rows come from code.
import aliases from './schemas/aliases.json' with { type: 'json' };
import claims from './schemas/claims.json' with { type: 'json' };
import conflicts from './schemas/conflicts.json' with { type: 'json' };
import entities from './schemas/entities.json' with { type: 'json' };
import facts from './schemas/facts.json' with { type: 'json' };
import fieldTitles from './schemas/field-titles.json' with { type: 'json' };
import indices from './schemas/indices.json' with { type: 'json' };
import openelections from './schemas/openelections.json' with { type: 'json' };
import poll_accuracy from './schemas/poll_accuracy.json' with { type: 'json' };
import poll_scores from './schemas/poll_scores.json' with { type: 'json' };
import polls from './schemas/polls.json' with { type: 'json' };
import results_national from './schemas/results_national.json' with { type: 'json' };
import results_regional from './schemas/results_regional.json' with { type: 'json' };
import revisions from './schemas/revisions.json' with { type: 'json' };
import seat_allocation from './schemas/seat_allocation.json' with { type: 'json' };
import seat_whatif from './schemas/seat_whatif.json' with { type: 'json' };
import sources from './schemas/sources.json' with { type: 'json' };
import swings from './schemas/swings.json' with { type: 'json' };
import turnout from './schemas/turnout.json' with { type: 'json' };

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface Field {
  name: string;
  type: FieldType;
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; minimum?: number; maximum?: number };
}

export interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}

/** A table's schema file: its name, title, what one row is (and how derived fields are computed), fields and keys. */
export interface TableSchema {
  name: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
}

/** A published table: its schema and its rows; `path` for a file not named after the table. */
export interface TableSpec<Row = object> extends TableSchema {
  rows: Row[];
  path?: string;
}

// JSON types a field's type as any string: test/emit/schema.test.ts checks the files, make test the package
const SCHEMAS = {
  sources,
  entities,
  aliases,
  claims,
  facts,
  conflicts,
  revisions,
  results_national,
  results_regional,
  turnout,
  polls,
  poll_accuracy,
  poll_scores,
  swings,
  seat_allocation,
  seat_whatif,
  indices,
} as Record<string, TableSchema>;

/** The OpenElections layout's fields and keys; its name, file and title are an election's (see openElectionsTables). */
export const OPENELECTIONS_SCHEMA = openelections as Omit<TableSchema, 'title'>;

/** A field's short heading for the reports' tables: a field means the same in every table. */
export const FIELD_TITLES: Record<string, string> = fieldTitles;

/** The table with its schema from schemas/<name>.json. */
export function table<Row>(name: string, rows: Row[]): TableSpec<Row> {
  const schema = SCHEMAS[name];
  if (!schema) throw new Error(`no schema file pipeline/emit/schemas/${name}.json`);
  return { ...schema, rows };
}
