import { groupBy } from '../lib/collections.ts';
import type { EntityType } from '../registry/registry.ts';
import type { Candidate, Method, NameKind, Resolution } from './resolver.ts';

export type SurfaceContext = 'table-header' | 'table-cell' | 'infobox' | 'list' | 'prose';

/** One place a source names something: the text as written, where, and what it resolved to. */
export interface SurfaceMention {
  surface: string;
  source_id: string;
  line: number;
  context: SurfaceContext;
  resolution: Resolution;
}

/** One row of the alias table: a surface form as the sources write it, and the entity it names. */
export interface AliasRow {
  alias: string;
  entity_id: string | null;
  entity_type: EntityType | null;
  method: Method;
  name_kind: NameKind | null;
  /** The registry name it matched. */
  matched: string | null;
  /** `Birlik → Adal (2020-11-05)` when the surface is a former or later name. */
  renamed: string | null;
  mentions: number;
  sources: string[];
  /** Where it is used, as `source_id:line`, in source order. */
  lines: string[];
  contexts: SurfaceContext[];
  candidates: Candidate[];
}

const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Groups mentions by surface form and entity; rows sorted by alias, then entity id. */
export function aliasTable(mentions: SurfaceMention[], sourceOrder: string[]): AliasRow[] {
  const groups = groupBy(mentions, (mention) => `${mention.surface}\u0000${mention.resolution.id ?? ''}`);
  const ranks = new Map(sourceOrder.map((id, rank) => [id, rank]));
  const sourceRank = (id: string) => ranks.get(id) ?? -1;
  const rows = [...groups.values()].map((group): AliasRow => {
    const { resolution } = group[0]!;
    const ordered = [...group].sort((a, b) => sourceRank(a.source_id) - sourceRank(b.source_id) || a.line - b.line);
    const renamed = resolution.renamed
      ? `${resolution.renamed.from} → ${resolution.renamed.to} (${resolution.renamed.changed})`
      : null;
    return {
      alias: group[0]!.surface,
      entity_id: resolution.id,
      entity_type: resolution.type,
      method: resolution.method,
      name_kind: resolution.name_kind,
      matched: resolution.matched,
      renamed,
      mentions: group.length,
      sources: [...new Set(ordered.map((m) => m.source_id))],
      lines: [...new Set(ordered.map((m) => `${m.source_id}:${m.line}`))],
      contexts: [...new Set(group.map((m) => m.context))].sort(byCodePoint),
      candidates: resolution.candidates,
    };
  });
  return rows.sort((a, b) => byCodePoint(a.alias, b.alias) || byCodePoint(a.entity_id ?? '', b.entity_id ?? ''));
}
