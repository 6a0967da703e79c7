// processed/ at two versions, table by table, in the order readers care about: the figures first
// (results, seats, swings, turnout, poll scores, open conflicts), then the bookkeeping tables.
import type { DataSide, SideTable } from './side.ts';
import { compareTable, type TableDiff } from './table.ts';
import { typeTable } from './typed.ts';

export interface DataDiff {
  from: { label: string; version: string | null };
  to: { label: string; version: string | null };
  tables: TableDiff[];
  /** Conflicts left open at each side (null when a side has no conflicts table). */
  openConflicts: { from: number | null; to: number | null };
}

export const TABLE_ORDER = [
  'results_national',
  'results_regional',
  'seat_allocation',
  'seat_whatif',
  'indices',
  'swings',
  'turnout',
  'poll_scores',
  'poll_accuracy',
  'polls',
  'conflicts',
  'facts',
  'revisions',
  'claims',
  'aliases',
  'entities',
  'sources',
];
const CONFLICTS = { table: 'conflicts', column: 'resolution', open: 'open' };

const rank = (name: string) => (TABLE_ORDER.includes(name) ? TABLE_ORDER.indexOf(name) : TABLE_ORDER.length);

export function compareSides(from: DataSide, to: DataSide): DataDiff {
  const names = [...new Set([...from.tables, ...to.tables].map((t) => t.name))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
  const find = (side: DataSide, name: string) => side.tables.find((t) => t.name === name);
  return {
    from: { label: from.label, version: from.version },
    to: { label: to.label, version: to.version },
    tables: names.map((name) => compareTable(name, find(from, name), find(to, name), [from.label, to.label])),
    openConflicts: { from: countOpen(find(from, CONFLICTS.table)), to: countOpen(find(to, CONFLICTS.table)) },
  };
}

export const differs = (diff: DataDiff) => diff.tables.some((t) => t.status !== 'unchanged');

function countOpen(table: SideTable | undefined): number | null {
  if (!table) return null;
  const typed = typeTable(table.csv, table.schema);
  const at = typed.columns.indexOf(CONFLICTS.column);
  return at < 0 ? null : typed.rows.filter((row) => row[at] === CONFLICTS.open).length;
}
