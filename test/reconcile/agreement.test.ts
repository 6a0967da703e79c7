// What a figure allows at its precision and qualifier, worked out by hand.
import { describe, expect, it } from 'vitest';
import { contains, halfUnit, intervalOf, isUnsigned, mostPrecise } from '../../pipeline/reconcile/agreement.ts';
import { claim, registry } from './inline.ts';

const share = (
  figure: string,
  value: number,
  qualifier: 'eq' | 'approx' | 'gt' | 'ge' | 'lt' | 'le' | 'range' = 'eq',
  value_high: number | null = null,
) => claim({ metric: 'vote_share', figure, value, unit: 'percent', qualifier, value_high });
const allows = (c: ReturnType<typeof share>, v: number) => contains(intervalOf(c), v);

describe('halfUnit', () => {
  it('is half a unit of the last digit written for shares and points, zero for counts', () => {
    expect(halfUnit({ decimals: 0, unit: 'percent' })).toBe(0.5);
    expect(halfUnit({ decimals: 2, unit: 'pp' })).toBeCloseTo(0.005, 12);
    expect(halfUnit({ decimals: 0, unit: 'votes' })).toBe(0);
    expect(halfUnit({ decimals: 1, unit: 'votes' })).toBeCloseTo(0.05, 12);
  });

  it('counts the last digit of a figure written with a scale word at that scale', () => {
    expect(halfUnit({ decimals: 1, unit: 'voters', figure: '11.9 million' })).toBeCloseTo(50000, 6);
    expect(halfUnit({ decimals: 0, unit: 'voters', figure: '12 million' })).toBe(500000);
    expect(halfUnit({ decimals: 0, unit: 'voters', figure: '11,919,241' })).toBe(0);
  });
});

describe('intervalOf and contains', () => {
  it('71% allows 70.5 to 71.5 (so 71.09), not 71.6', () => {
    expect([
      allows(share('71%', 71), 71.09),
      allows(share('71%', 71), 70.5),
      allows(share('71%', 71), 71.5),
      allows(share('71%', 71), 71.6),
    ]).toEqual([true, true, true, false]);
  });

  it('63.3% allows 63.25 at its edge, despite floating point', () => {
    expect(allows(share('63.3%', 63.3), 63.25)).toBe(true);
    expect(allows(share('63.3%', 63.3), 63.24)).toBe(false);
  });

  it('"more than 71%" allows 71.09 but not 71 itself; "no more than 3%" allows 3 and 2.9, not 3.1', () => {
    expect([allows(share('more than 71%', 71, 'gt'), 71.09), allows(share('more than 71%', 71, 'gt'), 71)]).toEqual([
      true,
      false,
    ]);
    expect([
      allows(share('no more than 3%', 3, 'le'), 3),
      allows(share('no more than 3%', 3, 'le'), 2.9),
      allows(share('no more than 3%', 3, 'le'), 3.1),
    ]).toEqual([true, true, false]);
    expect([allows(share('at least 3%', 3, 'ge'), 3), allows(share('less than 3%', 3, 'lt'), 3)]).toEqual([
      true,
      false,
    ]);
  });

  it('12–29% allows 11.5 to 29.5', () => {
    const range = share('12–29%', 12, 'range', 29);
    expect([allows(range, 11.5), allows(range, 29.5), allows(range, 11.4), allows(range, 29.6)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('"about 400" allows a twentieth either way: 380 to 420', () => {
    const about = claim({ metric: 'observers', value: 400, unit: 'observers', qualifier: 'approx' });
    expect([allows(about, 380), allows(about, 420), allows(about, 379), allows(about, 421)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('"around 75–77%" allows a twentieth beyond each end: 71.25 to 80.85', () => {
    const hedged = share('around 75–77%', 75, 'approx', 77);
    expect([allows(hedged, 71.25), allows(hedged, 80.85), allows(hedged, 71.2), allows(hedged, 80.9)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });

  it('"11.9 million" agrees with 11,919,241 and not with 11,960,000; "12 million" with both', () => {
    const registered = (figure: string, value: number, decimals: number) =>
      claim({ metric: 'registered', figure, value, unit: 'voters', decimals });
    expect([
      allows(registered('11.9 million', 11900000, 1), 11919241),
      allows(registered('11.9 million', 11900000, 1), 11960000),
      allows(registered('12 million', 12000000, 0), 11919241),
      allows(registered('12 million', 12000000, 0), 11960000),
    ]).toEqual([true, false, true, true]);
  });

  it('a count allows only itself', () => {
    const votes = claim({ metric: 'votes', value: 5148074, unit: 'votes' });
    expect([allows(votes, 5148074), allows(votes, 5148075)]).toEqual([true, false]);
  });
});

describe('mostPrecise', () => {
  it('takes the exact figure with the most decimals, then the first ranked', () => {
    const [a, b, c] = [share('more than 71.095%', 71.095, 'gt'), share('71.1%', 71.1), share('71.09%', 71.09)];
    expect(mostPrecise([a!, b!, c!])).toBe(c);
    expect(mostPrecise([b!, share('71.2%', 71.2)])).toBe(b);
    expect(mostPrecise([a!])).toBe(a);
    expect(mostPrecise([])).toBeUndefined();
  });
});

describe('isUnsigned', () => {
  it('is a change written without a sign, other than zero', () => {
    const change = (figure: string, value: number) => ({ metric: 'seat_change', figure, value });
    const unsigned = (c: { metric: string; figure: string; value: number }) => isUnsigned(c, registry.metrics);
    expect(
      [change('8', 8), change('+8', 8), change('−8', -8), change('–8', -8), change('-8', -8), change('0', 0)].map(
        unsigned,
      ),
    ).toEqual([true, false, false, false, false, false]);
    expect(unsigned({ metric: 'seats', figure: '8', value: 8 })).toBe(false);
  });
});
