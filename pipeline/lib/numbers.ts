// The one number parser every stage uses: cells, infobox values and prose figures.
import { numberPattern, POINT_STYLE, type NumberStyle } from './number-style.ts';

export { POINT_STYLE, styleOfLanguage, type NumberStyle } from './number-style.ts';

export type Unit = 'percent' | 'pp' | 'KZT' | 'USD';
export type Qualifier = 'eq' | 'approx' | 'gt' | 'ge' | 'lt' | 'le' | 'range';

export interface StatedNumber {
  kind: 'number';
  value: number;
  /** Upper end of a range (`12–29%`), otherwise null. */
  valueHigh: number | null;
  /** null for a plain count or amount with no unit written. */
  unit: Unit | null;
  qualifier: Qualifier;
  /** A range that is also hedged (`around 75–77%`). */
  approximate: boolean;
  /** Digits written after the decimal point: `9.10` states 2. */
  decimals: number;
  /** Multiplier written as a word (`5 billion` has scale 1e9), 1 otherwise. */
  scale: number;
  /** Where the mention starts and ends in the text it was found in. */
  start: number;
  end: number;
  text: string;
}

/** A placeholder that says the figure is not known: `–`, `TBA`. Never zero. */
export interface MissingNumber {
  kind: 'missing';
  start: number;
  end: number;
  text: string;
}

export type NumberMention = StatedNumber | MissingNumber;

const QUALIFIER_WORDS: [RegExp, Qualifier][] = [
  [/(?:no|not) more than\s*$/i, 'le'],
  [/(?:no|not) less than\s*$/i, 'ge'],
  [/(?:more|greater) than\s*$|\bover\s*$|\babove\s*$|\bexceeding\s*$/i, 'gt'],
  [/(?:less|fewer) than\s*$|\bunder\s*$|\bbelow\s*$/i, 'lt'],
  [/\bat least\s*$|\bminimum of\s*$/i, 'ge'],
  [/\bat most\s*$|\bup to\s*$|\bmaximum of\s*$/i, 'le'],
  [/\b(?:around|about|approximately|roughly|nearly|almost|some|circa|c\.)\s*$|~\s*$/i, 'approx'],
];

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const MISSING_PATTERN = /^(?:[–—-]|TBA|TBD|N\/A|n\/a|\?)$/u;

/** Every number mentioned in a text, in order, with its unit and qualifier. */
export function findNumbers(text: string, style: NumberStyle = POINT_STYLE): NumberMention[] {
  const mentions: NumberMention[] = [];
  const NUMBER_PATTERN = numberPattern(style);
  NUMBER_PATTERN.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = NUMBER_PATTERN.exec(text)) !== null) {
    const mention = toStatedNumber(text, match);
    // a figure glued to the letters after it is an ordinal or a code (`16th`, `7pm`), not a figure
    if (mention && !/\p{L}/u.test(text[mention.end] ?? '')) mentions.push(mention);
    // a range or sign we declined is re-read from just after the low figure
    if (mention && mention.end < match.index + match[0].length) NUMBER_PATTERN.lastIndex = mention.end;
  }
  return mentions;
}

function toStatedNumber(text: string, match: RegExpExecArray): StatedNumber | null {
  const groups = match.groups ?? {};
  const signStart =
    match.index + (groups.pctBefore?.length ?? 0) + (groups.currency?.length ?? 0) + (groups.signWord?.length ?? 0);
  const lowStart = signStart + (groups.sign?.length ?? 0);
  const charBefore = (at: number) => text[at - 1] ?? '';
  const wordSign = groups.signWord ? (/Decrease|[▼▽↓]/u.test(groups.signWord) ? -1 : 1) : null;
  // a digit glued to a letter or a hyphenated word belongs to a name (`Party1`, `COVID-19`), not a figure
  if (!groups.pctBefore && !groups.currency && !groups.sign && !wordSign && /[\p{L}\d.,]/u.test(charBefore(lowStart)))
    return null;
  if (wordSign && groups.sign) return null;
  if (groups.sign === '-' && /[\p{L}\d]/u.test(charBefore(signStart))) return null;
  // `–7` after a word is a separator (`CSTO –7`, `Adal–14.81%`); at the start of a value it is a minus
  const dashIsSign =
    groups.sign !== undefined &&
    (groups.sign === '+' || groups.sign === '−' || !/\p{L}|\d/u.test(text.slice(0, signStart).trimEnd().slice(-1)));
  const start =
    groups.sign && !dashIsSign && !groups.pctBefore && !groups.currency && !wordSign ? lowStart : match.index;
  const negative = dashIsSign && groups.sign !== '+';
  const sign = wordSign ?? (negative ? -1 : 1);
  const highRaw = groups.highInt ? toValue(groups.highInt, groups.highFrac) : null;
  // `2020-12-10` is a date, not a range: a range runs upwards; the tail after a declined range is read again
  const declined = highRaw !== null && !(highRaw > sign * toValue(groups.int!, groups.frac));
  const tail: Record<string, string | undefined> = declined
    ? { pctBefore: groups.pctBefore, currency: groups.currency }
    : groups;
  const scale = tail.scale ? (SCALES[tail.scale] ?? 1) : 1;
  const low = toValue(groups.int!, groups.frac) * scale * sign;
  const high = highRaw !== null && !declined ? highRaw * scale : null;
  const end = declined ? lowStart + groups.low!.length : match.index + match[0].length;
  const decimals = Math.max(groups.frac?.length ?? 0, high !== null ? (groups.highFrac?.length ?? 0) : 0);
  const before = text.slice(Math.max(0, start - 24), start);
  const hedge = QUALIFIER_WORDS.find(([pattern]) => pattern.test(before))?.[1] ?? 'eq';
  return {
    kind: 'number',
    value: low,
    valueHigh: high,
    unit: toUnit(tail),
    qualifier: high !== null ? 'range' : hedge,
    approximate: high !== null && hedge === 'approx',
    decimals,
    scale,
    start,
    end,
    text: text.slice(start, end),
  };
}

function toValue(int: string, frac: string | undefined): number {
  return Number(int.replace(/[,\s]/g, '') + (frac ? `.${frac}` : ''));
}

function toUnit(groups: Record<string, string | undefined>): Unit | null {
  if (groups.pctBefore) return 'percent';
  if (groups.currency === '₸') return 'KZT';
  if (groups.currency) return 'USD';
  const unit = groups.unit?.trim().toLowerCase();
  if (!unit) return null;
  if (/^(?:pp|p\.p\.|п\.\s?п\.|percentage point|процентн)/.test(unit)) return 'pp';
  if (/^(?:%|per|pct|процент|пайыз)/.test(unit)) return 'percent';
  return 'KZT';
}

/**
 * Reads a whole value such as a table cell: `5,148,074`, `% 11`, `more than 71%`, `–`.
 * Returns null when the text is not one number (words around it other than a qualifier).
 */
export function parseNumber(text: string, style: NumberStyle = POINT_STYLE): NumberMention | null {
  const trimmed = text.trim();
  if (MISSING_PATTERN.test(trimmed)) return { kind: 'missing', start: 0, end: trimmed.length, text: trimmed };
  // a whole cell of digit groups and spaces (`7 241 562`) can only be one number
  const mentions = findNumbers(trimmed, { ...style, spaceGroups: true });
  if (mentions.length !== 1) return null;
  const mention = mentions[0]!;
  const before = trimmed.slice(0, mention.start).trim();
  const after = trimmed.slice(mention.end).trim();
  const qualifierOnly =
    before === '' ||
    QUALIFIER_WORDS.some(([pattern]) => pattern.test(before) && before.replace(pattern, '').trim() === '');
  return qualifierOnly && after === '' ? mention : null;
}

const QUALIFIER_TEXT: Record<Qualifier, string> = {
  eq: '',
  approx: 'about ',
  gt: 'more than ',
  ge: 'at least ',
  lt: 'less than ',
  le: 'no more than ',
  range: '',
};

/** Writes a number the way the sources do, so that parseNumber reads back the same figure. */
export function formatNumber(
  n: Pick<StatedNumber, 'value' | 'valueHigh' | 'unit' | 'qualifier' | 'decimals' | 'approximate'>,
): string {
  const hedge = n.qualifier === 'range' ? (n.approximate ? 'around ' : '') : QUALIFIER_TEXT[n.qualifier];
  const digits = (x: number) =>
    x.toLocaleString('en-US', { minimumFractionDigits: n.decimals, maximumFractionDigits: n.decimals });
  const figure =
    n.valueHigh !== null && n.qualifier === 'range' ? `${digits(n.value)}–${digits(n.valueHigh)}` : digits(n.value);
  // U+2212 is a minus wherever it stands; a dash after a word would read as a separator
  const signed = figure.startsWith('-') ? `−${figure.slice(1)}` : figure;
  switch (n.unit) {
    case 'percent':
      return `${hedge}${signed}%`;
    case 'pp':
      return `${hedge}${signed} pp`;
    case 'KZT':
      return `${hedge}${signed} ₸`;
    case 'USD':
      return `${hedge}US$${signed}`;
    default:
      return `${hedge}${signed}`;
  }
}
