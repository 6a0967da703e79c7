// A polling-station results table: the national votes of each party split over the stations, with
// station sizes and party strengths varying from station to station, so that each party's stations
// add up exactly to its national votes.
import type { Random } from './random.ts';

/** A party's national votes, under the name the table's header gives it. */
export interface PartyVotes {
  name: string;
  votes: number;
}

/** The votes of each party at each station: `votes[station][party]`. */
export function splitOverStations(parties: PartyVotes[], stations: number, random: Random): number[][] {
  const size = Array.from({ length: stations }, () => 300 + random.below(2700));
  const columns = parties.map((party) => {
    const weights = size.map((s) => s * (0.5 + random.next()));
    return apportion(party.votes, weights);
  });
  return size.map((_, s) => columns.map((column) => column[s]!));
}

/** Whole numbers in proportion to the weights that add up to the total exactly (largest remainders, ties to the first). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const whole = exact.map(Math.floor);
  let left = total - whole.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((e, i) => ({ i, remainder: e - Math.floor(e) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (left === 0) break;
    whole[i]!++;
    left--;
  }
  return whole;
}

/** The table as a source text: a heading, then a `---|---` pipe table with a row per station. */
export function stationTableText(title: string, parties: PartyVotes[], votes: number[][]): string {
  const header = `Polling station | ${parties.map((p) => `${p.name} Votes`).join(' | ')} |`;
  const separator = `${'---|'.repeat(parties.length + 1)}`;
  const rows = votes.map((row, s) => `Station ${String(s + 1).padStart(5, '0')} | ${row.join(' | ')} |`);
  return [title, '', '== Results by polling station ==', header, separator, ...rows, ''].join('\n');
}
