import { explain, how } from '../lib/explanations.ts';
import { allocateLargestRemainder } from '../lib/seats.ts';
import type { Conflict } from './conflicts.ts';
import { expectFigure, factValue, linkedWith, stated, type Check } from './check.ts';
import { factKey } from './facts.ts';

/** Seats recomputed by the election's own rule (from the registry) from the national votes, against every seat figure. */
export const checkSeats: Check = (input) =>
  input.elections.flatMap((election): Conflict[] => {
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
    if (valid === null || votes.length < 2 || shares.some((p) => !votes.some((v) => v.party_id === p.id))) return [];
    const { seats_elected, threshold_pct, runner_up_min_seats } = election.details;
    const allocation = allocateLargestRemainder(votes, valid, {
      seats: seats_elected,
      threshold_pct,
      runner_up_min_seats,
    });
    return linkedWith(input.claims, 'seats')
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
            stated(input, claim, factKey({ metric: 'seats', election_id: election.id, party_id: claim.party_id })),
            party.seats,
          ),
        });
        return conflict ? [conflict] : [];
      });
  });
