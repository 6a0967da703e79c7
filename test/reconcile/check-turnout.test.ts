// Ballots ≈ turnout × registered, source by source, at the precision each figure is written with.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../pipeline/extract/claims.ts';
import { checkTotals } from '../../pipeline/reconcile/check-totals.ts';
import { claim, found, runCheck } from './inline.ts';

const wire = (metric: string, value: number, unit: string, line: number, more: Partial<Claim> = {}) =>
  claim({ metric, value, unit, line, source_id: 'wire', extraction: 'prose', figure: String(value), ...more });
const turnoutOnly = (claims: Claim[]) =>
  found(runCheck(checkTotals, claims)).filter((c) => c.check === 'total-turnout');

describe('turnout against ballots and registered voters', () => {
  // about 6.5 million ballots (a twentieth either way: 6,175,000 to 6,825,000) of 12,000,000 registered:
  // a turnout between 51.46% and 56.88%
  const about = (turnout: number) => [
    wire('ballots_cast', 6_500_000, 'ballots', 1, { qualifier: 'approx', figure: 'about 6.5 million' }),
    wire('registered', 12_000_000, 'voters', 2),
    wire('turnout', turnout, 'percent', 3, { figure: `${turnout}%` }),
  ];

  it('stays silent when an approximate ballot count allows the turnout: about 6.5 million of 12 million, 54%', () => {
    expect(turnoutOnly(about(54))).toEqual([]);
  });

  it('flags a turnout no figure within the stated precision allows: 60% against 51.46% to 56.88%', () => {
    expect(turnoutOnly(about(60))).toEqual([
      {
        check: 'total-turnout',
        claim_id: 'wire:3:turnout',
        kind: 'arithmetic',
        reported: 60,
        expected: 54.1667,
        severity: 'error',
      },
    ]);
  });

  it("checks a source's turnout against its own ballots and registered voters, not another source's", () => {
    // the wire's 6,480,000 of 12,000,000 = 54%; the newer revision's 6,000,000 ballots (50%) outrank them as a fact
    const claims = [
      wire('ballots_cast', 6_480_000, 'ballots', 1),
      wire('registered', 12_000_000, 'voters', 2),
      wire('turnout', 54, 'percent', 3),
      claim({ metric: 'ballots_cast', value: 6_000_000, unit: 'ballots', line: 9 }),
    ];
    expect(turnoutOnly(claims)).toEqual([]);
    // without its own ballots, the wire's turnout is checked against the reconciled 6,000,000: 50%
    expect(turnoutOnly(claims.filter((c) => c.line !== 1)).map((c) => c.expected)).toEqual([50]);
  });
});
