// The analysis stage's pure core: reconciled facts and polls → the analytic tables, as rows.
import type { Poll } from '../extract/claims.ts';
import type { Fact } from '../reconcile/facts.ts';
import { message } from '../lib/messages.ts';
import { elections, type Registry } from '../registry/registry.ts';
import { electionsWithFacts, type AnalysisInput } from './inputs.ts';
import { pollAccuracy, pollRows, pollScores, type PollAccuracy, type PollRow, type PollScore } from './polls.ts';
import {
  nationalResults,
  regionalResults,
  turnout,
  type NationalResult,
  type RegionalResult,
  type Turnout,
} from './results.ts';
import { indices, seatAllocations, type Index, type SeatAllocation } from './seats.ts';
import { swings, type Swing } from './swings.ts';
import { seatWhatIfs, type SeatWhatIf } from './whatif.ts';

/** Every analytic table's rows, by the name of the table in processed/. */
export interface AnalysisTables {
  results_national: NationalResult[];
  results_regional: RegionalResult[];
  turnout: Turnout[];
  polls: PollRow[];
  poll_accuracy: PollAccuracy[];
  poll_scores: PollScore[];
  swings: Swing[];
  seat_allocation: SeatAllocation[];
  seat_whatif: SeatWhatIf[];
  indices: Index[];
}

/** Swings, turnout, polls and their accuracy, seats and indices, each measure as the README's Measures defines it. */
export function analyse(facts: Fact[], polls: Poll[], registry: Registry): AnalysisTables {
  const input: AnalysisInput = { facts, polls, registry, elections: electionsWithFacts(elections(registry), facts) };
  return {
    results_national: nationalResults(input),
    results_regional: regionalResults(input),
    turnout: turnout(input),
    polls: pollRows(input),
    poll_accuracy: pollAccuracy(input),
    poll_scores: pollScores(input),
    swings: swings(input),
    seat_allocation: seatAllocations(input),
    seat_whatif: seatWhatIfs(input),
    indices: indices(input),
  };
}

/** The stage's one-line summary. */
export function analysisSummary(facts: Fact[], polls: Poll[], tables: AnalysisTables, out?: string): string {
  const rows = Object.values(tables).reduce((n, t: unknown[]) => n + t.length, 0);
  return message.analysed(
    facts.length,
    new Set(polls.map((p) => p.poll_id)).size,
    Object.keys(tables).length,
    rows,
    out,
  );
}

/** What needs attention: each index the facts did not allow, with the note its row of `indices` carries. */
export const analysisAttention = (tables: AnalysisTables): string[] =>
  tables.indices.filter((i) => i.note !== '').map((i) => message.indexNotComputed(i.election_id, i.index, i.note));
