// Grouping claims into facts: agreed, consistent, resolved by source priority, or left in conflict.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../pipeline/extract/claims.ts';
import { factsFromClaims } from '../../pipeline/reconcile/group.ts';
import { claim, found, name, registry, sources } from './inline.ts';

const share = (
  source_id: string,
  figure: string,
  value: number | null,
  extraction: Claim['extraction'] = 'prose',
  qualifier: Claim['qualifier'] = 'eq',
) =>
  claim({
    metric: 'vote_share',
    party_id: 'sun',
    unit: 'percent',
    source_id,
    figure,
    value,
    extraction,
    qualifier: value === null ? null : qualifier,
    line: 7,
  });
const group = (claims: Claim[]) => factsFromClaims(claims, sources, name, registry.metrics);

describe('factsFromClaims', () => {
  it('agrees when every source gives the same exact figure', () => {
    const { facts, conflicts } = group([share('newer', '60.0%', 60, 'table'), share('analysis', '60.0%', 60)]);
    expect(facts.map((f) => [f.fact_id, f.value, f.status, f.rule, f.sources])).toEqual([
      ['vote_share:vote-2021:sun', 60, 'agreed', 'every source gives the same figure', ['analysis', 'newer']],
    ]);
    expect(conflicts).toEqual([]);
  });

  it('is consistent when a count written in millions agrees at its precision: 11.9 million with 11,919,241', () => {
    const registered = (source_id: string, figure: string, value: number, decimals: number) =>
      claim({ metric: 'registered', unit: 'voters', source_id, figure, value, decimals, extraction: 'prose', line: 3 });
    const { facts, conflicts } = group([
      registered('analysis', '11.9 million', 11900000, 1),
      registered('newer', '11,919,241', 11919241, 0),
    ]);
    expect(facts.map((f) => [f.value, f.status])).toEqual([[11919241, 'consistent']]);
    expect(conflicts).toEqual([]);
  });

  it('is consistent when each figure allows the most precise one: 60%, "more than 59%" and 60.04%', () => {
    const { facts, conflicts } = group([
      share('commentary', '60%', 60),
      share('analysis', 'more than 59%', 59, 'prose', 'gt'),
      share('newer', '60.04%', 60.04, 'table'),
    ]);
    expect(facts.map((f) => [f.value, f.status, f.rule, f.claims])).toEqual([
      [
        60.04,
        'consistent',
        'every figure allows 60.04% at the precision and qualifier it is written with',
        ['newer:7:vote_share-sun', 'analysis:7:vote_share-sun', 'commentary:7:vote_share-sun'],
      ],
    ]);
    expect(conflicts).toEqual([]);
  });

  it("lets the table of the newer revision stand over the commentary's 65%, and says so", () => {
    const { facts, conflicts } = group([share('newer', '60.0%', 60, 'table'), share('commentary', '65%', 65)]);
    expect(facts.map((f) => [f.value, f.status, f.rule])).toEqual([
      [60, 'resolved', 'source priority: the newer revision (table) over the figures that disagree'],
    ]);
    expect(found(conflicts)).toEqual([
      {
        check: 'sources',
        claim_id: 'commentary:7:vote_share-sun',
        kind: 'disagreement',
        reported: 65,
        expected: 60,
        severity: 'warning',
      },
    ]);
    expect(conflicts[0]!.resolution).toBe('source priority: the newer revision (table)');
    expect(conflicts[0]!.explanation).toBe(
      "The commentary gives Sun Party's share as 65% (line 7, prose), the newer revision as 60.0% (line 7, table).",
    );
  });

  it('calls a difference within two units of the last digit rounding: 60.1% against 60.0%', () => {
    expect(found(group([share('newer', '60.0%', 60, 'table'), share('commentary', '60.1%', 60.1)]).conflicts)).toEqual([
      {
        check: 'sources',
        claim_id: 'commentary:7:vote_share-sun',
        kind: 'rounding',
        reported: 60.1,
        expected: 60,
        severity: 'info',
      },
    ]);
    expect(
      found(group([share('newer', '60.0%', 60, 'table'), share('commentary', '60.3%', 60.3)]).conflicts)[0]!.kind,
    ).toBe('disagreement');
  });

  it('leaves a disagreement between sources of the same rank open', () => {
    const { facts, conflicts } = group([share('analysis', '60%', 60), share('notes', '65%', 65)]);
    expect(facts.map((f) => [f.value, f.status, f.rule])).toEqual([
      [60, 'conflict', 'the sources disagree and none outranks the others'],
    ]);
    expect(found(conflicts)).toEqual([
      {
        check: 'sources',
        claim_id: 'notes:7:vote_share-sun',
        kind: 'disagreement',
        reported: 65,
        expected: 60,
        severity: 'warning',
      },
    ]);
    expect(conflicts[0]!.resolution).toBe('open');
  });

  it('keeps a figure written as missing missing, with a note of what another source gives', () => {
    const { facts, conflicts } = group([share('older', '–', null, 'table'), share('newer', '60.0%', 60, 'table')]);
    expect(facts.map((f) => [f.value, f.status])).toEqual([[60, 'agreed']]);
    expect(found(conflicts)).toEqual([
      {
        check: 'missing',
        claim_id: 'older:7:vote_share-sun',
        kind: 'missing',
        reported: null,
        expected: 60,
        severity: 'info',
      },
    ]);
    expect(group([share('older', '–', null, 'table')]).facts.map((f) => [f.value, f.status, f.rule])).toEqual([
      [null, 'agreed', 'every source writes the figure as missing'],
    ]);
  });

  it('gives an unsigned change the sign another source writes: "8" and "−8" are one change of −8', () => {
    const change = (source_id: string, figure: string, value: number) =>
      claim({ metric: 'seat_change', party_id: 'sun', unit: 'seats', source_id, figure, value, extraction: 'prose' });
    expect(
      group([change('newer', '8', 8), change('analysis', '−8', -8)]).facts.map((f) => [f.value, f.status]),
    ).toEqual([[-8, 'consistent']]);
  });

  it('leaves out unlinked claims and parts of a count', () => {
    expect(
      group([
        { ...share('newer', '60%', 60), linked: false },
        { ...share('analysis', '60%', 60), scope: 'part' },
      ]).facts,
    ).toEqual([]);
  });
});

describe('a typo between sources', () => {
  const votes = (source_id: string, figure: string, value: number, extraction: Claim['extraction'], line: number) =>
    claim({
      metric: 'votes',
      party_id: 'sun',
      unit: 'votes',
      source_id,
      figure,
      value,
      extraction,
      line,
      excerpt: `Sun Party – ${figure} votes`,
    });

  it('calls two figures with two neighbouring digits swapped a typo, with both excerpts', () => {
    const { conflicts } = group([
      votes('newer', '792,828', 792828, 'table', 5),
      votes('wire', '792,882', 792882, 'prose', 9),
    ]);
    expect(found(conflicts)).toEqual([
      {
        check: 'sources',
        claim_id: 'wire:9:votes-sun',
        kind: 'typo',
        reported: 792882,
        expected: 792828,
        severity: 'error',
      },
    ]);
    expect(conflicts[0]!.explanation).toBe(
      'The Kazinform report of 12 January 2021 gives Sun Party\'s votes as 792,882 (line 9: "Sun Party – 792,882 votes"), the newer revision as 792,828 (line 5: "Sun Party – 792,828 votes"): the same digits with two neighbours swapped, a typo in one of them.',
    );
  });

  it('calls one wrong digit a typo, and any other difference a disagreement', () => {
    const wrongDigit = group([
      votes('newer', '792,828', 792828, 'table', 5),
      votes('wire', '792,328', 792328, 'prose', 9),
    ]);
    expect(wrongDigit.conflicts.map((c) => c.kind)).toEqual(['typo']);
    expect(wrongDigit.conflicts[0]!.explanation).toContain('the same figure but for one digit, a typo in one of them.');
    const other = group([votes('newer', '792,828', 792828, 'table', 5), votes('wire', '780,000', 780000, 'prose', 9)]);
    expect(other.conflicts.map((c) => c.kind)).toEqual(['disagreement']);
  });

  it('never calls a difference between one-digit figures a typo: 3 and 4 could be anything', () => {
    const { conflicts } = group([votes('newer', '3', 3, 'table', 5), votes('wire', '4', 4, 'prose', 9)]);
    expect(conflicts.map((c) => c.kind)).toEqual(['disagreement']);
  });
});
