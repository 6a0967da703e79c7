// In a mixed system (the 2023 Mazhilis: 69 list seats and 29 single-member districts) a results table's
// `Seats` under the party lists are list seats, while a news report's are a party's seats in all.
import type { Claim } from '../extract/claims.ts';
import { explain, rule } from '../lib/explanations.ts';
import { districtSeats } from '../lib/seats.ts';
import type { CheckInput } from './check.ts';
import { listAllocation } from './check-seats.ts';
import { makeConflict, type Conflict } from './conflicts.ts';
import { factId, factKey, keyOf } from './facts.ts';

/**
 * Where one party's seat figures disagree in a mixed system and the smaller is its list seats (its
 * largest-remainder share of the list seats from the votes, or the list seats a source states), the
 * smaller figures are read as list seats, each with a note and a settled `scope` conflict saying why.
 */
export function scopeSeats(input: CheckInput): { claims: Claim[]; conflicts: Conflict[] } {
  const relabelled = new Map<string, Claim>();
  const conflicts: Conflict[] = [];
  for (const election of input.elections.filter((e) => districtSeats(e) > 0)) {
    const allocation = listAllocation(input, election);
    const seats = input.claims.filter(
      (c) =>
        c.linked && c.metric === 'seats' && c.value !== null && c.election_id === election.id && c.region_id === null,
    );
    for (const party_id of new Set(seats.map((c) => c.party_id).filter((p): p is string => p !== null))) {
      const own = seats.filter((c) => c.party_id === party_id);
      const list =
        input.facts.get(factId(factKey({ metric: 'seats_list', election_id: election.id, party_id })))?.value ??
        allocation?.find((a) => a.party_id === party_id)?.seats ??
        null;
      const total = Math.max(...own.map((c) => c.value!));
      const whole = own.find((c) => c.value === total)!;
      if (list === null || total <= list) continue;
      for (const claim of own.filter((c) => c.value === list)) {
        const note = rule.listSeatsScope(districtSeats(election));
        const relabel = { ...claim, metric: 'seats_list', note: claim.note ? `${claim.note}; ${note}` : note };
        relabelled.set(claim.claim_id, relabel);
        // on the list-seat fact the figure now stands for, so that fact says why
        const key = keyOf(relabel);
        conflicts.push(
          makeConflict({ fact_id: factId(key), ...key }, claim, {
            check: 'seat-scope',
            expected: total,
            expected_how: rule.listSeatsScope(districtSeats(election)),
            kind: 'scope',
            resolution: note,
            explanation: explain.seatScope(
              { source: input.name.source(claim.source_id), fact: input.name.fact(keyOf(claim)), figure: claim.figure },
              { source: input.name.source(whole.source_id), figure: whole.figure },
              election.details.seats_elected,
              districtSeats(election),
            ),
          }),
        );
      }
    }
  }
  return { claims: input.claims.map((c) => relabelled.get(c.claim_id) ?? c), conflicts };
}
