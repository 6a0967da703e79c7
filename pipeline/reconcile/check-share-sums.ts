import type { Claim } from '../extract/claims.ts';
import { groupBy } from '../lib/collections.ts';
import { slipsOf } from '../lib/digits.ts';
import { explain, how } from '../lib/explanations.ts';
import { round } from '../lib/round.ts';
import { halfUnit } from './agreement.ts';
import { resultParties, stated, type Check, type CheckInput } from './check.ts';
import { makeConflict, type Conflict } from './conflicts.ts';
import { factId, keyOf } from './facts.ts';

const SHARES = new Set(['vote_share', 'poll_share']);

/**
 * The shares of one row (a source's result in a place, or a poll) add up to 100 within their rounding:
 * checked when the row is complete (every party of the election's result, or a printed total beside it),
 * and for any row that adds up to more than 100. A row whose every share has the same source's votes is
 * checked cell by cell against them instead (check-shares). A row that is off names the one cell a digit
 * slip away from making it 100, when exactly one is.
 */
export const checkShareSums: Check = (input) => {
  const shares = input.claims.filter(
    (c) => c.linked && c.value !== null && c.party_id !== null && SHARES.has(c.metric ?? ''),
  );
  const rows = groupBy(shares, (c) => [c.source_id, c.metric, c.election_id, c.region_id, c.poll_id].join('|'));
  const votes = new Set(
    input.claims
      .filter((c) => c.linked && c.metric === 'votes' && c.value !== null && c.poll_id === null)
      .map((c) => [c.source_id, c.election_id, c.region_id, c.party_id].join('|')),
  );
  const totals = new Set(
    input.claims
      .filter((c) => c.linked && c.metric === 'vote_share_total')
      .map((c) => `${c.source_id}|${c.election_id}`),
  );
  const unnamed = unnamedShareLines(input.claims);
  return [...rows.values()].flatMap((group) => {
    const row = firstPerParty(group);
    const first = row[0]!;
    if (row.length < 2 || row.some((c) => c.qualifier !== 'eq')) return [];
    if (row.every((c) => votes.has([c.source_id, c.election_id, c.region_id, c.party_id].join('|')))) return [];
    const sum = row.reduce((total, c) => total + c.value!, 0);
    const tolerance = row.reduce((total, c) => total + halfUnit(c), 0) + 1e-9;
    const complete =
      first.poll_id === null &&
      !besideUnnamedShare(unnamed, row) &&
      (totals.has(`${first.source_id}|${first.election_id}`) || coversResult(input, row, first.election_id!));
    if (sum <= 100 + tolerance && (!complete || sum >= 100 - tolerance)) return [];
    return [rowConflict(input, row, sum, tolerance)];
  });
};

/**
 * The lines of each source that give a share naming no party (`Against all`, `Others`, `Independents`),
 * sorted: built once, so that looking beside a row costs a search, not a pass over every claim.
 */
function unnamedShareLines(claims: Claim[]): Map<string, number[]> {
  const unnamed = claims.filter((c) => !c.linked && c.unit === 'percent' && c.value !== null);
  const lines = groupBy(unnamed, (c) => c.source_id);
  return new Map([...lines].map(([source, cs]) => [source, cs.map((c) => c.line).sort((a, b) => a - b)]));
}

/**
 * Whether the source gives a share naming no party on the row's lines or the line after them: the
 * parties' shares then need not make 100.
 */
function besideUnnamedShare(unnamed: Map<string, number[]>, row: Claim[]): boolean {
  const lines = unnamed.get(row[0]!.source_id);
  if (!lines) return false;
  const rowLines = row.map((c) => c.line);
  const [from, to] = [Math.min(...rowLines), Math.max(...rowLines) + 1];
  // the first unnamed share at or after `from`, by bisection
  let [low, high] = [0, lines.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lines[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < lines.length && lines[low]! <= to;
}

/** Whether a row names every party the election's national result has a share or votes for. */
function coversResult(input: CheckInput, row: Claim[], election: string): boolean {
  const parties = resultParties(input, election);
  return parties.size > 0 && [...parties].every((p) => row.some((c) => c.party_id === p));
}

function rowConflict(input: CheckInput, row: Claim[], sum: number, tolerance: number): Conflict {
  // the cells a digit slip away from a value that brings the row to 100
  const suspects = row.flatMap((c) => {
    const wanted = c.value! - (sum - 100);
    const near = slipsOf(c.value!, c.decimals ?? 0).filter((v) => Math.abs(v - wanted) <= tolerance);
    const slip = near.sort((a, b) => Math.abs(a - wanted) - Math.abs(b - wanted) || a - b)[0];
    return slip === undefined ? [] : [{ claim: c, slip }];
  });
  const total = round(sum, 4);
  const expected_how = how.sharesAdded(row.length, total);
  if (suspects.length === 1) {
    const { claim, slip } = suspects[0]!;
    return makeConflict({ fact_id: factId(keyOf(claim)), ...keyOf(claim) }, claim, {
      check: 'share-sum',
      expected: slip,
      expected_how,
      kind: 'typo',
      resolution: 'open',
      explanation: explain.shareSumSlip(stated(input, claim), row.length, total, slip),
    });
  }
  const claim = row[0]!;
  return makeConflict({ fact_id: factId(keyOf(claim)), ...keyOf(claim) }, claim, {
    check: 'share-sum',
    expected: claim.value! - (sum - 100),
    expected_how,
    kind: 'arithmetic',
    resolution: 'open',
    explanation: explain.shareSumOff(stated(input, claim), row.length, total, round(tolerance, 3)),
  });
}

/** A source can state a party's share twice in one place (a table and a sentence): the first counts. */
function firstPerParty(claims: Claim[]): Claim[] {
  const seen = new Map<string | null, Claim>();
  for (const c of claims) if (!seen.has(c.party_id)) seen.set(c.party_id, c);
  return [...seen.values()];
}
