// Seat figures against the largest-remainder rule of the election's registry entry, worked by hand.
import { describe, expect, it } from 'vitest';
import { checkSeats } from '../../pipeline/reconcile/check-seats.ts';
import { claim, found, row, runCheck } from './inline.ts';

// 10 list seats, 7% threshold. Valid 1,000: Star's 50 (5%) is under it. Qualifying votes 600 + 300 =
// 900, quota 90: Sun 600 / 90 = 6.67 → 6, Moon 300 / 90 = 3.33 → 3; the seat left goes to the larger
// remainder (Sun's 0.67): Sun 7, Moon 3, Star 0.
const results = (seats: Record<string, number>) => [
  claim({ metric: 'valid_votes', value: 1000, unit: 'votes', line: 1 }),
  ...row({ sun: 600, moon: 300, star: 50 }, { metric: 'votes', unit: 'votes', line: 2 }),
  ...row({ sun: 60, moon: 30, star: 5 }, { metric: 'vote_share', unit: 'percent', line: 3 }),
  ...row(seats, { metric: 'seats', unit: 'seats', line: 4 }),
];

describe('checkSeats', () => {
  it('stays silent when the seats are the largest-remainder allocation: Sun 7, Moon 3, Star 0', () => {
    expect(runCheck(checkSeats, results({ sun: 7, moon: 3, star: 0 }))).toEqual([]);
  });

  it('flags seats the rule does not give: Sun 6 and Star 1 printed, 7 and 0 computed', () => {
    const conflicts = runCheck(checkSeats, results({ sun: 6, moon: 3, star: 1 }));
    expect(found(conflicts)).toEqual([
      {
        check: 'largest-remainder',
        claim_id: 'newer:4:seats-sun',
        kind: 'arithmetic',
        reported: 6,
        expected: 7,
        severity: 'error',
      },
      {
        check: 'largest-remainder',
        claim_id: 'newer:4:seats-star',
        kind: 'arithmetic',
        reported: 1,
        expected: 0,
        severity: 'error',
      },
    ]);
    expect(conflicts[0]!.expected_how).toBe(
      'largest remainder over 10 seats with a 7% threshold: quota 90.00, 6 whole seats and a remainder of 0.667',
    );
    expect(conflicts[0]!.explanation).toBe(
      "The newer revision gives Sun Party's seats as 6, but the largest-remainder rule gives 7 from the votes.",
    );
  });

  it('stays silent when a party with a share has no votes: the threshold cannot be applied', () => {
    expect(
      runCheck(
        checkSeats,
        results({ sun: 6, moon: 3 }).filter((c) => !(c.metric === 'votes' && c.party_id === 'star')),
      ),
    ).toEqual([]);
  });
});
