import type { Claim } from '../extract/claims.ts';
import type { Qualifier } from '../lib/numbers.ts';

export type FactStatus = 'agreed' | 'consistent' | 'derived' | 'resolved' | 'conflict';

/** The reconciled value for one key, and how it was reached. */
export interface Fact {
  fact_id: string;
  metric: string;
  election_id: string;
  party_id: string | null;
  region_id: string | null;
  poll_id: string | null;
  organisation_id: string | null;
  scope: string | null;
  /** Null when every source writes the figure as missing. */
  value: number | null;
  unit: string | null;
  /** The qualifier of the figure the value comes from (`le` for "no more than 3%"); eq for a computed value. */
  qualifier: Qualifier | null;
  status: FactStatus;
  /** The claims behind the value, best first (`claim_id`s); empty only for a derived fact. */
  claims: string[];
  sources: string[];
  /** How the value was chosen or computed, in words. */
  rule: string;
}

export type FactKey = Pick<
  Fact,
  'metric' | 'election_id' | 'party_id' | 'region_id' | 'poll_id' | 'organisation_id' | 'scope'
>;

/** `vote_share:kz-mazhilis-2021:nur-otan:almaty-city`: the key's parts that are set, in a fixed order. */
export function factId(key: FactKey): string {
  return [key.metric, key.election_id, key.party_id, key.region_id, key.poll_id, key.organisation_id, key.scope]
    .filter((p) => p !== null && p !== '')
    .join(':');
}

/** A whole key from the parts a caller has: every part not given is null. */
export const factKey = (parts: Partial<FactKey> & Pick<FactKey, 'metric' | 'election_id'>): FactKey => ({
  metric: parts.metric,
  election_id: parts.election_id,
  party_id: parts.party_id ?? null,
  region_id: parts.region_id ?? null,
  poll_id: parts.poll_id ?? null,
  organisation_id: parts.organisation_id ?? null,
  scope: parts.scope ?? null,
});

export const keyOf = (claim: Claim): FactKey => ({
  metric: claim.metric!,
  election_id: claim.election_id!,
  party_id: claim.party_id,
  region_id: claim.region_id,
  poll_id: claim.poll_id,
  organisation_id: claim.organisation_id,
  scope: claim.scope,
});
