/** One party's share of the list seats by the largest remainder (Hare quota). */
export interface Allocation {
  party_id: string;
  votes: number;
  /** Percent of the valid votes. */
  share: number;
  qualifies: boolean;
  quota: number | null;
  seats_floor: number;
  remainder: number | null;
  seats: number;
}

export interface AllocationRules {
  seats: number;
  /** Percent of the valid votes a party needs. */
  threshold_pct: number;
  /** A runner-up gets at least this many seats when only one party passes the threshold. */
  runner_up_min_seats: number;
}

/**
 * Whether a share (percent) reaches a threshold (percent). A share rebuilt from a printed percentage
 * (votes = 4.5% × valid, then 100 × votes / valid) can come back a float's hair under it.
 */
export const reachesThreshold = (share: number, threshold_pct: number) => share >= threshold_pct - 1e-9;

/**
 * Largest remainder with the Hare quota: parties under the threshold are set aside; quota = the
 * qualifying votes / seats; each gets the floor of votes / quota; the seats left go one each to the
 * largest remainders, ties to the party registered first (first in `parties`).
 */
export function allocateLargestRemainder(
  parties: { party_id: string; votes: number }[],
  validVotes: number,
  rules: AllocationRules,
): Allocation[] {
  const withShare = parties.map((p) => ({
    ...p,
    share: (100 * p.votes) / validVotes,
    qualifies: reachesThreshold((100 * p.votes) / validVotes, rules.threshold_pct),
  }));
  const passed = withShare.filter((p) => p.qualifies);
  // with one party over the threshold the runner-up still takes part, and gets at least its minimum
  const runnerUp =
    passed.length === 1 ? [...withShare].filter((p) => !p.qualifies).sort((a, b) => b.votes - a.votes)[0] : undefined;
  const qualifying = runnerUp ? withShare.filter((p) => p.qualifies || p === runnerUp) : passed;
  const total = qualifying.reduce((sum, p) => sum + p.votes, 0);
  const quota = total / rules.seats;
  const floors = new Map(qualifying.map((p) => [p.party_id, Math.floor(p.votes / quota)]));
  const remainders = new Map(qualifying.map((p) => [p.party_id, p.votes / quota - Math.floor(p.votes / quota)]));
  let left = rules.seats - [...floors.values()].reduce((a, b) => a + b, 0);
  const order = qualifying
    .map((p, i) => ({ id: p.party_id, remainder: remainders.get(p.party_id)!, i }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  const seats = new Map(floors);
  for (const { id } of order) {
    if (left-- <= 0) break;
    seats.set(id, seats.get(id)! + 1);
  }
  if (runnerUp) {
    const winner = passed[0]!.party_id;
    const short = rules.runner_up_min_seats - (seats.get(runnerUp.party_id) ?? 0);
    if (short > 0) {
      seats.set(runnerUp.party_id, rules.runner_up_min_seats);
      seats.set(winner, seats.get(winner)! - short);
    }
  }
  return withShare.map((p) => ({
    party_id: p.party_id,
    votes: p.votes,
    share: p.share,
    qualifies: qualifying.some((q) => q.party_id === p.party_id),
    quota: qualifying.some((q) => q.party_id === p.party_id) ? quota : null,
    seats_floor: floors.get(p.party_id) ?? 0,
    remainder: remainders.get(p.party_id) ?? null,
    seats: seats.get(p.party_id) ?? 0,
  }));
}

/** How an election fills its seats, as its registry entry says: list seats, single-member districts, appointed. */
export interface SeatKinds {
  details: { seats_elected: number; seats_district?: number; seats_appointed: number };
}

/** Seats filled in single-member districts: none unless the registry entry gives them (a mixed system). */
export const districtSeats = (election: SeatKinds) => election.details.seats_district ?? 0;

/**
 * The metrics a party's list seats go by: `seats_list` always, and `seats` too where the lists fill every
 * seat a party can win; in a mixed system a party's `seats` are its list and district seats together.
 */
export const listSeatMetrics = (election: SeatKinds): string[] =>
  districtSeats(election) > 0 ? ['seats_list'] : ['seats_list', 'seats'];
