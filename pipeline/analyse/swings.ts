import { lookup, partiesOf, round4, type AnalysisInput } from './inputs.ts';
import { voteShare } from './results.ts';

export interface Swing {
  party_id: string;
  election_from: string;
  election_to: string;
  share_from: number | null;
  share_to: number | null;
  /** share_to − share_from, in percentage points (README, Measures). */
  swing_pp: number | null;
  seats_from: number | null;
  seats_to: number | null;
  seat_change: number | null;
}

/** Each party's share (results_national.vote_share) and seats at an election and the one before it; a renamed party is one entity. */
export function swings({ facts, registry, elections }: AnalysisInput): Swing[] {
  const f = lookup(facts);
  return elections.flatMap((to) => {
    const from = to.details.previous;
    // a previous election the sources give no result of has nothing to swing from
    if (
      !from ||
      !partiesOf(registry).some(
        (p) => voteShare(f, from, p) !== null || f.value({ metric: 'seats', election_id: from, party_id: p }) !== null,
      )
    )
      return [];
    return partiesOf(registry).flatMap((party_id): Swing[] => {
      const get = (metric: string, election_id: string) => f.value({ metric, election_id, party_id });
      const [shareFrom, shareTo, seatsFrom, seatsTo] = [
        voteShare(f, from, party_id),
        voteShare(f, to.id, party_id),
        get('seats', from),
        get('seats', to.id),
      ];
      if (shareTo === null && seatsTo === null) return [];
      return [
        {
          party_id,
          election_from: from,
          election_to: to.id,
          share_from: shareFrom,
          share_to: shareTo,
          swing_pp: shareFrom !== null && shareTo !== null ? round4(shareTo - shareFrom) : null,
          seats_from: seatsFrom,
          seats_to: seatsTo,
          seat_change: seatsFrom !== null && seatsTo !== null ? seatsTo - seatsFrom : null,
        },
      ];
    });
  });
}
