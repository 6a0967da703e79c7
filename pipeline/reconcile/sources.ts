import type { Claim } from '../extract/claims.ts';
import { groupBy } from '../lib/collections.ts';
import type { Source } from '../lib/manifest.ts';

// official results tables over infoboxes over lists over prose
const EXTRACTION_RANK: Record<Claim['extraction'], number> = { table: 0, infobox: 1, list: 2, prose: 3 };
// encyclopedia revisions and their extracts over news over analysis over commentary
const KIND_RANK: Record<string, number> = {
  'results-table': 0,
  'results-page': 0,
  'encyclopedia-revision': 1,
  'sentence-extract': 1,
  news: 2,
  'poll-report': 2,
  analysis: 3,
  commentary: 4,
};
// an official results page beats every other source, whatever form its figures take
const OFFICIAL = new Set(['results-table', 'results-page']);

/** Orders claims by source priority (README, How the sources are reconciled): the best first. */
export function rankClaims(claims: Claim[], sources: Map<string, Source>): Claim[] {
  return [...claims].sort(
    (a, b) => compareRanks(rankOf(a, sources), rankOf(b, sources)) || (a.claim_id < b.claim_id ? -1 : 1),
  );
}

function rankOf(claim: Claim, sources: Map<string, Source>): number[] {
  const source = sources.get(claim.source_id);
  return [
    OFFICIAL.has(source?.kind ?? '') ? 0 : 1,
    EXTRACTION_RANK[claim.extraction],
    KIND_RANK[source?.kind ?? ''] ?? 9,
    -(source?.revision ?? 0),
  ];
}

/** Whether claim a outranks claim b outright (not merely ties with it). */
export const outranks = (a: Claim, b: Claim, sources: Map<string, Source>) =>
  compareRanks(rankOf(a, sources), rankOf(b, sources)) < 0;

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * How a sentence names a source: `the newer revision`, `the analysis`, `the Kazinform report of 20 March 2023`. The revisions of each document
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
    if (source.publisher && source.published) return describePublished(source.kind, source.publisher, source.published);
    return `the ${source.kind.replace('encyclopedia-revision', 'article').replaceAll('-', ' ')}`;
  };
}

const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const PUBLISHED_WORDS: Record<string, string> = {
  news: 'report',
  'poll-report': 'poll report',
  'results-page': 'results page',
};

/** A published source in words: `the Kazinform report of 20 March 2023`, `the CEC results page of 21 March 2023`. */
function describePublished(kind: string, publisher: string, published: string): string {
  const [year, month, day] = published.split('-').map(Number);
  const what = PUBLISHED_WORDS[kind] ?? kind.replaceAll('-', ' ');
  const by = publisher.replace(/^the\s+/i, '');
  return `the ${by} ${what} of ${day} ${MONTHS[month! - 1]} ${year}`;
}
