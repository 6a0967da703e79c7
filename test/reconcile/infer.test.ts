// Rows whose names a source blanked, matched to the one row elsewhere with all the same figures.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../pipeline/extract/claims.ts';
import { inferBlankedRows } from '../../pipeline/reconcile/infer.ts';
import { registry, row } from './inline.ts';

const named = (source_id: string, line: number, region_id: string, values: Record<string, number>) =>
  row(values, { metric: 'votes', unit: 'votes', source_id, line, region_id });
// a blanked row: no name, so no region and no election, and nothing linked
const blank = (values: Record<string, number>) =>
  row(values, { metric: 'votes', unit: 'votes', line: 8, election_id: null }).map((c): Claim => ({
    ...c,
    linked: false,
    note: 'the row names nothing',
  }));
const figures = { sun: 600, moon: 300, star: 100 };

describe('inferBlankedRows', () => {
  it('gives a blanked row the subject of the one row elsewhere with all its figures, and records the evidence', () => {
    const { claims, inferences, inferred } = inferBlankedRows(
      [
        ...named('older', 5, 'north', figures),
        ...named('older', 6, 'south', { sun: 500, moon: 400, star: 100 }),
        ...blank(figures),
      ],
      registry.metrics,
    );
    expect(inferences).toEqual([
      {
        source_id: 'newer',
        line: 8,
        from_source_id: 'older',
        from_line: 5,
        region_id: 'north',
        election_id: 'vote-2021',
        poll_id: null,
        figures_equal: 3,
        evidence: 'all 3 figures equal those of older line 5',
      },
    ]);
    expect(
      claims
        .filter((c) => c.source_id === 'newer')
        .map((c) => [c.party_id, c.region_id, c.election_id, c.linked, c.note]),
    ).toEqual([
      ['sun', 'north', 'vote-2021', true, 'subject inferred: all 3 figures equal those of older line 5'],
      ['moon', 'north', 'vote-2021', true, 'subject inferred: all 3 figures equal those of older line 5'],
      ['star', 'north', 'vote-2021', true, 'subject inferred: all 3 figures equal those of older line 5'],
    ]);
    // the claims given a subject, by id, for reconcile to publish: found by the match, not by their note
    expect([...inferred.values()]).toEqual(claims.filter((c) => c.source_id === 'newer'));
  });

  it('leaves a row unlinked when two rows with different subjects match it', () => {
    const { claims, inferences } = inferBlankedRows(
      [...named('older', 5, 'north', figures), ...named('older', 6, 'south', figures), ...blank(figures)],
      registry.metrics,
    );
    expect(inferences).toEqual([]);
    expect(claims.filter((c) => c.source_id === 'newer').every((c) => !c.linked && c.region_id === null)).toBe(true);
  });

  it('leaves a row unlinked when one figure differs, or when it has fewer than three figures', () => {
    expect(
      inferBlankedRows([...named('older', 5, 'north', figures), ...blank({ ...figures, star: 101 })], registry.metrics)
        .inferences,
    ).toEqual([]);
    expect(
      inferBlankedRows(
        [...named('older', 5, 'north', { sun: 600, moon: 300 }), ...blank({ sun: 600, moon: 300 })],
        registry.metrics,
      ).inferences,
    ).toEqual([]);
  });

  it('never matches a row to another row of its own source', () => {
    expect(
      inferBlankedRows([...named('newer', 5, 'north', figures), ...blank(figures)], registry.metrics).inferences,
    ).toEqual([]);
  });
});
