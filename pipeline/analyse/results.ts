import { lookup, nationalRegion, partiesOf, regionsOf, round4, type AnalysisInput, type FactLookup } from './inputs.ts';

export interface NationalResult {
  election_id: string;
  party_id: string;
  votes: number | null;
  /** 100 × votes / valid votes when both are known, otherwise the reconciled printed share. */
  vote_share: number | null;
  vote_share_reported: number | null;
  seats: number | null;
  passed_threshold: boolean | null;
}

export interface RegionalResult {
  election_id: string;
  region_id: string;
  party_id: string;
  votes: number | null;
  /** 100 × votes / the votes of all parties in the region (the sources give no regional valid votes). */
  vote_share: number | null;
  vote_share_reported: number | null;
}

export interface Turnout {
  election_id: string;
  region_id: string;
  registered: number | null;
  ballots_cast: number | null;
  valid_votes: number | null;
  invalid_votes: number | null;
  turnout_pct: number | null;
  invalid_pct: number | null;
  /** How turnout_pct was found: the facts' status (`derived` for 2016). */
  turnout_status: string | null;
}

/**
 * A party's national vote share, the one every measure uses (README, Measures): 100 × votes / valid votes
 * where both are known, otherwise the reconciled printed share. Unrounded; `voteShare` to 4 decimals.
 */
export function exactVoteShare(f: FactLookup, election_id: string, party_id: string): number | null {
  const votes = f.value({ metric: 'votes', election_id, party_id });
  const valid = f.value({ metric: 'valid_votes', election_id });
  return votes !== null && valid ? (100 * votes) / valid : f.value({ metric: 'vote_share', election_id, party_id });
}

export const voteShare = (f: FactLookup, election_id: string, party_id: string) =>
  round4(exactVoteShare(f, election_id, party_id));

/** One row per election and party with any national figure. */
export function nationalResults({ facts, registry, elections }: AnalysisInput): NationalResult[] {
  const f = lookup(facts);
  return elections.flatMap((election) => {
    const e = election.id;
    return partiesOf(registry).flatMap((party_id): NationalResult[] => {
      const votes = f.value({ metric: 'votes', election_id: e, party_id });
      const reported = f.value({ metric: 'vote_share', election_id: e, party_id });
      const seats = f.value({ metric: 'seats', election_id: e, party_id });
      if (votes === null && reported === null && seats === null) return [];
      const share = voteShare(f, e, party_id);
      return [
        {
          election_id: e,
          party_id,
          votes,
          vote_share: share,
          vote_share_reported: reported,
          seats,
          passed_threshold: share === null ? null : share >= election.details.threshold_pct,
        },
      ];
    });
  });
}

/** One row per election, region and party with regional votes. */
export function regionalResults({ facts, registry, elections }: AnalysisInput): RegionalResult[] {
  const f = lookup(facts);
  return elections.flatMap((election) =>
    regionsOf(registry).flatMap((region_id) => {
      const e = election.id;
      const rows = partiesOf(registry).map((party_id) => ({
        party_id,
        votes: f.value({ metric: 'votes', election_id: e, party_id, region_id }),
        reported: f.value({ metric: 'vote_share', election_id: e, party_id, region_id }),
      }));
      const known = rows.filter((r) => r.votes !== null || r.reported !== null);
      const total = known.every((r) => r.votes !== null) ? known.reduce((sum, r) => sum + r.votes!, 0) : null;
      return known.map((r) => ({
        election_id: e,
        region_id,
        party_id: r.party_id,
        votes: r.votes,
        vote_share: r.votes !== null && total ? round4((100 * r.votes) / total) : null,
        vote_share_reported: r.reported,
      }));
    }),
  );
}

/** One row per election for the country and for every region: what the sources do not give stays empty. */
export function turnout({ facts, registry, elections }: AnalysisInput): Turnout[] {
  const f = lookup(facts);
  const national = nationalRegion(registry);
  return elections.flatMap((election) =>
    [national, ...regionsOf(registry)].map((region_id): Turnout => {
      const key = { election_id: election.id, region_id: region_id === national ? null : region_id };
      const turnoutFact = f.fact({ metric: 'turnout', ...key });
      const invalid = f.value({ metric: 'invalid_votes', ...key });
      const ballots = f.value({ metric: 'ballots_cast', ...key });
      return {
        election_id: election.id,
        region_id,
        registered: f.value({ metric: 'registered', ...key }),
        ballots_cast: ballots,
        valid_votes: f.value({ metric: 'valid_votes', ...key }),
        invalid_votes: invalid,
        turnout_pct: turnoutFact?.value ?? null,
        invalid_pct:
          invalid !== null && ballots ? round4((100 * invalid) / ballots) : f.value({ metric: 'invalid_pct', ...key }),
        turnout_status: turnoutFact?.status ?? null,
      };
    }),
  );
}
