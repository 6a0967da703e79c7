import type { Claim } from '../extract/claims.ts';
import { groupBy } from '../lib/collections.ts';
import { explain, how, show } from '../lib/explanations.ts';
import { expectFigure, linkedWith, resultParties, stated, type Check } from './check.ts';
import type { Conflict } from './conflicts.ts';

const national = (c: Claim) => c.region_id === null && c.poll_id === null && c.scope === null;

/**
 * A source that gives its parties' votes, its invalid ballots and its ballots cast, but no valid votes
 * (those are checked through them: check-totals): the parties' votes and the invalid ballots add up to
 * the ballots cast. Only a source that lists every party of the election's result is added up.
 */
export const checkBallots: Check = (input) =>
  input.elections.flatMap((election) => {
    const inElection = (metric: string) =>
      linkedWith(input.claims, metric).filter((c) => c.election_id === election.id && national(c));
    const bySource = (metric: string) => groupBy(inElection(metric), (c) => c.source_id);
    const [votes, invalid, ballots, valid] = ['votes', 'invalid_votes', 'ballots_cast', 'valid_votes'].map(bySource);
    const parties = resultParties(input, election.id);
    return [...ballots!].flatMap(([sourceId, [stated_ballots]]): Conflict[] => {
      const own = [...new Map((votes!.get(sourceId) ?? []).map((c) => [c.party_id, c])).values()];
      const spoilt = invalid!.get(sourceId)?.[0];
      if (!spoilt || valid!.has(sourceId) || own.length < 2) return [];
      if (parties.size === 0 || ![...parties].every((p) => own.some((c) => c.party_id === p))) return [];
      const sum = own.reduce((total, c) => total + c.value!, 0) + spoilt.value!;
      const computation = how.partiesPlusInvalid(own.length, spoilt.value!);
      const conflict = expectFigure(stated_ballots!, sum, {
        check: 'parties-invalid-ballots',
        expected_how: computation,
        explanation: explain.computed(stated(input, stated_ballots!), computation, show(sum, null, 0)),
      });
      return conflict ? [conflict] : [];
    });
  });
