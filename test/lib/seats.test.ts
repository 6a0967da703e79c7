import { describe, expect, it } from 'vitest';
import { allocateLargestRemainder, reachesThreshold } from '../../pipeline/lib/seats.ts';

const rules = { seats: 98, threshold_pct: 7, runner_up_min_seats: 2 };
// the 2021 national results, from the older revision's results table (line 168–175)
const votes2021 = [
  { party_id: 'peoples-party', votes: 659019 },
  { party_id: 'nur-otan', votes: 5148074 },
  { party_id: 'auyl', votes: 383023 },
  { party_id: 'ak-zhol', votes: 792828 },
  { party_id: 'adal', votes: 258618 },
];

describe('allocateLargestRemainder', () => {
  it('gives 76, 12 and 10 seats in 2021, none to the parties under 7%', () => {
    const seats = Object.fromEntries(
      allocateLargestRemainder(votes2021, 7241562, rules).map((a) => [a.party_id, a.seats]),
    );
    expect(seats).toEqual({ 'peoples-party': 10, 'nur-otan': 76, auyl: 0, 'ak-zhol': 12, adal: 0 });
  });

  it('computes the Hare quota over the qualifying votes: 6,599,921 / 98', () => {
    const nurOtan = allocateLargestRemainder(votes2021, 7241562, rules).find((a) => a.party_id === 'nur-otan')!;
    expect(nurOtan.quota).toBeCloseTo(6599921 / 98, 6);
    expect([nurOtan.seats_floor, nurOtan.remainder! > 0.44 && nurOtan.remainder! < 0.45]).toEqual([76, true]);
  });

  it('gives Auyl seats at a 5% threshold', () => {
    const auyl = allocateLargestRemainder(votes2021, 7241562, { ...rules, threshold_pct: 5 }).find(
      (a) => a.party_id === 'auyl',
    )!;
    expect(auyl.seats).toBeGreaterThan(0);
  });

  it("lets a share rebuilt from a printed 4.5% reach a 4.5% threshold, a float's hair under it or not", () => {
    const votes = (4.5 * 7241562) / 100;
    expect((100 * votes) / 7241562).toBeLessThan(4.5);
    expect(reachesThreshold((100 * votes) / 7241562, 4.5)).toBe(true);
    expect(reachesThreshold(4.49, 4.5)).toBe(false);
    const parties = [
      { party_id: 'a', votes: 7241562 - votes },
      { party_id: 'b', votes },
    ];
    expect(
      allocateLargestRemainder(parties, 7241562, { ...rules, threshold_pct: 4.5 }).map((p) => p.qualifies),
    ).toEqual([true, true]);
  });

  it('gives the runner-up its two seats when only one party passes', () => {
    const seats = allocateLargestRemainder(
      [
        { party_id: 'a', votes: 930 },
        { party_id: 'b', votes: 50 },
        { party_id: 'c', votes: 20 },
      ],
      1000,
      { seats: 10, threshold_pct: 7, runner_up_min_seats: 2 },
    );
    expect(seats.map((s) => [s.party_id, s.seats])).toEqual([
      ['a', 8],
      ['b', 2],
      ['c', 0],
    ]);
  });

  it('breaks a tie of remainders for the party registered first', () => {
    const seats = allocateLargestRemainder(
      [
        { party_id: 'first', votes: 50 },
        { party_id: 'second', votes: 50 },
      ],
      100,
      { seats: 3, threshold_pct: 0, runner_up_min_seats: 0 },
    );
    expect(seats.map((s) => s.seats)).toEqual([2, 1]);
  });
});
