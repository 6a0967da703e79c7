import { allocateLargestRemainder, listSeatMetrics } from '../lib/seats.ts';
import { message } from '../lib/messages.ts';
import type { Election } from '../registry/registry.ts';
import { lookup, partiesOf, round4, type AnalysisInput, type FactLookup } from './inputs.ts';
import { uniquePolls } from './polls.ts';
import { exactVoteShare } from './results.ts';

export interface SeatAllocation {
  election_id: string;
  /** `official`, or `count-<poll_id>` for an independent count taken as the result. */
  scenario: string;
  party_id: string;
  votes: number;
  share: number;
  quota: number | null;
  seats_floor: number;
  remainder: number | null;
  seats: number;
  seats_reported: number | null;
}

export interface Index {
  election_id: string;
  index: string;
  /** Empty when the index could not be computed: `note` says why. */
  value: number | null;
  note: string;
}

/** The votes one what-if reruns the rule on: the official result, or an independent count's. */
export interface VoteSet {
  /** `official`, or the poll_id of the independent count. */
  votes_from: string;
  parties: { party_id: string; votes: number }[];
  valid: number;
}

/** The allocation rule of the election (registry) at a threshold, the registry's own by default. */
export const allocate = (election: Election, set: VoteSet, threshold = election.details.threshold_pct) =>
  allocateLargestRemainder(set.parties, set.valid, {
    seats: election.details.seats_elected,
    threshold_pct: threshold,
    runner_up_min_seats: election.details.runner_up_min_seats,
  });

/**
 * The official votes when the sources give every party's and the valid votes, then each independent
 * count's shares in their place (votes = share × the official valid votes).
 */
export function voteSets(input: AnalysisInput, election: Election): VoteSet[] {
  const f = lookup(input.facts);
  const official = officialVotes(input, election);
  if (!official) return [];
  const { votes, valid } = official;
  const counts = uniquePolls(input.polls)
    .filter((p) => p.kind === 'independent-count' && p.election_id === election.id)
    .map((poll): VoteSet => {
      const shares = votes
        .map((v) => ({
          party_id: v.party_id,
          share: f.value({
            metric: 'poll_share',
            election_id: election.id,
            party_id: v.party_id,
            poll_id: poll.poll_id,
          }),
        }))
        .filter((s): s is { party_id: string; share: number } => s.share !== null);
      return {
        votes_from: poll.poll_id,
        parties: shares.map((s) => ({ party_id: s.party_id, votes: (s.share * valid) / 100 })),
        valid,
      };
    });
  return [{ votes_from: 'official', parties: votes, valid }, ...counts];
}

/** The election's own rule rerun: on the official votes, and on each independent count in their place. */
export function seatAllocations(input: AnalysisInput): SeatAllocation[] {
  const f = lookup(input.facts);
  return input.elections.flatMap((election) =>
    voteSets(input, election).flatMap((set) => {
      const scenario = set.votes_from === 'official' ? 'official' : `count-${set.votes_from}`;
      return allocate(election, set).map((a): SeatAllocation => ({
        election_id: election.id,
        scenario,
        party_id: a.party_id,
        votes: Math.round(a.votes),
        share: round4(a.share)!,
        quota: round4(a.quota),
        seats_floor: a.seats_floor,
        remainder: round4(a.remainder),
        seats: a.seats,
        seats_reported: scenario === 'official' ? listSeats(f, election, a.party_id) : null,
      }));
    }),
  );
}

/** The election's votes for every party that stood, when the sources give all of them and the valid votes. */
function officialVotes(
  input: AnalysisInput,
  election: Election,
): { votes: { party_id: string; votes: number }[]; valid: number } | null {
  const f = lookup(input.facts);
  const valid = f.value({ metric: 'valid_votes', election_id: election.id });
  const stood = partiesOf(input.registry).filter(
    (p) => f.value({ metric: 'vote_share', election_id: election.id, party_id: p }) !== null,
  );
  const votes = stood.map((party_id) => ({
    party_id,
    votes: f.value({ metric: 'votes', election_id: election.id, party_id }),
  }));
  if (valid === null || votes.length < 2 || votes.some((v) => v.votes === null)) return null;
  return { votes: votes as { party_id: string; votes: number }[], valid };
}

/**
 * Gallagher's least-squares index over every party that stood (vote shares of the valid votes
 * against shares of the list seats; appointed seats left out), and the effective number of parties
 * (Laakso and Taagepera) by votes and by list seats. An index the facts do not allow is a row with no
 * value and a note saying why, never a row left out.
 */
export function indices(input: AnalysisInput): Index[] {
  const f = lookup(input.facts);
  return input.elections.flatMap((election): Index[] => {
    const row = (index: string, value: number | null, note = ''): Index => ({
      election_id: election.id,
      index,
      value: value === null ? null : round4(value),
      note,
    });
    const stood = partiesOf(input.registry)
      .map((party_id) => ({
        party_id,
        v: exactVoteShare(f, election.id, party_id),
        s: listSeats(f, election, party_id),
      }))
      .filter((p) => p.v !== null);
    if (stood.length === 0) return [];
    if (stood.length < 2) {
      const note = message.indexFewParties(stood.map((p) => p.party_id));
      return INDICES.map((index) => row(index, null, note));
    }
    const shares = stood.map((p) => p.v!);
    const enpVotes = row('enp_votes', 1 / shares.reduce((sum, v) => sum + (v / 100) ** 2, 0));
    const noSeats = stood.filter((p) => p.s === null).map((p) => p.party_id);
    if (noSeats.length > 0) {
      const note = message.indexNoSeats(noSeats);
      return [row('enp_seats', null, note), enpVotes, row('gallagher_lsq', null, note)];
    }
    const seatShares = stood.map((p) => (100 * p.s!) / election.details.seats_elected);
    return [
      row('enp_seats', 1 / seatShares.reduce((sum, s) => sum + (s / 100) ** 2, 0)),
      enpVotes,
      row('gallagher_lsq', Math.sqrt(0.5 * shares.reduce((sum, v, i) => sum + (v - seatShares[i]!) ** 2, 0))),
    ];
  });
}

// in the order of their names, the table's order within an election
const INDICES = ['enp_seats', 'enp_votes', 'gallagher_lsq'];

/** A party's list seats as the sources give them: in a mixed system its `seats` also count its districts. */
const listSeats = (f: FactLookup, election: Election, party_id: string): number | null =>
  listSeatMetrics(election)
    .map((metric) => f.value({ metric, election_id: election.id, party_id }))
    .find((v) => v !== null) ?? null;
