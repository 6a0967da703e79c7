// Which fact stands behind a cell of an analytic table: the fact of the same measure about the same
// election, party, region and poll. Fields named after a metric need no entry; the others are listed.
import { groupBy } from '../lib/collections.ts';
import type { DataPackage, Row, Value } from './data.ts';

interface FieldFact {
  metric: string;
  /** The row's field naming the election, when it is not `election_id`. */
  election?: string;
  /** Subject fields of the row that the fact does not share (a result beside a poll). */
  ignore?: string[];
}

const FIELD_FACTS: Record<string, FieldFact> = {
  vote_share_reported: { metric: 'vote_share' },
  turnout_pct: { metric: 'turnout' },
  swing_pp: { metric: 'swing', election: 'election_to' },
  seat_change: { metric: 'seat_change', election: 'election_to' },
  share_from: { metric: 'vote_share', election: 'election_from' },
  share_to: { metric: 'vote_share', election: 'election_to' },
  seats_from: { metric: 'seats', election: 'election_from' },
  seats_to: { metric: 'seats', election: 'election_to' },
  'polls.share': { metric: 'poll_share' },
  'poll_accuracy.share': { metric: 'poll_share' },
  'poll_accuracy.result_share': { metric: 'vote_share', ignore: ['poll_id'] },
  'results_regional.vote_share': { metric: 'vote_share' },
  'results_national.vote_share': { metric: 'vote_share' },
  'seat_allocation.seats_reported': { metric: 'seats', ignore: ['scenario'] },
  'facts.value': { metric: '' },
};

const SUBJECTS = ['party_id', 'region_id', 'poll_id', 'organisation_id', 'scope'] as const;

export interface FactIndex {
  /** The fact id behind a table's cell, or null when the value is computed from several facts. */
  factFor(table: string, row: Row, field: string): string | null;
  /** A fact's status (agreed, consistent, derived, resolved, conflict), or null for an unknown fact. */
  statusOf(factId: string): string | null;
}

export function indexFacts(data: DataPackage): FactIndex {
  const facts = data.tables.get('facts')?.rows ?? [];
  const byMetric = groupBy(facts, (fact) => String(fact.metric));
  // the country itself is the one region without a tile: its figures are the facts' empty region
  const national = new Set(
    (data.tables.get('entities')?.rows ?? [])
      .filter((e) => e.entity_type === 'region' && e.tile_row === null)
      .map((e) => e.entity_id),
  );
  const statuses = new Map(facts.map((fact) => [String(fact.fact_id), String(fact.status)]));
  const subject = (v: Value | undefined) => (v === null || v === undefined || national.has(v) ? null : v);
  return {
    statusOf: (factId) => statuses.get(factId) ?? null,
    factFor(table, row, field) {
      if (table === 'facts') return String(row.fact_id);
      const rule = FIELD_FACTS[`${table}.${field}`] ?? FIELD_FACTS[field] ?? { metric: field };
      const candidates = byMetric.get(rule.metric);
      if (!candidates) return null;
      const election = row[rule.election ?? 'election_id'];
      const matches = candidates.filter(
        (fact) =>
          (election === undefined || fact.election_id === election) &&
          SUBJECTS.every((key) => rule.ignore?.includes(key) || subject(fact[key]) === subject(row[key] ?? null)),
      );
      return matches.length === 1 ? String(matches[0]!.fact_id) : null;
    },
  };
}

/** The anchor of a fact's entry on the sources page. */
export const factAnchor = (factId: string) => `fact-${factId}`;
/** The anchor of a table's entry in the sources page's dataset list (for values computed from several facts). */
export const tableAnchor = (table: string) => `table-${table}`;
