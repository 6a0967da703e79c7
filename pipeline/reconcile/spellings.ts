// The alias table as revision pairs read it, indexed once: at a thousand sources an alias is used in
// most of them, and every pair of revisions asks which spellings each of its two sources uses.
import type { AliasRow } from '../normalise/aliases.ts';
import { groupBy } from '../lib/collections.ts';

/** An entity's spellings, each with the set of sources that use it. */
export interface EntitySpellings {
  entity: string;
  rows: { row: AliasRow; sources: Set<string> }[];
}

/** The resolved aliases grouped by entity, in entity id order. */
export function spellingsByEntity(aliases: AliasRow[]): EntitySpellings[] {
  return [
    ...groupBy(
      aliases.filter((r) => r.entity_id),
      (r) => r.entity_id!,
    ),
  ]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([entity, rows]) => ({ entity, rows: rows.map((row) => ({ row, sources: new Set(row.sources) })) }));
}

const firstLines = new WeakMap<AliasRow, Map<string, string>>();

/** The first line of a source where an alias is used, or null (its lines, one per mention, read once). */
export function firstLineIn(row: AliasRow, sourceId: string): number | null {
  let found = firstLines.get(row);
  if (!found) {
    found = new Map();
    for (const at of row.lines) {
      const [source, line] = at.split(':');
      if (!found.has(source!)) found.set(source!, line!);
    }
    firstLines.set(row, found);
  }
  return Number(found.get(sourceId) ?? 0) || null;
}
