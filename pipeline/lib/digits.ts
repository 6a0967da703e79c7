// Digit slips: two figures that differ by two neighbouring digits swapped or by one digit changed, and
// the figures one slip away from a figure, for finding the one cell of a row that breaks its sum.

export type Slip = 'transposition' | 'wrong-digit';

/** A figure's digits at a number of decimals, without separators: 792828 for 792,828; 718 for 7.18. */
const digitsOf = (value: number, decimals: number) => Math.abs(value).toFixed(decimals).replace('.', '');

/** Slips are told apart from real differences only in figures of three digits or more: 3 and 4 could be anything. */
export const MIN_SLIP_DIGITS = 3;

/** How two figures written to the same decimals differ, when it is one slip of the hand (a digit before the last changed, or two neighbours swapped); null otherwise. */
export function digitSlip(a: number, b: number, decimals: number): Slip | null {
  const [x, y] = [digitsOf(a, decimals), digitsOf(b, decimals)];
  if (x === y || x.length !== y.length || x.length < MIN_SLIP_DIGITS || Math.sign(a) !== Math.sign(b)) return null;
  const differ = [...x].flatMap((d, i) => (d === y[i] ? [] : [i]));
  // a last digit that differs is as likely a later count or another rounding as a slip
  if (differ.length === 1) return differ[0] === x.length - 1 ? null : 'wrong-digit';
  const [i, j] = differ;
  return differ.length === 2 && j === i! + 1 && x[i!] === y[j] && x[j] === y[i!] ? 'transposition' : null;
}

/**
 * The figures one slip away from a figure written to `decimals`, its decimal point where it stands: a
 * digit changed, two neighbouring digits swapped, a digit left out or one too many (1.8 for 1.18).
 */
export function slipsOf(value: number, decimals: number): number[] {
  const text = Math.abs(value).toFixed(decimals);
  const found = new Set<string>();
  const isDigit = (i: number) => /\d/.test(text[i] ?? '');
  for (let i = 0; i <= text.length; i++) {
    for (const d of '0123456789') {
      if (isDigit(i)) found.add(text.slice(0, i) + d + text.slice(i + 1));
      found.add(text.slice(0, i) + d + text.slice(i));
    }
    if (isDigit(i)) found.add(text.slice(0, i) + text.slice(i + 1));
    if (isDigit(i) && isDigit(i + 1)) found.add(text.slice(0, i) + text[i + 1] + text[i] + text.slice(i + 2));
  }
  const sign = value < 0 ? -1 : 1;
  return [...found]
    .filter((s) => /^\d+(?:\.\d+)?$/.test(s) && s !== text)
    .map((s) => sign * Number(s))
    .filter((v) => v !== value);
}
