// One table at two versions: rows matched by primary key with daff, values compared as typed.
import daff from 'daff';
import { groupBy } from '../lib/collections.ts';
import { diffMessage } from '../lib/messages-diff.ts';
import { compareSchemas, type SchemaChange } from './schema.ts';
import type { SideTable } from './side.ts';
import { typeTable, type Cell, type TypedTable } from './typed.ts';

export interface CellChange {
  column: string;
  from: Cell;
  to: Cell;
}

export interface TableDiff {
  name: string;
  status: 'unchanged' | 'changed' | 'added' | 'removed' | 'not-compared';
  rows: { from: number; to: number };
  /** The columns rows were matched by (the newer side's names). */
  key: string[];
  schema: SchemaChange[];
  added: Cell[][];
  removed: Cell[][];
  changed: { key: Cell[]; cells: CellChange[] }[];
  /** Why the rows were not compared. */
  reason: string | null;
  /** daff's highlighter table (https://paulfitz.github.io/daff-doc/spec.html), for the page. */
  highlight: Cell[][] | null;
}

export function compareTable(
  name: string,
  before: SideTable | undefined,
  after: SideTable | undefined,
  labels: [string, string],
): TableDiff {
  // each side's CSV is parsed and typed once, for its row count and for the comparison
  const [typedBefore, typedAfter] = [before, after].map((table) =>
    table ? typeTable(table.csv, table.schema) : undefined,
  );
  const base: TableDiff = {
    name,
    status: 'changed',
    rows: { from: typedBefore?.rows.length ?? 0, to: typedAfter?.rows.length ?? 0 },
    key: after?.schema.primaryKey ?? [],
    schema: [],
    added: [],
    removed: [],
    changed: [],
    reason: null,
    highlight: null,
  };
  if (!before) return { ...base, status: 'added' };
  if (!after) return { ...base, status: 'removed', key: before.schema.primaryKey };
  const { changes, common } = compareSchemas(before.schema, after.schema);
  const notCompared = (reason: string): TableDiff =>
    before.csv === after.csv && changes.length === 0
      ? { ...base, status: 'unchanged' }
      : { ...base, status: 'not-compared', schema: changes, reason };

  const key = matchingKey(before.schema.primaryKey, after.schema.primaryKey, common);
  if (key === null) return notCompared(diffMessage.noCommonKey(before.schema.primaryKey, after.schema.primaryKey));
  const sides = [
    { table: before, columns: common.map(([b]) => b) },
    { table: after, columns: common.map(([, a]) => a) },
  ];
  const typed: TypedTable[] = [];
  for (const [index, { table, columns }] of sides.entries()) {
    const full = [typedBefore, typedAfter][index]!;
    const keyColumns = key.map((k) => columns[common.findIndex(([, a]) => a === k)]!);
    // daff silently guesses a key when a key column is missing: check first
    const absent = keyColumns.find((c) => !full.columns.includes(c));
    if (absent !== undefined) return notCompared(diffMessage.keyColumnMissing(labels[index]!, table.path, absent));
    // only the columns both versions have: daff flags every row when a column is added
    typed.push(project(full, columns));
    // daff raises nothing on duplicate keys and leaves those rows unmatched: find them first
    const duplicate = firstDuplicate(
      typed[index]!,
      key.map((k) => common.findIndex(([, a]) => a === k)),
    );
    if (duplicate)
      return notCompared(diffMessage.duplicateKey(labels[index]!, table.path, duplicate.key, duplicate.rows));
  }
  const rows = compareRows(
    typed[0]!,
    typed[1]!,
    common.map(([, a]) => a),
    key,
  );
  const differs = changes.length + rows.added.length + rows.removed.length + rows.changed.length > 0;
  return { ...base, key, schema: changes, ...rows, status: differs ? 'changed' : 'unchanged' };
}

/** The newer key if both versions have its columns, else the older one, else (no key on either side) every column. */
function matchingKey(before: string[], after: string[], common: [string, string][]): string[] | null {
  const inBoth = (names: string[], side: 0 | 1) => names.every((n) => common.some((pair) => pair[side] === n));
  if (after.length > 0 && inBoth(after, 1)) return after;
  if (before.length > 0 && inBoth(before, 0)) return before.map((n) => common.find(([b]) => b === n)![1]);
  return before.length === 0 && after.length === 0 ? common.map(([, a]) => a) : null;
}

function project(table: TypedTable, columns: string[]): TypedTable {
  const at = columns.map((c) => table.columns.indexOf(c));
  return { columns, rows: table.rows.map((row) => at.map((i) => (i < 0 ? null : row[i]!))) };
}

function firstDuplicate(table: TypedTable, keyAt: number[]): { key: string; rows: number } | null {
  const byKey = groupBy(table.rows, (row) => JSON.stringify(keyAt.map((i) => row[i])));
  const found = [...byKey].find(([, rows]) => rows.length > 1);
  return found
    ? { key: keyAt.map((_, i) => JSON.parse(found[0])[i] ?? '(missing)').join(' · '), rows: found[1].length }
    : null;
}

function compareRows(before: TypedTable, after: TypedTable, columns: string[], key: string[]) {
  const flags = new daff.CompareFlags();
  // a reordered row is no change: row order is not data (ordered=true would flag it)
  flags.ordered = false;
  for (const column of key) flags.addPrimaryKey(column);
  const views = [before, after].map((t) => new daff.TableView([columns, ...t.rows]));
  const alignment = daff.compareTables(views[0]!, views[1]!, flags).align();
  const keyAt = key.map((k) => columns.indexOf(k));
  const keyOf = (row: Cell[]) => keyAt.map((i) => row[i]!);
  const result: Pick<TableDiff, 'added' | 'removed' | 'changed' | 'highlight'> = {
    added: [],
    removed: [],
    changed: [],
    highlight: null,
  };
  // row 0 is the header; -1 is no row on that side
  for (const { l, r } of alignment.toOrder().getList()) {
    if (l === 0 || r === 0) continue;
    const old = before.rows[l - 1];
    const now = after.rows[r - 1];
    if (!old && now) result.added.push(keyOf(now));
    else if (old && !now) result.removed.push(keyOf(old));
    else if (old && now) {
      const cells = columns.flatMap((column, i) => (old[i] === now[i] ? [] : [{ column, from: old[i]!, to: now[i]! }]));
      if (cells.length > 0) result.changed.push({ key: keyOf(now), cells });
    }
  }
  const highlighted = new daff.TableView([]);
  new daff.TableDiff(alignment, flags).hilite(highlighted);
  result.highlight = highlighted.data;
  return result;
}
