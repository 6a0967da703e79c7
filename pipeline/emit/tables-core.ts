// The bookkeeping tables' rows: sources, entities, aliases, claims, facts, conflicts, revision changes.
import type { Claim } from '../extract/claims.ts';
import type { Source } from '../lib/manifest.ts';
import type { AliasRow } from '../names/aliases.ts';
import type { Conflict } from '../reconcile/conflicts.ts';
import type { Fact } from '../reconcile/facts.ts';
import type { RevisionChange } from '../reconcile/revisions.ts';
import type { Registry } from '../registry/registry.ts';
import { table, type TableSpec } from './schema.ts';

const tile = (e: { details: Record<string, unknown> }) => e.details.tile as { row: number; col: number } | undefined;
const list = (items: string[]) => (items.length > 0 ? items.join('; ') : null);

export function sourcesTable(sources: (Source & { bytes: number })[]): TableSpec {
  return table(
    'sources',
    sources.map((s) => ({
      source_id: s.source_id,
      file: s.file,
      title: s.title,
      kind: s.kind,
      language: s.language,
      revision_of: s.revision_of,
      revision: s.revision,
      election_id: s.election_id,
      publisher: s.publisher ?? null,
      published: s.published ?? null,
      sha256: s.sha256,
      bytes: s.bytes,
    })),
  );
}

export function entitiesTable(registry: Registry): TableSpec {
  return table(
    'entities',
    registry.entities.map((e) => ({
      entity_id: e.id,
      entity_type: e.type,
      name_en: e.name_en,
      name_kk: e.name_kk,
      name_kk_latn: e.name_kk_latn,
      name_ru: e.name_ru,
      abbreviation: list(e.abbreviations),
      translation: list(e.translations),
      formerly: list(e.former_names.map((n) => `${n.name} (until ${n.changed})`)),
      later: list(e.later_names.map((n) => `${n.name} (from ${n.changed})`)),
      colour: e.colour,
      short_name: e.details.short_name ?? null,
      list_order: registry.entities.filter((o) => o.type === e.type).indexOf(e) + 1,
      tile_row: tile(e)?.row ?? null,
      tile_col: tile(e)?.col ?? null,
    })),
  );
}

export function aliasesTable(aliases: AliasRow[]): TableSpec {
  return table(
    'aliases',
    aliases.map((a) => ({
      alias: a.alias,
      entity_id: a.entity_id,
      entity_type: a.entity_type,
      method: a.method,
      name_kind: a.name_kind,
      renamed: a.renamed,
      mentions: a.mentions,
      sources: list(a.sources),
      lines: list(a.lines),
    })),
  );
}

// a claim's fields are the table's, but for `surface`: the words that named the subject (`subject` in build/)
export const claimsTable = (claims: Claim[]): TableSpec =>
  table(
    'claims',
    claims.map((c) => ({ ...c, surface: c.subject })),
  );

export const factsTable = (facts: Fact[]): TableSpec =>
  table(
    'facts',
    facts.map((x) => ({ ...x, sources: list(x.sources), claims: list(x.claims) })),
  );

export const conflictsTable = (conflicts: Conflict[]): TableSpec => table('conflicts', conflicts);

export const revisionsTable = (changes: RevisionChange[]): TableSpec =>
  table(
    'revisions',
    changes.map((c) => ({ ...c, older_source_id: c.older, newer_source_id: c.newer })),
  );
