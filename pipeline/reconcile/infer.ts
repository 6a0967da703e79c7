import { isLinked, type Claim } from '../extract/claims.ts';
import { groupBy } from '../lib/collections.ts';
import type { Metrics } from '../registry/metrics.ts';

/** A table row whose name was blanked, matched to a row of another source by its figures. */
export interface Inference {
  source_id: string;
  line: number;
  from_source_id: string;
  from_line: number;
  region_id: string | null;
  election_id: string | null;
  poll_id: string | null;
  /** How many figures of the row are equal, party by party and metric by metric, to the matched row's. */
  figures_equal: number;
  evidence: string;
}

const SUBJECT = ['region_id', 'election_id', 'poll_id', 'organisation_id'] as const;
const signature = (row: Claim[]) =>
  row
    .map((c) => `${c.party_id}|${c.metric}|${c.value}`)
    .sort()
    .join(';');

/**
 * Rows with figures but no name (the newer revision blanks two region names and writes its total
 * row as `'`) take the subject of the one row elsewhere whose figures are all equal, party by party.
 * The match is recorded with its evidence; a row with no match, or more than one, stays unlinked.
 * `inferred` holds the claims given a subject so, by claim id.
 */
export function inferBlankedRows(
  claims: Claim[],
  metrics: Metrics,
): { claims: Claim[]; inferences: Inference[]; inferred: Map<string, Claim> } {
  const tableRows = groupBy(
    claims.filter((c) => c.extraction === 'table' && c.value !== null && c.metric !== null),
    (c) => `${c.source_id}|${c.line}`,
  );
  // each named row's signature once, indexed: every blanked row is looked up, not compared with every row
  const named = groupBy(
    [...tableRows.values()].filter((row) => row.every((c) => c.linked) && SUBJECT.some((f) => row[0]![f] !== null)),
    signature,
  );
  const inferences: Inference[] = [];
  const changed = new Map<string, Claim>();
  for (const row of tableRows.values()) {
    if (row.some((c) => c.linked) || row.length < 3) continue;
    const matches = (named.get(signature(row)) ?? []).filter((other) => other[0]!.source_id !== row[0]!.source_id);
    const subjects = new Set(matches.map((m) => SUBJECT.map((f) => m[0]![f]).join('|')));
    if (matches.length === 0 || subjects.size !== 1) continue;
    const from = matches[0]!;
    const subject = Object.fromEntries(SUBJECT.map((f) => [f, from[0]![f]])) as Pick<Claim, (typeof SUBJECT)[number]>;
    const evidence = `all ${row.length} figures equal those of ${from[0]!.source_id} line ${from[0]!.line}`;
    inferences.push({
      source_id: row[0]!.source_id,
      line: row[0]!.line,
      from_source_id: from[0]!.source_id,
      from_line: from[0]!.line,
      region_id: subject.region_id,
      election_id: subject.election_id,
      poll_id: subject.poll_id,
      figures_equal: row.length,
      evidence,
    });
    for (const claim of row) {
      const inferred: Claim = { ...claim, ...subject, note: `subject inferred: ${evidence}` };
      inferred.linked = isLinked(inferred, false, metrics);
      changed.set(claim.claim_id, inferred);
    }
  }
  return { claims: claims.map((c) => changed.get(c.claim_id) ?? c), inferences, inferred: changed };
}
