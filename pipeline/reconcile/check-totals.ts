import { isCountry, regionsOf } from '../registry/registry.ts';
import type { Claim } from '../extract/claims.ts';
import { groupBy } from '../lib/collections.ts';
import { explain, how, show } from '../lib/explanations.ts';
import { expectFigure, factValue, linkedWith, stated, type Check, type CheckInput } from './check.ts';
import type { Conflict } from './conflicts.ts';
import { turnoutConflicts } from './check-turnout.ts';
import { factKey } from './facts.ts';

/**
 * The national totals against each other: valid + invalid = ballots cast; turnout = ballots /
 * registered (check-turnout.ts); the valid and invalid shares of the ballots; the parties' votes add up to the valid
 * votes; and each region's votes add up to the national votes of each party.
 */
export const checkTotals: Check = (input) =>
  input.elections.flatMap((election) => {
    const e = election.id;
    const valid = factValue(input, { metric: 'valid_votes', election_id: e });
    const invalid = factValue(input, { metric: 'invalid_votes', election_id: e });
    const ballots = factValue(input, { metric: 'ballots_cast', election_id: e });
    const registered = factValue(input, { metric: 'registered', election_id: e });
    const against = (metric: string, expected: number | null, computation: () => string) =>
      expected === null
        ? []
        : nationalClaims(input, metric, e).map((claim) =>
            expectFigure(claim, expected, {
              check: `total-${metric}`,
              expected_how: computation(),
              explanation: explain.computed(
                stated(input, claim),
                computation(),
                show(expected, claim.unit, claim.unit === 'percent' ? 2 : 0),
              ),
            }),
          );
    const conflicts = [
      ...against('ballots_cast', valid !== null && invalid !== null ? valid + invalid : null, () =>
        how.validPlusInvalid(valid!, invalid!),
      ),
      ...turnoutConflicts(input, e, ballots, registered),
      ...against('valid_pct', valid !== null && ballots ? (100 * valid) / ballots : null, () =>
        how.partOfWhole(valid!, 'valid', ballots!, 'ballots'),
      ),
      ...against('invalid_pct', invalid !== null && ballots ? (100 * invalid) / ballots : null, () =>
        how.partOfWhole(invalid!, 'invalid', ballots!, 'ballots'),
      ),
      ...partySums(input, e),
    ];
    return conflicts.filter((c): c is Conflict => c !== null);
  });

const nationalClaims = (input: CheckInput, metric: string, election: string) =>
  linkedWith(input.claims, metric).filter(
    (c) =>
      c.election_id === election &&
      c.region_id === null &&
      c.party_id === null &&
      c.poll_id === null &&
      c.scope === null,
  );

/** Each source's party votes against its valid votes, and its regions' votes against its national row. */
function partySums(input: CheckInput, election: string): (Conflict | null)[] {
  const regions = regionsOf(input.registry);
  const national = input.registry.entities.find(isCountry)?.id;
  const votes = onePerParty(
    linkedWith(input.claims, 'votes').filter((c) => c.election_id === election && c.party_id && c.poll_id === null),
  );
  const conflicts: (Conflict | null)[] = [];
  for (const group of groupBy(votes, (c) => `${c.source_id}|${c.party_id}`).values()) {
    const inRegions = group.filter((c) => c.region_id && regions.includes(c.region_id));
    // only a source that gives every region can be added up
    if (new Set(inRegions.map((c) => c.region_id)).size !== regions.length) continue;
    const sum = inRegions.reduce((total, c) => total + c.value!, 0);
    for (const whole of group.filter((c) => c.region_id === null || c.region_id === national)) {
      conflicts.push(
        expectFigure(whole, sum, {
          check: 'regions-sum',
          expected_how: how.regionsAdded(regions.length),
          explanation: explain.regionsSum(
            stated(input, whole, factKey({ metric: 'votes', election_id: election, party_id: whole.party_id })),
            whole.source_id,
            regions.length,
            sum,
          ),
        }),
      );
    }
  }
  // each source's valid votes found once, not searched for among all claims source by source
  const validBySource = new Map<string, Claim>();
  for (const c of linkedWith(input.claims, 'valid_votes'))
    if (c.election_id === election && !validBySource.has(c.source_id)) validBySource.set(c.source_id, c);
  for (const [sourceId, group] of groupBy(
    votes.filter((c) => c.region_id === null),
    (c) => c.source_id,
  )) {
    const validClaim = validBySource.get(sourceId);
    if (!validClaim || group.length < 2) continue;
    const sum = group.reduce((total, c) => total + c.value!, 0);
    conflicts.push(
      expectFigure(validClaim, sum, {
        check: 'parties-sum',
        expected_how: how.partiesAdded(group.length),
        explanation: explain.partiesSum(
          stated(input, validClaim, factKey({ metric: 'valid_votes', election_id: election })),
          sum,
        ),
      }),
    );
  }
  return conflicts;
}

/** A source can give a party's national votes twice (results table, regional table's country row): count each once. */
function onePerParty(votes: Claim[]): Claim[] {
  const seen = new Set<string>();
  return votes.filter((c) => {
    const key = `${c.source_id}|${c.party_id}|${c.region_id ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
