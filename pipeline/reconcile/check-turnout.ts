import type { Claim } from '../extract/claims.ts';
import { explain, how, show } from '../lib/explanations.ts';
import { contains, intervalOf } from './agreement.ts';
import { stated, type CheckInput } from './check.ts';
import { makeConflict, type Conflict } from './conflicts.ts';
import { factId, keyOf } from './facts.ts';

const national = (c: Claim) =>
  c.linked && c.value !== null && c.region_id === null && c.party_id === null && c.poll_id === null && c.scope === null;

/**
 * Ballots ≈ turnout × registered, for every source: each printed turnout against the same source's
 * ballots and registered voters when it gives both, at the precision each is written with (`about 6.5
 * million` allows a range), and otherwise against the reconciled ballots and registered voters.
 */
export function turnoutConflicts(
  input: CheckInput,
  election: string,
  ballots: number | null,
  registered: number | null,
): Conflict[] {
  const inElection = input.claims.filter((c) => c.election_id === election && national(c));
  const first = (metric: string, sourceId: string) =>
    inElection.find((c) => c.metric === metric && c.source_id === sourceId);
  return inElection
    .filter((c) => c.metric === 'turnout')
    .flatMap((claim): Conflict[] => {
      const [ownBallots, ownRegistered] = [
        first('ballots_cast', claim.source_id),
        first('registered', claim.source_id),
      ];
      const own = ownBallots && ownRegistered;
      const [b, r] = own ? [intervalOf(ownBallots), intervalOf(ownRegistered)] : [exact(ballots), exact(registered)];
      if (b === null || r === null || r.low <= 0) return [];
      const [low, high] = [(100 * b.low) / r.high, (100 * b.high) / r.low];
      const expected = own ? (100 * ownBallots.value!) / ownRegistered.value! : (100 * ballots!) / registered!;
      const allowed = intervalOf(claim);
      if (contains(allowed, expected) || (allowed.low <= high && allowed.high >= low)) return [];
      const computation = how.partOfWhole(
        own ? ownBallots.value! : ballots!,
        'ballots',
        own ? ownRegistered.value! : registered!,
        'registered voters',
      );
      return [
        makeConflict({ fact_id: factId(keyOf(claim)), ...keyOf(claim) }, claim, {
          check: 'total-turnout',
          expected,
          expected_how: computation,
          kind: 'arithmetic',
          resolution: 'open',
          explanation: explain.computed(stated(input, claim), computation, show(expected, claim.unit, 2)),
        }),
      ];
    });
}

const exact = (value: number | null) => (value === null ? null : { low: value, high: value });
