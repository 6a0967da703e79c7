// How a referenced value is printed: by its type (grouped digits, yes/no, 'not given'), or a named format.
import type { Value } from './data.ts';

export const FORMATS = ['fixed', 'signed', 'percent', 'abs', 'int'] as const;
export type FormatName = (typeof FORMATS)[number];

export interface Format {
  name: FormatName;
  decimals: number | null;
}

const MINUS = '\u2212';
const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** A number with thousands separators, a true minus sign and, when given, a fixed number of decimals. */
export function formatNumber(value: number, decimals: number | null, sign = false): string {
  const text = decimals === null ? String(Math.abs(value)) : Math.abs(value).toFixed(decimals);
  const [whole, fraction] = text.split('.');
  const body = group(whole!) + (fraction === undefined ? '' : `.${fraction}`);
  const isZero = Number(text) === 0;
  return (value < 0 && !isZero ? MINUS : sign && !isZero ? '+' : '') + body;
}

/** Parses `signed:2`; returns null for a format that is not one of FORMATS or a bad decimal count. */
export function parseFormat(text: string): Format | null {
  const match = /^(\w+)(?::(\d))?$/.exec(text.trim());
  if (!match || !(FORMATS as readonly string[]).includes(match[1]!)) return null;
  return { name: match[1] as FormatName, decimals: match[2] === undefined ? null : Number(match[2]) };
}

/** A value as printed: integers and numbers with thousands separators unless a format says more. */
export function formatValue(value: Value, format: Format | null): string {
  if (value === null) return 'not given';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  if (!format) return formatNumber(value, null);
  switch (format.name) {
    case 'fixed':
      return formatNumber(value, format.decimals);
    case 'signed':
      return formatNumber(value, format.decimals, true);
    case 'percent':
      return `${formatNumber(value, format.decimals)}%`;
    case 'abs':
      return formatNumber(Math.abs(value), format.decimals);
    case 'int':
      return formatNumber(Math.round(value), 0);
  }
}
