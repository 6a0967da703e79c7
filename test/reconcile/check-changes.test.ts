// Seat changes, swings and turnout changes against both elections' figures, on made-up results.
import { describe, expect, it } from 'vitest';
import { checkChanges } from '../../pipeline/reconcile/check-changes.ts';
import { claim, found, runCheck } from './inline.ts';

// Sun: 9 seats and 65.5% in 2016, 7 seats and 60.0% in 2021: a change of −2 seats and −5.5 points.
const figures = [
  claim({ metric: 'seats', value: 9, unit: 'seats', party_id: 'sun', election_id: 'vote-2016', line: 1 }),
  claim({ metric: 'seats', value: 7, unit: 'seats', party_id: 'sun', line: 2 }),
  claim({ metric: 'vote_share', value: 65.5, unit: 'percent', party_id: 'sun', election_id: 'vote-2016', line: 1 }),
  claim({ metric: 'vote_share', value: 60, figure: '60.0%', unit: 'percent', party_id: 'sun', line: 2 }),
];
const change = (metric: string, figure: string, value: number, party_id: string | null = 'sun') =>
  claim({
    metric,
    figure,
    value,
    unit: metric === 'seat_change' ? 'seats' : 'pp',
    party_id,
    line: 5,
    extraction: 'infobox',
  });

describe('checkChanges', () => {
  it('stays silent when the change is now minus before: 7 − 9 = −2 seats, 60.0 − 65.5 = −5.5 points', () => {
    expect(
      runCheck(checkChanges, [...figures, change('seat_change', '−2', -2), change('swing', '−5.5', -5.5)]),
    ).toEqual([]);
  });

  it('recovers a lost minus sign: "2" seats is −2, a warning settled by the figures', () => {
    const conflicts = runCheck(checkChanges, [...figures, change('seat_change', '2', 2)]);
    expect(found(conflicts)).toEqual([
      {
        check: 'change',
        claim_id: 'newer:5:seat_change-sun',
        kind: 'sign',
        reported: 2,
        expected: -2,
        severity: 'warning',
      },
    ]);
    expect(conflicts[0]!.resolution).toBe('sign recovered from 7 (2021) − 9 (2016)');
    expect(conflicts[0]!.explanation).toBe(
      "The newer revision gives Sun Party's seat change as 2 with its minus sign lost: 7 (2021) − 9 (2016) = −2.",
    );
  });

  it('flags a signed change the figures contradict: "+3" seats printed, −2 computed; a swing of "+5.5" is not −5.5', () => {
    const conflicts = runCheck(checkChanges, [
      ...figures,
      change('seat_change', '+3', 3),
      change('swing', '+5.5', 5.5),
    ]);
    expect(found(conflicts)).toEqual([
      {
        check: 'change',
        claim_id: 'newer:5:seat_change-sun',
        kind: 'arithmetic',
        reported: 3,
        expected: -2,
        severity: 'error',
      },
      {
        check: 'change',
        claim_id: 'newer:5:swing-sun',
        kind: 'arithmetic',
        reported: 5.5,
        expected: -5.5,
        severity: 'error',
      },
    ]);
    expect(conflicts.map((c) => c.resolution)).toEqual(['open', 'open']);
  });

  it('checks a turnout change against both turnouts: 50.0 − 60.0 = −10.0, so "12.0" is wrong either way', () => {
    const turnouts = [
      claim({ metric: 'turnout', value: 60, figure: '60.0%', unit: 'percent', election_id: 'vote-2016', line: 1 }),
      claim({ metric: 'turnout', value: 50, figure: '50.0%', unit: 'percent', line: 2 }),
    ];
    expect(found(runCheck(checkChanges, [...turnouts, change('turnout_change', '12.0', 12, null)]))).toEqual([
      {
        check: 'change',
        claim_id: 'newer:5:turnout_change',
        kind: 'arithmetic',
        reported: 12,
        expected: -10,
        severity: 'error',
      },
    ]);
    expect(runCheck(checkChanges, [...turnouts, change('turnout_change', '−10.0', -10, null)])).toEqual([]);
  });

  it('asks about the direction of an unsigned change nothing can check, unless another source writes its sign', () => {
    const unsigned = change('seat_change', '4', 4, 'moon');
    const conflicts = runCheck(checkChanges, [unsigned]);
    expect(found(conflicts)).toEqual([
      {
        check: 'change-sign',
        claim_id: 'newer:5:seat_change-moon',
        kind: 'sign',
        reported: 4,
        expected: null,
        severity: 'warning',
      },
    ]);
    expect(conflicts[0]!.resolution).toBe('open');
    expect(
      runCheck(checkChanges, [
        unsigned,
        {
          ...change('seat_change', '+4', 4, 'moon'),
          source_id: 'analysis',
          claim_id: 'analysis:9:x',
          extraction: 'prose',
        },
      ]),
    ).toEqual([]);
  });
});
