import type { Poll } from '../extract/claims.ts';
import type { Fact } from '../reconcile/facts.ts';
import { factId, factKey } from '../reconcile/facts.ts';
import { round } from '../lib/round.ts';
import { countryOf, type Election, type Registry } from '../registry/registry.ts';
export { regionsOf } from '../registry/registry.ts';

/** What the analysis reads: the reconciled facts, the polls, and the registry's elections and parties. */
export interface AnalysisInput {
  facts: Fact[];
  polls: Poll[];
  registry: Registry;
  elections: Election[];
}

export interface FactLookup {
  value: (key: {
    metric: string;
    election_id: string;
    party_id?: string | null;
    region_id?: string | null;
    poll_id?: string | null;
  }) => number | null;
  fact: (key: {
    metric: string;
    election_id: string;
    party_id?: string | null;
    region_id?: string | null;
    poll_id?: string | null;
  }) => Fact | undefined;
}

/** Looks facts up by key; a key with no fact, or a fact written as missing, is null. */
export function lookup(facts: Fact[]): FactLookup {
  const byId = new Map(facts.map((f) => [f.fact_id, f]));
  const fact: FactLookup['fact'] = (key) => byId.get(factId(factKey(key)));
  return { fact, value: (key) => fact(key)?.value ?? null };
}

/** Rounded for the datasets: shares and errors to 4 decimals, so the same inputs print the same bytes. */
export const round4 = (value: number | null) => (value === null || !Number.isFinite(value) ? null : round(value, 4));

export const partiesOf = (registry: Registry) => registry.entities.filter((e) => e.type === 'party').map((e) => e.id);
export const nationalRegion = (registry: Registry) => countryOf(registry).id;

/** The elections the sources give any figure of: a registry election nobody writes about has no rows to analyse. */
export const electionsWithFacts = (elections: Election[], facts: Fact[]) =>
  elections.filter((e) => facts.some((f) => f.election_id === e.id));
