import { describe, expect, it } from 'vitest';
import { round } from '../../pipeline/lib/round.ts';

describe('round', () => {
  it('rounds to 4 decimals unless told: 100 × 18,835 / 321,322 = 5.861...% is 5.8617', () => {
    expect(round((100 * 18835) / 321322)).toBe(5.8617);
    expect(round(0.9473684, 3)).toBe(0.947);
    expect(round(76 - 84)).toBe(-8);
    expect(round(63.25 + 13.87)).toBe(77.12);
  });
});
