import type { Poll } from '../extract/claims.ts';
import { withoutSamePolls } from '../extract/same-poll.ts';
import { groupBy } from '../lib/collections.ts';
import { lookup, partiesOf, round4, type AnalysisInput } from './inputs.ts';
import { voteShare } from './results.ts';

export interface PollRow extends Pick<
  Poll,
  'poll_id' | 'pollster_id' | 'kind' | 'fieldwork_start' | 'date' | 'sample_size' | 'mode'
> {
  party_id: string;
  share: number | null;
  qualifier: string | null;
  lead_reported: number | null;
}

export interface PollAccuracy {
  poll_id: string;
  party_id: string;
  share: number;
  result_share: number;
  /** Signed error, p − r. */
  error: number;
  share_renormalised: number;
  error_renormalised: number;
}

export interface PollScore extends Pick<Poll, 'poll_id' | 'pollster_id' | 'kind' | 'date'> {
  days_before: number | null;
  listed_total: number;
  mae: number;
  mae_renormalised: number;
  lead_error: number | null;
  lead_error_poll_order: number | null;
  b: number | null;
  bw: number | null;
  called_winner: boolean;
  called_parties_over_threshold: boolean;
}

/** Every poll, exit poll and count, one row a party it lists. */
export function pollRows({ facts, polls, registry }: AnalysisInput): PollRow[] {
  const f = lookup(facts);
  return uniquePolls(polls).flatMap((poll) =>
    partiesOf(registry).flatMap((party_id): PollRow[] => {
      const fact = f.fact({ metric: 'poll_share', election_id: poll.election_id, party_id, poll_id: poll.poll_id });
      if (!fact) return [];
      return [
        {
          poll_id: poll.poll_id,
          pollster_id: poll.pollster_id,
          kind: poll.kind,
          fieldwork_start: poll.fieldwork_start,
          date: poll.date,
          sample_size: poll.sample_size,
          mode: poll.mode,
          party_id,
          share: fact.value,
          qualifier: fact.qualifier,
          lead_reported: f.value({ metric: 'lead', election_id: poll.election_id, poll_id: poll.poll_id }),
        },
      ];
    }),
  );
}

/**
 * A poll named by several sources is one poll: the first source's record, with a sample size, fieldwork and
 * mode from any; an undated mention of a dated poll (extract/same-poll.ts) is that poll.
 */
export function uniquePolls(polls: Poll[]): Poll[] {
  const byId = new Map<string, Poll>();
  for (const poll of withoutSamePolls(polls)) {
    const known = byId.get(poll.poll_id);
    byId.set(
      poll.poll_id,
      known
        ? {
            ...known,
            sample_size: known.sample_size ?? poll.sample_size,
            fieldwork_start: known.fieldwork_start ?? poll.fieldwork_start,
            mode: known.mode ?? poll.mode,
          }
        : poll,
    );
  }
  return [...byId.values()].sort((a, b) => (a.poll_id < b.poll_id ? -1 : 1));
}

/**
 * Each listed party's share against the official result's vote share (results_national.vote_share; README, Measures:
 * signed error p − r), raw and renormalised.
 */
export function pollAccuracy(input: AnalysisInput): PollAccuracy[] {
  const f = lookup(input.facts);
  return [...groupBy(pollRows(input), (r) => r.poll_id).values()].flatMap((rows) => {
    const result = (r: PollRow) => voteShare(f, electionOf(input, r.poll_id), r.party_id);
    const scored = rows.filter((r) => r.share !== null && result(r) !== null);
    const total = scored.reduce((sum, r) => sum + r.share!, 0);
    return scored.map((r) => {
      const official = result(r)!;
      const renormalised = (100 * r.share!) / total;
      return {
        poll_id: r.poll_id,
        party_id: r.party_id,
        share: r.share!,
        result_share: official,
        error: round4(r.share! - official)!,
        share_renormalised: round4(renormalised)!,
        error_renormalised: round4(renormalised - official)!,
      };
    });
  });
}

const electionOf = (input: AnalysisInput, pollId: string) => input.polls.find((p) => p.poll_id === pollId)!.election_id;

const DAY = 24 * 60 * 60 * 1000;

/**
 * One row a poll: Mosteller's M3 (mean absolute error) raw and renormalised, M5 (error on the lead)
 * on the result's first two parties and on the poll's own first two, Arzheimer and Evans' B and Bw
 * on the raw shares, and whether it called the winner and the parties over the threshold.
 */
export function pollScores(input: AnalysisInput): PollScore[] {
  const accuracy = pollAccuracy(input);
  return uniquePolls(input.polls).flatMap((poll): PollScore[] => {
    const rows = accuracy.filter((a) => a.poll_id === poll.poll_id);
    if (rows.length < 2) return [];
    const election = input.elections.find((e) => e.id === poll.election_id)!;
    const byResult = [...rows].sort((a, b) => b.result_share - a.result_share);
    const byPoll = [...rows].sort((a, b) => b.share - a.share);
    const lead = (x: PollAccuracy, y: PollAccuracy) => round4(x.share - y.share - (x.result_share - y.result_share));
    const logOdds = rows
      .filter((r) => r.share > 0 && r.share < 100)
      .map((r) => ({
        r,
        a: Math.abs(Math.log(r.share / (100 - r.share) / (r.result_share / (100 - r.result_share)))),
      }));
    const weight = logOdds.reduce((sum, x) => sum + x.r.result_share, 0);
    const over = (key: 'share' | 'result_share') =>
      rows
        .filter((r) => r[key] >= election.details.threshold_pct)
        .map((r) => r.party_id)
        .sort()
        .join();
    return [
      {
        poll_id: poll.poll_id,
        pollster_id: poll.pollster_id,
        kind: poll.kind,
        date: poll.date,
        days_before: poll.date ? Math.round((Date.parse(election.details.date) - Date.parse(poll.date)) / DAY) : null,
        listed_total: round4(rows.reduce((sum, r) => sum + r.share, 0))!,
        mae: round4(mean(rows.map((r) => Math.abs(r.error))))!,
        mae_renormalised: round4(mean(rows.map((r) => Math.abs(r.error_renormalised))))!,
        lead_error: lead(byResult[0]!, byResult[1]!),
        lead_error_poll_order: lead(byPoll[0]!, byPoll[1]!),
        b: logOdds.length > 0 ? round4(mean(logOdds.map((x) => x.a))) : null,
        bw: logOdds.length > 0 ? round4(logOdds.reduce((sum, x) => sum + (x.r.result_share / weight) * x.a, 0)) : null,
        called_winner: byPoll[0]!.party_id === byResult[0]!.party_id,
        called_parties_over_threshold: over('share') === over('result_share'),
      },
    ];
  });
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
