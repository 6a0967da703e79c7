import { explain, how } from '../lib/explanations.ts';
import { allocateLargestRemainder, listSeatMetrics, type Allocation } from '../lib/seats.ts';
import type { Election } from '../registry/registry.ts';
import type { Conflict } from './conflicts.ts';
import { expectFigure, factValue, stated, type Check, type CheckInput } from './check.ts';
import { factKey } from './facts.ts';

/** List seats recomputed by the election's own rule (from the registry) from the national votes, against every list seat figure. */
export const checkSeats: Check = (input) =>
  input.elections.flatMap((election): Conflict[] => {
    const allocation = listAllocation(input, election);
    if (!allocation) return [];
    const { seats_elected, threshold_pct } = election.details;
    // in a mixed system a party's seats include its single-member districts: only list seats are allocated
    const metrics = listSeatMetrics(election);
    return input.claims
      .filter((c) => c.linked && c.value !== null && metrics.includes(c.metric ?? ''))
      .filter((c) => c.election_id === election.id && c.party_id && c.region_id === null)
      .flatMap((claim) => {
        const party = allocation.find((a) => a.party_id === claim.party_id);
        if (!party) return [];
        const conflict = expectFigure(claim, party.seats, {
          check: 'largest-remainder',
          expected_how: how.largestRemainder(
            seats_elected,
            threshold_pct,
            party.quota,
            party.seats_floor,
            party.remainder,
          ),
          explanation: explain.seats(
            stated(
              input,
              claim,
              factKey({ metric: claim.metric!, election_id: election.id, party_id: claim.party_id }),
            ),
            party.seats,
          ),
        });
        return conflict ? [conflict] : [];
      });
  });

/** The election's list seats by its own rule from the national vote facts; null when the votes do not allow it. */
export function listAllocation(input: CheckInput, election: Election): Allocation[] | null {
  const valid = factValue(input, { metric: 'valid_votes', election_id: election.id });
  const parties = input.registry.entities.filter((e) => e.type === 'party');
  const votes = parties
    .map((p) => ({
      party_id: p.id,
      votes: factValue(input, { metric: 'votes', election_id: election.id, party_id: p.id }),
    }))
    .filter((p): p is { party_id: string; votes: number } => p.votes !== null);
  const shares = parties.filter(
    (p) => factValue(input, { metric: 'vote_share', election_id: election.id, party_id: p.id }) !== null,
  );
  // every party with a share needs its votes, or the threshold cannot be applied
  if (valid === null || votes.length < 2 || shares.some((p) => !votes.some((v) => v.party_id === p.id))) return null;
  const { seats_elected, threshold_pct, runner_up_min_seats } = election.details;
  return allocateLargestRemainder(votes, valid, { seats: seats_elected, threshold_pct, runner_up_min_seats });
}
