import type { Claim } from '../extract/claims.ts';
import { round } from '../lib/round.ts';
import type { Fact } from './facts.ts';

export type ConflictKind = 'rounding' | 'typo' | 'sign' | 'arithmetic' | 'disagreement' | 'missing' | 'scope';
export type Severity = 'info' | 'warning' | 'error';

/** A figure that disagrees with another source or with arithmetic, and what it should be. */
export interface Conflict {
  conflict_id: string;
  fact_id: string;
  metric: string;
  party_id: string | null;
  region_id: string | null;
  poll_id: string | null;
  source_id: string;
  line: number;
  claim_id: string;
  reported: number | null;
  expected: number | null;
  /** How the expected value was found: another source's figure, or a computation written out. */
  expected_how: string;
  difference: number | null;
  kind: ConflictKind;
  severity: Severity;
  /** What stands now: `open`, or the rule or decision that settled it. */
  resolution: string;
  /** One sentence a journalist can read. */
  explanation: string;
}

const SEVERITY: Record<ConflictKind, Severity> = {
  rounding: 'info',
  missing: 'info',
  scope: 'info',
  sign: 'warning',
  typo: 'error',
  arithmetic: 'error',
  disagreement: 'warning',
};

export function makeConflict(
  fact: Pick<Fact, 'fact_id' | 'metric' | 'party_id' | 'region_id' | 'poll_id'>,
  claim: Claim,
  found: {
    check: string;
    expected: number | null;
    expected_how: string;
    kind: ConflictKind;
    resolution: string;
    explanation: string;
  },
): Conflict {
  const difference = claim.value !== null && found.expected !== null ? round(claim.value - found.expected) : null;
  return {
    conflict_id: `${found.check}:${claim.claim_id}`,
    fact_id: fact.fact_id,
    metric: fact.metric,
    party_id: fact.party_id,
    region_id: fact.region_id,
    poll_id: fact.poll_id,
    source_id: claim.source_id,
    line: claim.line,
    claim_id: claim.claim_id,
    reported: claim.value,
    expected: found.expected === null ? null : round(found.expected),
    expected_how: found.expected_how,
    difference,
    kind: found.kind,
    severity: SEVERITY[found.kind],
    resolution: found.resolution,
    explanation: found.explanation,
  };
}
