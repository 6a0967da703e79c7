import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitSlip, slipsOf } from '../../pipeline/lib/digits.ts';

describe('digitSlip', () => {
  it('tells a transposition and a wrong digit from any other difference', () => {
    expect(digitSlip(792828, 792882, 0)).toBe('transposition');
    expect(digitSlip(71.09, 71.95, 2)).toBeNull();
    // the last digit alone: another count or rounding as likely as a slip
    expect(digitSlip(792828, 792829, 0)).toBeNull();
    expect(digitSlip(71.09, 71.9, 2)).toBe('transposition');
    expect(digitSlip(792828, 792328, 0)).toBe('wrong-digit');
    expect(digitSlip(792828, 729828, 0)).toBe('transposition');
    expect(digitSlip(792828, 782928, 0)).toBeNull();
    expect(digitSlip(792828, 792828, 0)).toBeNull();
    expect(digitSlip(3, 4, 0)).toBeNull();
    expect(digitSlip(12, -12, 0)).toBeNull();
  });

  it('is symmetric, and finds every swap of two different neighbouring digits (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 99_999_999 }), fc.nat(), (n, at) => {
        const text = String(n);
        const i = at % (text.length - 1);
        const swapped = Number(text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2));
        if (text[i] === text[i + 1] || String(swapped).length !== text.length) return;
        expect(digitSlip(n, swapped, 0)).toBe('transposition');
        expect(digitSlip(swapped, n, 0)).toBe('transposition');
      }),
    );
  });
});

describe('slipsOf', () => {
  it('gives the figures one slip away, the decimal point kept: 1.8 → 1.18, 82.4 → 28.4', () => {
    expect(slipsOf(1.8, 1)).toContain(1.18);
    expect(slipsOf(82.4, 1)).toContain(28.4);
    expect(slipsOf(82.4, 1)).toContain(83.4);
    expect(slipsOf(82.4, 1)).toContain(8.4);
    expect(slipsOf(82.4, 1)).not.toContain(82.4);
    expect(slipsOf(82.4, 1)).not.toContain(24.8);
  });
});
