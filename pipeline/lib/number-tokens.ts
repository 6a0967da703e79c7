// A figure is read only when the number parser understands all of it: `1 234 567` read as 1, or
// `71,09` as 71, would be a silent wrong value.
import { findNumbers, type NumberMention, type NumberStyle } from './numbers.ts';

/** Digits the parser could not read whole: kept as an unlinked claim with the reason, never given a value. */
export interface UnreadNumber {
  kind: 'unread';
  start: number;
  end: number;
  text: string;
  reason: string;
}

// a run of digits joined by one decimal mark, group separator or space between groups of three
const TOKEN = /(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.,\u00a0\u202f\u2009])|\d+(?:[.,\u00a0\u202f\u2009]\d+)*/g;

const why = (token: string): string => {
  if (/^\d+(?:[ \u00a0\u202f\u2009]\d{3})+$/.test(token))
    return (
      `"${token}" is not read: digits grouped by plain spaces are one number only in a whole table cell ` +
      'or in a source whose language groups digits so (raw/sources.json "language")'
    );
  if (/^\d+,\d+$/.test(token))
    return (
      `"${token}" is not read: a comma is a decimal mark only in a source whose language writes one, ` +
      'or in a % column whose other cells do'
    );
  return `"${token}" is not read: the number parser understands only part of it`;
};

/**
 * The figures of a text, each token of digits either read whole or returned as unread: figures that
 * cover only part of a token (`1 234 567` read as 1, 234 and 567) give way to one UnreadNumber, and
 * figures inside a date (`isDate`) give way to nothing.
 */
export function readFigures(
  text: string,
  style: NumberStyle,
  isDate: (start: number, end: number, token: string) => boolean,
): (NumberMention | UnreadNumber)[] {
  const mentions = findNumbers(text, style);
  const kept: (NumberMention | UnreadNumber)[] = [];
  let next = 0;
  // tokens and figures both run left to right: one pass over each keeps the cost linear in the text
  for (const token of text.matchAll(TOKEN)) {
    const start = token.index;
    const end = start + token[0].length;
    while (next < mentions.length && mentions[next]!.end <= start) kept.push(mentions[next++]!);
    const inside: NumberMention[] = [];
    for (let k = next; k < mentions.length && mentions[k]!.start < end; k++) inside.push(mentions[k]!);
    // digits the parser declined on purpose (`Party1`, `16th`) make no figure at all
    if (inside.length === 0) continue;
    const whole = inside.length === 1 && inside[0]!.start <= start && inside[0]!.end >= end;
    if (whole && !isDate(start, end, token[0])) continue;
    next += inside.length;
    if (!whole && !isDate(start, end, token[0]))
      kept.push({ kind: 'unread', start, end, text: token[0], reason: why(token[0]) });
  }
  kept.push(...mentions.slice(next));
  return kept;
}
