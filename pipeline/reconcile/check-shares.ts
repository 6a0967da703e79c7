import type { Claim } from '../extract/claims.ts';
import { groupBy } from '../lib/collections.ts';
import { explain, how } from '../lib/explanations.ts';
import { expectFigure, linkedWith, stated, type Check } from './check.ts';
import { factKey } from './facts.ts';

/**
 * Every printed vote share against the same source's votes: 100 × votes / the votes of all parties in
 * that place (the valid votes, where the source gives them nationally). A share that repeats the
 * cell of a neighbouring row is a copying slip.
 */
export const checkSharesFromVotes: Check = (input) => {
  const place = (c: Claim) => `${c.source_id}|${c.election_id}|${c.region_id ?? ''}`;
  const votes = groupBy(
    linkedWith(input.claims, 'votes').filter((c) => c.party_id && c.extraction === 'table'),
    place,
  );
  const shares = linkedWith(input.claims, 'vote_share').filter((c) => c.party_id && c.extraction === 'table');
  const sharedParties = groupBy(shares, place);
  // the lookups every share makes, indexed once: a source's valid votes, and the shares on each line
  const validVotes = new Map<string, Claim>();
  for (const c of input.claims) {
    const key = `${c.source_id}|${c.election_id}`;
    if (c.linked && c.metric === 'valid_votes' && !validVotes.has(key)) validVotes.set(key, c);
  }
  const order = new Map(shares.map((s, i) => [s, i]));
  const onLine = groupBy(shares, (s) => `${s.source_id}|${s.party_id}|${s.line}`);
  const neighbourOf = (share: Claim) =>
    [share.line - 1, share.line + 1]
      .flatMap((line) => onLine.get(`${share.source_id}|${share.party_id}|${line}`) ?? [])
      .filter((s) => s.value === share.value)
      .sort((a, b) => order.get(a)! - order.get(b)!)[0];
  return shares.flatMap((share) => {
    // one figure a party (a results table and a regional table's country row both give the national votes)
    const here = [...new Map((votes.get(place(share)) ?? []).map((v) => [v.party_id, v])).values()];
    const own = here.find((v) => v.party_id === share.party_id);
    const valid =
      share.region_id === null ? validVotes.get(`${share.source_id}|${share.election_id}`)?.value : undefined;
    // without the valid votes, the denominator is every party's votes: all of them must be there
    const complete = (sharedParties.get(place(share)) ?? []).every((s) => here.some((v) => v.party_id === s.party_id));
    if (!own || here.length < 2 || (valid === undefined && !complete)) return [];
    const denominator = valid ?? here.reduce((sum, v) => sum + v.value!, 0);
    const expected = (100 * own.value!) / denominator;
    const neighbour = neighbourOf(share);
    const computation = how.shareFromVotes(own.value!, denominator, Boolean(valid));
    const repeats = neighbour
      ? {
          place: neighbour.region_id
            ? input.name.entity(neighbour.region_id)
            : input.name.fact(factKey({ ...neighbour, metric: 'vote_share', election_id: neighbour.election_id! })),
          below: neighbour.line > share.line,
        }
      : null;
    return [
      expectFigure(share, expected, {
        check: 'share-from-votes',
        expected_how: computation,
        kind: neighbour ? 'typo' : 'arithmetic',
        explanation: explain.shareFromVotes(stated(input, share), computation, expected, repeats),
      }),
    ].filter((c) => c !== null);
  });
};
