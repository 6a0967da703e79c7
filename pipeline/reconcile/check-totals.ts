import type { Claim } from '../extract/claims.ts';
import { count } from '../lib/cli.ts';
import { cap, show } from './conflicts.ts';
import { groupBy } from '../lib/collections.ts';
import { expectFigure, factValue, linkedWith, type Check, type CheckInput } from './check.ts';
import type { Conflict } from './conflicts.ts';

/**
 * The national totals against each other: valid + invalid = ballots cast; turnout = ballots /
 * registered; the valid and invalid shares of the ballots; the parties' votes add up to the valid
 * votes; and each region's votes add up to the national votes of each party.
 */
export const checkTotals: Check = (input) => input.elections.flatMap((election) => {
  const e = election.id;
  const valid = factValue(input, { metric: 'valid_votes', election_id: e });
  const invalid = factValue(input, { metric: 'invalid_votes', election_id: e });
  const ballots = factValue(input, { metric: 'ballots_cast', election_id: e });
  const registered = factValue(input, { metric: 'registered', election_id: e });
  const against = (metric: string, expected: number | null, how: string, what: string) =>
    expected === null ? [] : nationalClaims(input, metric, e).map((claim) => expectFigure(claim, expected, {
      check: `total-${metric}`, expected_how: how,
      explanation: `${cap(input.name.source(claim.source_id))} gives ${what} as ${claim.figure}, but ${how} = ${show(expected, claim.unit, metric.endsWith('pct') || metric === 'turnout' ? 2 : 0)}.`,
    }));
  const conflicts = [
    ...against('ballots_cast', valid !== null && invalid !== null ? valid + invalid : null, `${count(valid ?? 0)} valid + ${count(invalid ?? 0)} invalid`, 'the ballots cast'),
    ...against('turnout', ballots !== null && registered ? (100 * ballots) / registered : null, `${count(ballots ?? 0)} ballots of ${count(registered ?? 0)} registered voters`, 'the turnout'),
    ...against('valid_pct', valid !== null && ballots ? (100 * valid) / ballots : null, `${count(valid ?? 0)} valid of ${count(ballots ?? 0)} ballots`, 'the share of valid votes'),
    ...against('invalid_pct', invalid !== null && ballots ? (100 * invalid) / ballots : null, `${count(invalid ?? 0)} invalid of ${count(ballots ?? 0)} ballots`, 'the share of invalid votes'),
    ...partySums(input, e),
  ];
  return conflicts.filter((c): c is Conflict => c !== null);
});

const nationalClaims = (input: CheckInput, metric: string, election: string) =>
  linkedWith(input.claims, metric).filter((c) => c.election_id === election && c.region_id === null && c.party_id === null && c.poll_id === null && c.scope === null);

/** Each source's party votes against its valid votes, and its regions' votes against its national row. */
function partySums(input: CheckInput, election: string): (Conflict | null)[] {
  const regions = input.registry.entities.filter((r) => r.type === 'region' && r.details.scope !== 'country').map((r) => r.id);
  const national = input.registry.entities.find((r) => r.type === 'region' && r.details.scope === 'country')?.id;
  const votes = onePerParty(linkedWith(input.claims, 'votes').filter((c) => c.election_id === election && c.party_id && c.poll_id === null));
  const conflicts: (Conflict | null)[] = [];
  for (const [key, group] of groupBy(votes, (c) => `${c.source_id}|${c.party_id}`)) {
    const inRegions = group.filter((c) => c.region_id && regions.includes(c.region_id));
    // only a source that gives every region can be added up
    if (new Set(inRegions.map((c) => c.region_id)).size !== regions.length) continue;
    const sum = inRegions.reduce((total, c) => total + c.value!, 0);
    for (const whole of group.filter((c) => c.region_id === null || c.region_id === national)) {
      conflicts.push(expectFigure(whole, sum, {
        check: 'regions-sum', expected_how: `the ${regions.length} regions' votes added up`,
        explanation: `${cap(input.name.source(whole.source_id))} gives ${input.name.fact({ metric: 'votes', election_id: election, party_id: whole.party_id, region_id: null, poll_id: null, organisation_id: null, scope: null })} as ${whole.figure} (${key.split('|')[0]}), but its ${regions.length} regions add up to ${count(sum)}.`,
      }));
    }
  }
  for (const [sourceId, group] of groupBy(votes.filter((c) => c.region_id === null), (c) => c.source_id)) {
    const validClaim = input.claims.find((c) => c.linked && c.metric === 'valid_votes' && c.source_id === sourceId && c.election_id === election && c.value !== null);
    if (!validClaim || group.length < 2) continue;
    const sum = group.reduce((total, c) => total + c.value!, 0);
    conflicts.push(expectFigure(validClaim, sum, {
      check: 'parties-sum', expected_how: `the ${group.length} parties' votes added up`,
      explanation: `${cap(input.name.source(sourceId))} gives the valid votes as ${validClaim.figure}, but its parties' votes add up to ${count(sum)}.`,
    }));
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
