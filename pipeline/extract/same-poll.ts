// One poll reported by several sources, one of which gives no date: the same poll, under the dated id.
import type { Claim, Poll } from './claims.ts';

/**
 * The id each undated poll goes by when exactly one dated poll has its pollster, kind and election (`an IEI
 * poll` in one source, `the IEI poll of 8 November` in another). With two or more dated candidates the
 * undated mention could be any of them, and it stays a poll of its own.
 */
export function samePollIds(polls: Poll[]): Map<string, string> {
  const dated = polls.filter((p) => p.date !== null);
  const same = new Map<string, string>();
  for (const poll of polls.filter((p) => p.date === null)) {
    const candidates = new Set(
      dated
        .filter((d) => d.pollster_id === poll.pollster_id && d.kind === poll.kind && d.election_id === poll.election_id)
        .map((d) => d.poll_id),
    );
    if (candidates.size === 1) same.set(poll.poll_id, [...candidates][0]!);
  }
  return same;
}

/** Claims with the poll id of the dated poll their undated poll is. */
export function withSamePolls(claims: Claim[], polls: Poll[]): Claim[] {
  const same = samePollIds(polls);
  if (same.size === 0) return claims;
  return claims.map((c) => (c.poll_id !== null && same.has(c.poll_id) ? { ...c, poll_id: same.get(c.poll_id)! } : c));
}

/** The polls with every undated one that is a dated one left out: the dated record stands for both. */
export function withoutSamePolls(polls: Poll[]): Poll[] {
  const same = samePollIds(polls);
  return polls.filter((p) => !same.has(p.poll_id));
}
