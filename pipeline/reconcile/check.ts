import type { Claim } from '../extract/claims.ts';
import type { Source } from '../lib/manifest.ts';
import type { Election, Registry } from '../registry/registry.ts';
import { contains, intervalOf } from './agreement.ts';
import { makeConflict, type Conflict, type ConflictKind } from './conflicts.ts';
import { factId, factKey, keyOf, type Fact, type FactKey } from './facts.ts';
import type { Namer } from './group.ts';

/** What every arithmetic check reads. */
export interface CheckInput {
  claims: Claim[];
  facts: Map<string, Fact>;
  sources: Map<string, Source>;
  registry: Registry;
  elections: Election[];
  name: Namer;
}

export type Check = (input: CheckInput) => Conflict[];

/** The fact for a key, if the sources give one with a value. */
export function factValue(
  input: CheckInput,
  key: Partial<FactKey> & Pick<FactKey, 'metric' | 'election_id'>,
): number | null {
  return input.facts.get(factId(factKey(key)))?.value ?? null;
}

/** A claim in words for an explanation: its source, its fact, its figure as written. */
export const stated = (input: CheckInput, claim: Claim, key: FactKey = keyOf(claim)) => ({
  source: input.name.source(claim.source_id),
  fact: input.name.fact(key),
  figure: claim.figure,
});

/** A conflict when a claim's figure does not allow the expected value, at its own precision; null when it does. */
export function expectFigure(
  claim: Claim,
  expected: number,
  found: { check: string; expected_how: string; kind?: ConflictKind; resolution?: string; explanation: string },
): Conflict | null {
  if (claim.value === null || contains(intervalOf(claim), expected)) return null;
  const fact = { fact_id: factId(keyOf(claim)), ...keyOf(claim) };
  return makeConflict(fact, claim, { kind: 'arithmetic', resolution: 'open', ...found, expected });
}

export const linkedWith = (claims: Claim[], metric: string) =>
  claims.filter((c) => c.linked && c.metric === metric && c.value !== null);

/** The parties the election's national result gives a vote count or a share for. */
export function resultParties(input: CheckInput, election: string): Set<string> {
  return new Set(
    [...input.facts.values()]
      .filter(
        (f) =>
          f.election_id === election &&
          (f.metric === 'votes' || f.metric === 'vote_share') &&
          f.party_id !== null &&
          f.region_id === null &&
          f.poll_id === null &&
          f.value !== null,
      )
      .map((f) => f.party_id!),
  );
}
