import { reachesThreshold } from '../lib/seats.ts';
import type { AnalysisInput } from './inputs.ts';
import { allocate, voteSets } from './seats.ts';

export interface SeatWhatIf {
  election_id: string;
  /** `official`, or the poll_id of the independent count whose shares stand in for the result. */
  votes_from: string;
  /** Percent of the valid votes a party needs. */
  threshold: number;
  party_id: string;
  /** A real zero when the party is under the threshold. */
  seats: number;
  passed_threshold: boolean;
}

/** Every threshold from 0% to 10% in steps of half a point. */
export const WHAT_IF_THRESHOLDS = Array.from({ length: 21 }, (_, i) => i / 2);

/**
 * The election's own allocation rule and list seats (registry) rerun at every what-if threshold, on the
 * official votes and on each independent count's.
 */
export function seatWhatIfs(input: AnalysisInput): SeatWhatIf[] {
  return input.elections.flatMap((election) =>
    voteSets(input, election).flatMap((set) =>
      WHAT_IF_THRESHOLDS.flatMap((threshold) =>
        allocate(election, set, threshold).map((a): SeatWhatIf => ({
          election_id: election.id,
          votes_from: set.votes_from,
          threshold,
          party_id: a.party_id,
          seats: a.seats,
          passed_threshold: reachesThreshold(a.share, threshold),
        })),
      ),
    ),
  );
}
