import { allocateLargestRemainder } from '../lib/seats.ts';
import { cap, type Conflict } from './conflicts.ts';
import { expectFigure, factValue, linkedWith, type Check } from './check.ts';

/** Seats recomputed by the election's own rule (from the registry) from the national votes, against every seat figure. */
export const checkSeats: Check = (input) => input.elections.flatMap((election): Conflict[] => {
  const valid = factValue(input, { metric: 'valid_votes', election_id: election.id });
  const parties = input.registry.entities.filter((e) => e.type === 'party');
  const votes = parties.map((p) => ({ party_id: p.id, votes: factValue(input, { metric: 'votes', election_id: election.id, party_id: p.id }) }))
    .filter((p): p is { party_id: string; votes: number } => p.votes !== null);
  const shares = parties.filter((p) => factValue(input, { metric: 'vote_share', election_id: election.id, party_id: p.id }) !== null);
  // every party with a share needs its votes, or the threshold cannot be applied
  if (valid === null || votes.length < 2 || shares.some((p) => !votes.some((v) => v.party_id === p.id))) return [];
  const { seats_elected, threshold_pct, runner_up_min_seats } = election.details;
  const allocation = allocateLargestRemainder(votes, valid, { seats: seats_elected, threshold_pct, runner_up_min_seats });
  return linkedWith(input.claims, 'seats').filter((c) => c.election_id === election.id && c.party_id && c.region_id === null).flatMap((claim) => {
    const party = allocation.find((a) => a.party_id === claim.party_id);
    if (!party) return [];
    const conflict = expectFigure(claim, party.seats, {
      check: 'largest-remainder',
      expected_how: `largest remainder over ${seats_elected} seats with a ${threshold_pct}% threshold: quota ${party.quota?.toFixed(2) ?? 'none'}, ${party.seats_floor} whole seats${party.remainder !== null ? ` and a remainder of ${party.remainder.toFixed(3)}` : ''}`,
      explanation: `${cap(input.name.source(claim.source_id))} gives ${input.name.fact({ metric: 'seats', election_id: election.id, party_id: claim.party_id, region_id: null, poll_id: null, organisation_id: null, scope: null })} as ${claim.figure}, but the largest-remainder rule gives ${party.seats} from the votes.`,
    });
    return conflict ? [conflict] : [];
  });
});
