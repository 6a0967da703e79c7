// Human rulings: checked when read, applied to their fact and its conflicts, stale ones warned about.
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/lib/messages.ts';
import { applyDecisions, checkDecisions, type Decision } from '../../pipeline/reconcile/decisions.ts';
import type { Fact } from '../../pipeline/reconcile/facts.ts';
import { factsFromClaims } from '../../pipeline/reconcile/group.ts';
import { claim, name, registry, sources } from './inline.ts';

const ruling: Decision = {
  fact_id: 'vote_share:vote-2021:sun',
  value: 61,
  reason: 'The count sheet says 61%.',
  decided_by: 'A. Analyst',
  date: '2026-11-27',
};
const share = (source_id: string, value: number) =>
  claim({
    metric: 'vote_share',
    party_id: 'sun',
    unit: 'percent',
    source_id,
    value,
    figure: `${value}%`,
    extraction: 'prose',
    line: 3,
  });
const { facts, conflicts } = factsFromClaims(
  [share('analysis', 60), share('notes', 65)],
  sources,
  name,
  registry.metrics,
);
const inConflict = facts.map((f): Fact => ({ ...f, status: 'conflict' }));

describe('checkDecisions', () => {
  it('names each decision and field that is missing or not usable', () => {
    const problems = (() => {
      try {
        checkDecisions('decisions.json', [
          ruling,
          { fact_id: 'x', value: '61', reason: ' ', decided_by: 'B', date: '2026-11-27' },
          null,
        ]);
      } catch (error) {
        return (error as PipelineError).messages;
      }
    })();
    expect(problems).toEqual([
      'decisions.json: decision 2 has no usable "reason"; expected fact_id, value (a number), reason, decided_by and date',
      'decisions.json: decision 2 has no usable "value"; expected fact_id, value (a number), reason, decided_by and date',
      'decisions.json: decision 3 has no usable "fact_id"; expected fact_id, value (a number), reason, decided_by and date',
      'decisions.json: decision 3 has no usable "reason"; expected fact_id, value (a number), reason, decided_by and date',
      'decisions.json: decision 3 has no usable "decided_by"; expected fact_id, value (a number), reason, decided_by and date',
      'decisions.json: decision 3 has no usable "date"; expected fact_id, value (a number), reason, decided_by and date',
      'decisions.json: decision 3 has no usable "value"; expected fact_id, value (a number), reason, decided_by and date',
    ]);
    expect(checkDecisions('decisions.json', [ruling])).toEqual([ruling]);
  });
});

describe('applyDecisions', () => {
  it("gives the fact the ruling's value, marks it resolved by whom and why, and settles its conflicts", () => {
    const applied = applyDecisions(inConflict, conflicts, [ruling]);
    expect(applied.facts.map((f) => [f.value, f.qualifier, f.status, f.rule])).toEqual([
      [61, 'eq', 'resolved', 'decided by A. Analyst on 2026-11-27: The count sheet says 61%.'],
    ]);
    expect(applied.conflicts.map((c) => [c.reported, c.expected, c.resolution])).toEqual([
      [65, 60, 'decided by A. Analyst on 2026-11-27: The count sheet says 61%.'],
    ]);
    expect(applied.warnings).toEqual([]);
  });

  it('warns about a decision whose fact has no conflict any more, and leaves that fact alone', () => {
    const stale = { ...ruling, fact_id: 'seats:vote-2021:moon', decided_by: 'B. Analyst' };
    const applied = applyDecisions(inConflict, [], [stale]);
    expect(applied.facts).toEqual(inConflict);
    expect(applied.warnings).toEqual([
      'pipeline/registry/decisions.json: the decision on "seats:vote-2021:moon" (B. Analyst, 2026-11-27) matches no conflict any more; remove it, or check the fact it was made for',
    ]);
  });
});
