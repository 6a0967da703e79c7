// Names in one place. Normalise resolves every name the sources use against the registry (each name
// once: the resolver caches) and records each source's resolutions; extract reads a source's names
// only from that record and reconcile only from the alias table, so every id a claim carries is a
// row of the alias table, and no stage but normalise builds a resolver.
import { join } from 'node:path';
import type { EntityType, Registry } from '../registry/registry.ts';
import type { AliasRow } from './aliases.ts';
import { buildResolver, registryNameList, unresolved, type Resolution, type Resolver } from './resolver.ts';
import { buildScanner, type Mention, type Scanner } from './scanner.ts';

/** What a stage reads names with. */
export interface NameReader {
  /** The entity a name as written names (of the type asked for, when one is). */
  lookup(name: string, type?: EntityType): Resolution;
  /** The names in running text, longest first. */
  scan(text: string): Mention[];
}

/** The registry's resolver and scanner: for normalise, which resolves, and the resolve command. */
export interface RegistryNames extends NameReader {
  resolver: Resolver;
  scanner: Scanner;
}

/** Built once by a process that resolves; every name it is asked about is resolved once and kept. */
export function registryNames(registry: Registry): RegistryNames {
  const resolver = buildResolver(registry);
  const scanner = buildScanner(resolver.names);
  return { resolver, scanner, lookup: resolver.lookup, scan: (text) => scanner(text, resolver.lookup) };
}

/** The scanner alone, for a reader of recorded names: where names stand in text, not what they name. */
export const registryScanner = (registry: Registry): Scanner => buildScanner(registryNameList(registry));

/** One source's names as normalise resolved them (`build/normalise/<source_id>.json`): the ones that name an entity. */
export interface SourceNames {
  source_id: string;
  names: Resolution[];
}

/** Where normalise writes a source's record and extract reads it. */
export const sourceNamesFile = (folder: string, sourceId: string) => join(folder, `${sourceId}.json`);

/** The resolutions that name an entity, once each, in code-point order of the name: a source's record. */
export function recordOf(sourceId: string, resolutions: Resolution[]): SourceNames {
  const byName = new Map(resolutions.filter((r) => r.id !== null).map((r) => [r.input, r]));
  const names = [...byName.values()].sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0));
  return { source_id: sourceId, names };
}

/** A reader that answers only from a record: a name normalise did not resolve names nothing. */
export function recordedNames(record: SourceNames, scanner: Scanner): NameReader {
  const byName = new Map(record.names.map((r) => [r.input, r]));
  const lookup = (name: string, type?: EntityType): Resolution => {
    const found = byName.get(name);
    return found && (type === undefined || found.type === type) ? found : unresolved(name);
  };
  return { lookup, scan: (text) => scanner(text, (name) => lookup(name)) };
}

/** The entity a name names by the alias table, or null (for reading table cells after extract). */
export function aliasLookup(rows: AliasRow[]): (name: string) => string | null {
  const ids = new Map<string, string | null>();
  for (const row of rows.filter((r) => r.entity_id !== null)) {
    // one spelling resolved to two entities names neither
    ids.set(row.alias, ids.has(row.alias) && ids.get(row.alias) !== row.entity_id ? null : row.entity_id);
  }
  return (name) => ids.get(name) ?? null;
}

/** What a table cell names: the whole cell, or its parts (`Nur Otan | NO`) when the whole names nothing and every part names one entity. */
export function cellNames(cell: string, lookup: (name: string) => Resolution): Resolution[] {
  const whole = lookup(cell);
  if (whole.id || !cell.includes('|')) return [whole];
  const parts = cell.split('|').map((part) => lookup(part.trim()));
  return parts.every((p) => p.id && p.id === parts[0]!.id) ? parts : [whole];
}

/** A header's longest front that names an entity (`Nur Otan Votes` → `Nur Otan`, then `Votes`), or null. */
export function namedFront(
  header: string,
  lookup: (name: string) => Resolution,
): { resolution: Resolution; front: string; rest: string } | null {
  const words = header.split(' ');
  for (let n = words.length; n >= 1; n--) {
    // a name ends in a word: `Nur Otan %` is the name `Nur Otan` over the label `%`
    if (!/[\p{L}\p{N}]/u.test(words[n - 1]!)) continue;
    const front = words.slice(0, n).join(' ');
    const resolution = lookup(front);
    if (resolution.id) return { resolution, front, rest: words.slice(n).join(' ') };
  }
  return null;
}
