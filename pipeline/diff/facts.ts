// What the diff page needs of one side beyond the comparison: each table's rows by key (to find the
// fact behind a changed figure, as the report pages do: pipeline/report/provenance.ts) and the number of
// decimals each number column is written with (to print its figures at the table's own precision).
import { fromCSV } from 'arquero';
import { loadPackage, type FieldSchema } from '../report/data.ts';
import { indexFacts } from '../report/provenance.ts';
import type { DataSide, SideTable } from './side.ts';
import { typeTable, type Cell } from './typed.ts';

export interface SideFacts {
  /**
   * The fact behind the column of the row with this key (the key's columns and their values in the diff): the
   * row's own fact_id when it has one, else the one fact provenance finds; null when there is no one fact.
   */
  factFor(table: string, key: { columns: string[]; values: Cell[] }, column: string): string | null;
  /** Decimals of a column's figures: none for an integer, the most any cell is written with for a number; null for text. */
  decimals(table: string, column: string): number | null;
}

const FACT_COLUMN = 'fact_id';

export function sideFacts(side: DataSide): SideFacts {
  const find = (name: string) => side.tables.find((t) => t.name === name);
  // the facts and entities tables alone: what provenance's index reads
  const index = indexFacts(
    loadPackage(
      {
        version: side.version ?? '',
        resources: ['facts', 'entities'].flatMap((name) => {
          const table = find(name);
          return table ? [{ name, path: table.path, schema: schemaOf(table) }] : [];
        }),
      },
      (path) => side.tables.find((t) => t.path === path)!.csv,
    ),
  );
  // each table's rows by the key the diff matched them by, typed as the diff typed them; null when the side
  // lacks a key column or two rows share a key (no row to name then)
  const rowsByKey = new Map<string, Map<string, Record<string, Cell>> | null>();
  const rowsOf = (table: SideTable, columns: string[]) => {
    const cached = `${table.name}\u0000${JSON.stringify(columns)}`;
    if (!rowsByKey.has(cached)) {
      const typed = typeTable(table.csv, table.schema);
      const keyAt = columns.map((k) => typed.columns.indexOf(k));
      const rows = new Map(
        typed.rows.map((row) => [
          JSON.stringify(keyAt.map((i) => row[i] ?? null)),
          Object.fromEntries(typed.columns.map((c, i) => [c, row[i]!])),
        ]),
      );
      const usable = columns.length > 0 && !keyAt.includes(-1) && rows.size === typed.rows.length;
      rowsByKey.set(cached, usable ? rows : null);
    }
    return rowsByKey.get(cached)!;
  };
  const decimalsOf = new Map<string, Map<string, number>>();
  return {
    factFor(name, key, column) {
      const table = find(name);
      const row = table && rowsOf(table, key.columns)?.get(JSON.stringify(key.values));
      if (!row) return null;
      if (typeof row[FACT_COLUMN] === 'string') return row[FACT_COLUMN];
      return index.factFor(name, row, column);
    },
    decimals(name, column) {
      const table = find(name);
      const type = table?.schema.fields.find((f) => f.name === column)?.type;
      if (type === 'integer') return 0;
      if (!table || type !== 'number') return null;
      if (!decimalsOf.has(name)) decimalsOf.set(name, writtenDecimals(table));
      return decimalsOf.get(name)!.get(column) ?? 0;
    },
  };
}

function schemaOf(table: SideTable): { fields: FieldSchema[]; primaryKey: string[] } {
  return { fields: table.schema.fields as FieldSchema[], primaryKey: table.schema.primaryKey };
}

/** Per number column, the most digits after the point any of its cells is written with. */
function writtenDecimals(table: SideTable): Map<string, number> {
  const csv = fromCSV(table.csv, { autoType: false });
  const numbers = table.schema.fields.filter((f) => f.type === 'number' && csv.columnNames().includes(f.name));
  return new Map(
    numbers.map((f) => [
      f.name,
      Math.max(
        0,
        ...(csv.array(f.name) as (string | null)[]).map((v) => /\.(\d+)\s*$/.exec(v ?? '')?.[1]!.length ?? 0),
      ),
    ]),
  );
}
