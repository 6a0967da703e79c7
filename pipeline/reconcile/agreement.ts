import type { Claim } from '../extract/claims.ts';
import { parseNumber } from '../lib/numbers.ts';
import { isChange, type Metrics } from '../registry/metrics.ts';

/** The values a claim allows, from its qualifier and the precision it is written to. */
export interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/**
 * Half a unit of the last digit written: `71%` allows 70.5 to 71.5, `71.09%` 71.085 to 71.095; counts are exact,
 * except one written with a scale word, whose last digit counts that many: `11.9 million` allows 11.85 to 11.95 million.
 */
export function halfUnit(claim: Pick<Claim, 'decimals' | 'unit'> & Partial<Pick<Claim, 'figure'>>): number {
  const decimals = claim.decimals ?? 0;
  const scale = scaleOf(claim.figure ?? '');
  const isCount = decimals === 0 && scale === 1 && claim.unit !== 'percent' && claim.unit !== 'pp';
  return isCount ? 0 : 0.5 * 10 ** -decimals * scale;
}

// `11.9 million`: the last digit written counts hundred-thousands
const scaleOf = (figure: string) => {
  const number = /\b(?:thousand|million|billion)\b/i.test(figure) ? parseNumber(figure) : null;
  return number?.kind === 'number' ? number.scale : 1;
};

export function intervalOf(claim: Claim): Interval {
  const v = claim.value!;
  const h = halfUnit(claim);
  switch (claim.qualifier) {
    case 'gt':
      return { low: v, high: Infinity, lowOpen: true, highOpen: false };
    case 'ge':
      return { low: v, high: Infinity, lowOpen: false, highOpen: false };
    case 'lt':
      return { low: -Infinity, high: v, lowOpen: false, highOpen: true };
    case 'le':
      return { low: -Infinity, high: v, lowOpen: false, highOpen: false };
    case 'range':
      return { low: v - h, high: (claim.value_high ?? v) + h, lowOpen: false, highOpen: false };
    // `about 400`: a twentieth either way, or a unit of the last digit written if that is more
    // `around 75–77%`: the same slack beyond each end of the range
    case 'approx': {
      const top = claim.value_high ?? v;
      const slack = (x: number) => Math.max(2 * h, Math.abs(x) * 0.05);
      return { low: v - slack(v), high: top + slack(top), lowOpen: false, highOpen: false };
    }
    default:
      return { low: v - h, high: v + h, lowOpen: false, highOpen: false };
  }
}

// floating-point slack: 63.25 must sit inside [63.25, 63.35]
const EPSILON = 1e-9;

export function contains(interval: Interval, value: number): boolean {
  const aboveLow = interval.lowOpen ? value > interval.low + EPSILON : value >= interval.low - EPSILON;
  const belowHigh = interval.highOpen ? value < interval.high - EPSILON : value <= interval.high + EPSILON;
  return aboveLow && belowHigh;
}

/** The most precise exact value: the smallest unit of its last digit (`11,919,241` before `11.9 million`), then the claim ranked first. */
export function mostPrecise(ranked: Claim[]): Claim | undefined {
  const exact = ranked.filter((c) => c.qualifier === 'eq');
  return [...exact].sort((a, b) => halfUnit(a) - halfUnit(b))[0] ?? ranked[0];
}

/**
 * Whether a change is written without a sign (`Seat Change1: 8`): its size is known, its direction is not.
 * A sign written as a word or an arrow (`Increase8`, `Decrease15`, `▼ 2`) is a sign.
 */
export const isUnsigned = (claim: Pick<Claim, 'figure' | 'metric' | 'value'>, metrics: Metrics) =>
  isChange(metrics, claim.metric) &&
  claim.value !== 0 &&
  !/^(?:[+\-−–▲▼△▽↑↓]|Increase|Decrease)/u.test(claim.figure.trim());
