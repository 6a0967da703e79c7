import type { Claim } from '../extract/claims.ts';
import { groupBy } from '../lib/collections.ts';
import { explain, how } from '../lib/explanations.ts';
import { expectFigure, linkedWith, stated, type Check, type CheckInput } from './check.ts';
import { factKey } from './facts.ts';

/**
 * Every printed vote share against the same source's votes: 100 × votes / the votes of all parties in
 * that place (the valid votes, where the source gives them nationally). A share that repeats the
 * cell of a neighbouring row is a copying slip. Without the valid votes the denominator is the sum of
 * the parties listed, so the check runs only when the list is complete: it covers every party any
 * source gives national votes for at that election (a source that lists some parties is not wrong).
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
  const stood = partiesThatStood(input.claims);
  // without the valid votes, the denominator is every party's votes: all of them must be there
  const listsEveryParty = (share: Claim, here: Claim[]) =>
    (sharedParties.get(place(share)) ?? []).every((s) => here.some((v) => v.party_id === s.party_id)) &&
    [...(stood.get(share.election_id!) ?? [])].every((party) => here.some((v) => v.party_id === party));
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
    if (!own || here.length < 2 || (valid === undefined && !listsEveryParty(share, here))) return [];
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

/** The parties any source gives national votes for, by election: who a complete list must name. */
function partiesThatStood(claims: Claim[]): Map<string, Set<string>> {
  const stood = new Map<string, Set<string>>();
  for (const c of linkedWith(claims, 'votes'))
    if (c.party_id && c.region_id === null && c.election_id)
      stood.set(c.election_id, (stood.get(c.election_id) ?? new Set()).add(c.party_id));
  return stood;
}

/** A place whose printed shares were not recomputed from its votes, and why. */
export interface UncheckedShares {
  check: 'share-from-votes';
  source_id: string;
  election_id: string;
  region_id: string | null;
  line: number;
  listed: string[];
  missing: string[];
  reason: string;
}

/**
 * The places (a source's table for an election, nationally or in a region) whose shares the check left
 * alone because the table names only some of the parties and gives no valid votes: each with the
 * parties it lists, those it leaves out, and the reason in words.
 */
export function sharesLeftUnchecked(input: CheckInput): UncheckedShares[] {
  const isTableFigure = (c: Claim) => c.party_id !== null && c.extraction === 'table';
  const valid = new Set(linkedWith(input.claims, 'valid_votes').map((c) => `${c.source_id}|${c.election_id}`));
  const votes = groupBy(linkedWith(input.claims, 'votes').filter(isTableFigure), placeOf);
  const stood = partiesThatStood(input.claims);
  const places = groupBy(linkedWith(input.claims, 'vote_share').filter(isTableFigure), placeOf);
  return [...places.values()].flatMap((shares) => {
    const first = shares[0]!;
    const listed = [...new Set((votes.get(placeOf(first)) ?? []).map((v) => v.party_id!))];
    const named = [...(stood.get(first.election_id!) ?? []), ...shares.map((s) => s.party_id!)];
    const missing = [...new Set(named)].filter((p) => !listed.includes(p)).sort();
    const national = first.region_id === null && valid.has(`${first.source_id}|${first.election_id}`);
    if (listed.length < 2 || missing.length === 0 || national) return [];
    const names = (ids: string[]) => ids.map((id) => input.name.entity(id));
    return [
      {
        check: 'share-from-votes' as const,
        source_id: first.source_id,
        election_id: first.election_id!,
        region_id: first.region_id,
        line: Math.min(...shares.map((s) => s.line)),
        listed,
        missing,
        reason: explain.sharesUnchecked(input.name.source(first.source_id), names(listed), names(missing)),
      },
    ];
  });
}

const placeOf = (c: Claim) => `${c.source_id}|${c.election_id}|${c.region_id ?? ''}`;
