// The alias table as revision pairs read it, indexed once: at a thousand sources an alias is used in
// most of them, and every pair of revisions asks which spellings each of its two sources uses.
import type { AliasRow } from '../names/aliases.ts';
import { groupBy } from '../lib/collections.ts';

/** A spelling of an entity: its alias row, the sources that use it, and the first line where each does. */
export interface Spelling {
  row: AliasRow;
  sources: Set<string>;
  firstLines: Map<string, number>;
}

/** An entity's spellings. */
export interface EntitySpellings {
  entity: string;
  rows: Spelling[];
}

/** The resolved aliases grouped by entity, in entity id order, each alias's lines (one per mention) read once. */
export function spellingsByEntity(aliases: AliasRow[]): EntitySpellings[] {
  return [
    ...groupBy(
      aliases.filter((r) => r.entity_id),
      (r) => r.entity_id!,
    ),
  ]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([entity, rows]) => ({
      entity,
      rows: rows.map((row) => ({ row, sources: new Set(row.sources), firstLines: firstLines(row) })),
    }));
}

function firstLines(row: AliasRow): Map<string, number> {
  const found = new Map<string, number>();
  for (const at of row.lines) {
    const [source, line] = at.split(':');
    if (!found.has(source!)) found.set(source!, Number(line));
  }
  return found;
}

/** The first line of a source where a spelling is used, or null. */
export const firstLineIn = (spelling: Spelling, sourceId: string): number | null =>
  spelling.firstLines.get(sourceId) || null;
