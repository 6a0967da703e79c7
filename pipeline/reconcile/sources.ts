import type { Claim } from '../extract/claims.ts';
import { groupBy } from '../lib/collections.ts';
import type { Source } from '../lib/manifest.ts';

// official results tables over infoboxes over lists over prose
const EXTRACTION_RANK: Record<Claim['extraction'], number> = { table: 0, infobox: 1, list: 2, prose: 3 };
// encyclopedia revisions and their extracts over analysis over commentary
const KIND_RANK: Record<string, number> = {
  'results-table': 0,
  'encyclopedia-revision': 1,
  'sentence-extract': 1,
  analysis: 2,
  commentary: 3,
};

/** Orders claims by source priority (README, How the sources are reconciled): the best first. */
export function rankClaims(claims: Claim[], sources: Map<string, Source>): Claim[] {
  return [...claims].sort(
    (a, b) => compareRanks(rankOf(a, sources), rankOf(b, sources)) || (a.claim_id < b.claim_id ? -1 : 1),
  );
}

function rankOf(claim: Claim, sources: Map<string, Source>): number[] {
  const source = sources.get(claim.source_id);
  return [EXTRACTION_RANK[claim.extraction], KIND_RANK[source?.kind ?? ''] ?? 9, -(source?.revision ?? 0)];
}

/** Whether claim a outranks claim b outright (not merely ties with it). */
export const outranks = (a: Claim, b: Claim, sources: Map<string, Source>) =>
  compareRanks(rankOf(a, sources), rankOf(b, sources)) < 0;

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * How a sentence names a source: `the newer revision`, `the analysis`. The revisions of each document
 * are gathered once, when the describer is made: each conflict names its sources.
 */
export function sourceDescriber(sources: Map<string, Source>): (sourceId: string) => string {
  // keyed by JSON text, so a source that revises no document (null) is a key of its own
  const groups = groupBy(
    [...sources.values()].filter((s) => s.revision !== null),
    (s) => JSON.stringify(s.revision_of),
  );
  const revisionsOf = (document: string | null) => groups.get(JSON.stringify(document))?.map((s) => s.revision!) ?? [];
  return (sourceId) => {
    const source = sources.get(sourceId);
    if (!source) return sourceId;
    const revisions = source.revision === null ? [] : revisionsOf(source.revision_of);
    if (source.revision !== null && revisions.length >= 2) {
      if (source.revision === Math.max(...revisions)) return 'the newer revision';
      if (source.revision === Math.min(...revisions)) return 'the older revision';
      return `revision ${source.revision}`;
    }
    return `the ${source.kind.replace('encyclopedia-revision', 'article').replaceAll('-', ' ')}`;
  };
}
