import type { Claim } from '../extract/claims.ts';
import type { Source } from '../lib/manifest.ts';
import type { Election, Registry } from '../registry/registry.ts';
import { contains, intervalOf } from './agreement.ts';
import { makeConflict, type Conflict, type ConflictKind } from './conflicts.ts';
import { factId, keyOf, type Fact, type FactKey } from './facts.ts';
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
export function factValue(input: CheckInput, key: Partial<FactKey> & Pick<FactKey, 'metric' | 'election_id'>): number | null {
  const full: FactKey = { party_id: null, region_id: null, poll_id: null, organisation_id: null, scope: null, ...key };
  return input.facts.get(factId(full))?.value ?? null;
}

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

export const linkedWith = (claims: Claim[], metric: string) => claims.filter((c) => c.linked && c.metric === metric && c.value !== null);

/** Claims grouped by a key the caller builds. */
export function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}
