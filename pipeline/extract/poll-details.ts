// What a sentence about a poll says of the poll itself: when it was in the field, how many it asked, and how (its mode).
import { findDate, MONTH_NAMES } from './dates.ts';

export interface PollDetails {
  /** The first and last day in the field (ISO), when the sentence gives them. */
  fieldwork: { start: string; end: string } | null;
  sample_size: number | null;
  mode: PollMode | null;
}

export type PollMode = 'telephone' | 'face-to-face' | 'online';

const MONTH = MONTH_NAMES.join('|');
const DASH = String.raw`\s*(?:[–—-]|to|until)\s*`;
// `November 3–8, 2020`, `3–8 November 2020`, `28 October – 3 November`, `from 28 October to 3 November`
const FIELDWORK: { pattern: RegExp; read: (m: RegExpExecArray) => [string, string, string, string, string?] }[] = [
  {
    pattern: new RegExp(String.raw`\b(${MONTH})\s+(\d{1,2})${DASH}(\d{1,2})\b(?:,?\s+(\d{4}))?`, 'i'),
    read: (m) => [m[2]!, m[1]!, m[3]!, m[1]!, m[4]],
  },
  {
    pattern: new RegExp(String.raw`\b(\d{1,2})${DASH}(\d{1,2})\s+(${MONTH})\b(?:\s+(\d{4}))?`, 'i'),
    read: (m) => [m[1]!, m[3]!, m[2]!, m[3]!, m[4]],
  },
  {
    pattern: new RegExp(String.raw`\b(\d{1,2})\s+(${MONTH})${DASH}(\d{1,2})\s+(${MONTH})\b(?:\s+(\d{4}))?`, 'i'),
    read: (m) => [m[1]!, m[2]!, m[3]!, m[4]!, m[5]],
  },
];

const SAMPLE = [
  /(?:interviewed|surveyed|polled|sample of|asked)\s+([\d,]+)/i,
  /([\d,]+)\s+(?:respondents|interviewees|people were (?:interviewed|surveyed|polled))\b/i,
  /\bn\s*=\s*([\d,]+)/i,
];

const MODES: [RegExp, PollMode][] = [
  [/\b(?:telephone|phone|cati)\b/i, 'telephone'],
  [/\b(?:face[- ]to[- ]face|in[- ]person|door[- ]to[- ]door|household)\b/i, 'face-to-face'],
  [/\b(?:online|internet|web panel)\b/i, 'online'],
];

/**
 * The fieldwork, sample size and mode (how it asked) a sentence about a poll gives. A fieldwork range without a year is
 * in the election's year when its month is not after the election's, otherwise the year before: a poll
 * before an election is at most a year before it.
 */
export function pollDetails(text: string, electionDate: string): PollDetails {
  const sample = SAMPLE.map((p) => p.exec(text)?.[1]).find((s) => s !== undefined);
  return {
    fieldwork: fieldworkIn(text, electionDate),
    sample_size: sample === undefined ? null : Number(sample.replaceAll(',', '')),
    mode: MODES.find(([pattern]) => pattern.test(text))?.[1] ?? null,
  };
}

function fieldworkIn(text: string, electionDate: string): PollDetails['fieldwork'] {
  // `between 28 November and 4 December` is the range `28 November – 4 December`
  const ranged = text.replace(/\bbetween\s+([^.;]{1,40}?)\s+and\s+/gi, '$1 – ');
  for (const { pattern, read } of FIELDWORK) {
    const match = pattern.exec(ranged);
    if (!match) continue;
    const [day1, month1, day2, month2, year] = read(match);
    const iso = (day: string, month: string) => {
      const m = MONTH_NAMES.indexOf(month.toLowerCase()) + 1;
      const y = year ?? yearBefore(electionDate, m);
      return `${y}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
    };
    const end = iso(day2, month2);
    const start = iso(day1, month1);
    // `28 December – 4 January 2021`: the year written is the end's; the start is in the year before
    return start <= end ? { start, end } : { start: `${Number(start.slice(0, 4)) - 1}${start.slice(4)}`, end };
  }
  return null;
}

const yearBefore = (electionDate: string, month: number) =>
  month <= Number(electionDate.slice(5, 7)) ? electionDate.slice(0, 4) : String(Number(electionDate.slice(0, 4)) - 1);

/** The date a poll goes by: a full date the sentence gives, or the last day of its fieldwork. */
export const pollDate = (text: string, details: PollDetails) => findDate(text) ?? details.fieldwork?.end ?? null;
