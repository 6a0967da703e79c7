// The national totals against each other and the regions against the nation, on made-up figures.
import { describe, expect, it } from 'vitest';
import { checkTotals } from '../../pipeline/reconcile/check-totals.ts';
import { claim, found, row, runCheck } from './inline.ts';

const total = (metric: string, value: number, unit: string, line: number) =>
  claim({ metric, value, unit, line, figure: unit === 'percent' ? `${value.toFixed(2)}%` : String(value) });
// 900 valid + 100 invalid = 1,000 ballots of 2,000 registered: turnout 50%, 90% valid, 10% invalid
const consistent = [
  total('valid_votes', 900, 'votes', 1),
  total('invalid_votes', 100, 'votes', 2),
  total('ballots_cast', 1000, 'ballots', 3),
  total('registered', 2000, 'voters', 4),
  total('turnout', 50, 'percent', 5),
  total('valid_pct', 90, 'percent', 6),
  total('invalid_pct', 10, 'percent', 7),
];
const replace = (line: number, value: number) => consistent.map((c) => (c.line === line ? { ...c, value } : c));

describe('checkTotals: ballots, turnout and the shares of valid and invalid votes', () => {
  it('stays silent when 900 valid + 100 invalid = 1,000 ballots, 50% of 2,000 registered', () => {
    expect(runCheck(checkTotals, consistent)).toEqual([]);
  });

  it('flags ballots that are not valid + invalid: 1,100 printed, 900 + 100 = 1,000', () => {
    const conflicts = runCheck(
      checkTotals,
      replace(3, 1100).filter((c) => c.line < 4),
    );
    expect(found(conflicts)).toEqual([
      {
        check: 'total-ballots_cast',
        claim_id: 'newer:3:ballots_cast',
        kind: 'arithmetic',
        reported: 1100,
        expected: 1000,
        severity: 'error',
      },
    ]);
    expect(conflicts[0]!.explanation).toBe(
      'The newer revision gives the ballots cast as 1000, but 900 valid + 100 invalid = 1,000.',
    );
  });

  it('flags a turnout that is not ballots over registered: 55.00% printed, 1,000 of 2,000 = 50%', () => {
    expect(found(runCheck(checkTotals, replace(5, 55)))).toEqual([
      {
        check: 'total-turnout',
        claim_id: 'newer:5:turnout',
        kind: 'arithmetic',
        reported: 55,
        expected: 50,
        severity: 'error',
      },
    ]);
  });

  it('flags the valid and invalid shares of the ballots: 80.00% and 20.00% printed, 90% and 10% computed', () => {
    expect(found(runCheck(checkTotals, replace(6, 80)))).toEqual([
      {
        check: 'total-valid_pct',
        claim_id: 'newer:6:valid_pct',
        kind: 'arithmetic',
        reported: 80,
        expected: 90,
        severity: 'error',
      },
    ]);
    expect(found(runCheck(checkTotals, replace(7, 20)))).toEqual([
      {
        check: 'total-invalid_pct',
        claim_id: 'newer:7:invalid_pct',
        kind: 'arithmetic',
        reported: 20,
        expected: 10,
        severity: 'error',
      },
    ]);
  });
});

describe('checkTotals: parties and regions added up', () => {
  const national = (values: Record<string, number>) => row(values, { metric: 'votes', unit: 'votes', line: 20 });

  it("stays silent when the parties' 600 + 300 + 100 votes are the 1,000 valid votes", () => {
    expect(
      runCheck(checkTotals, [...national({ sun: 600, moon: 300, star: 100 }), total('valid_votes', 1000, 'votes', 21)]),
    ).toEqual([]);
  });

  it("flags valid votes the parties' votes do not add up to: 1,100 printed, 600 + 300 + 100 = 1,000", () => {
    const conflicts = runCheck(checkTotals, [
      ...national({ sun: 600, moon: 300, star: 100 }),
      total('valid_votes', 1100, 'votes', 21),
    ]);
    expect(found(conflicts)).toEqual([
      {
        check: 'parties-sum',
        claim_id: 'newer:21:valid_votes',
        kind: 'arithmetic',
        reported: 1100,
        expected: 1000,
        severity: 'error',
      },
    ]);
  });

  const regions = (northSun: number) => [
    claim({ metric: 'votes', value: northSun, unit: 'votes', party_id: 'sun', region_id: 'north', line: 30 }),
    claim({ metric: 'votes', value: 500, unit: 'votes', party_id: 'sun', region_id: 'south', line: 31 }),
    claim({ metric: 'votes', value: 1100, unit: 'votes', party_id: 'sun', line: 32 }),
  ];

  it("stays silent when Sun's 600 North + 500 South votes are its 1,100 national votes", () => {
    expect(runCheck(checkTotals, regions(600))).toEqual([]);
  });

  it('flags a national figure its regions do not add up to: 1,100 printed, 700 + 500 = 1,200', () => {
    const conflicts = runCheck(checkTotals, regions(700));
    expect(found(conflicts)).toEqual([
      {
        check: 'regions-sum',
        claim_id: 'newer:32:votes-sun',
        kind: 'arithmetic',
        reported: 1100,
        expected: 1200,
        severity: 'error',
      },
    ]);
    expect(conflicts[0]!.explanation).toBe(
      "The newer revision gives Sun Party's votes as 1100 (newer), but its 2 regions add up to 1,200.",
    );
  });

  it('does not add up a source that leaves a region out', () => {
    expect(
      runCheck(
        checkTotals,
        regions(700).filter((c) => c.region_id !== 'south'),
      ),
    ).toEqual([]);
  });
});
