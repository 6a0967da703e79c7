import type { NumberedLine } from './tables.ts';

/** A paragraph's text and where each raw line's piece of it stands, so a sentence knows its raw text. */
export interface Paragraph {
  text: string;
  /** In order: text[start + k] is column `column + k` of raw line `line`; the space joining two lines is in no piece. */
  pieces: { start: number; length: number; line: number; column: number }[];
  /** Each piece's start, for finding the piece of a character. */
  starts: number[];
  rawLines: Map<number, string>;
  /** The raw line of text[index] (a joining space counts with the line after it). */
  lineAt: (index: number) => number;
}

/** The verbatim raw text of a sentence on one of its lines, and the column it starts at there. */
export interface SentenceSpan {
  line: number;
  column: number;
  text: string;
}

export interface Sentence {
  text: string;
  citations: string[];
  first_line: number;
  last_line: number;
  spans: SentenceSpan[];
}

const MARKER_BODY = String.raw`\d+|[a-z]|citation needed|note \d+|nb \d+|(?!sic\])[a-z]{2,3}`;
const MARKER = new RegExp(String.raw`\[(?:${MARKER_BODY})\]`, 'g');
const LEADING_MARKERS = new RegExp(String.raw`^\s*(["”’]?)((?:\[(?:${MARKER_BODY})\])+)\s*`);
const ABBREVIATION =
  /(?:^|[\s(.])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Gov|Sen|Rep|No|Nos|vs|approx|Inc|Ltd|Co|Corp|i\.e|e\.g|U\.S)\.$/;
// an end mark, closing quotes or brackets, then citation markers, then the space before the next sentence
// (after a closing quote the space may be lost: `choice."On 13 January`)
const BOUNDARY = new RegExp(
  String.raw`([.!?]["”’)]*|:(?=\[))((?:\[(?:${MARKER_BODY})\])*)(?:\s+|(?<=[.!?]["”]))(?=["“‘(]?[\p{Lu}\d])`,
  'gu',
);

/**
 * Joins the lines of one paragraph. In hard-wrapped text a line ending in a hyphen is rejoined with the
 * next: the hyphen stays in a compound of names (`Nur-` / `Otan`) or one the text writes whole elsewhere,
 * and goes in a word split by the typesetter.
 */
export function joinParagraph(lines: NumberedLine[], wholeText: SourceText): Paragraph {
  let text = '';
  const pieces: Paragraph['pieces'] = [];
  lines.forEach(({ line, text: raw }, i) => {
    const spaced = raw.replace(/\u00a0/g, ' ');
    const piece = spaced.trim();
    const lead = spaced.length - spaced.trimStart().length;
    if (i > 0) {
      const hyphenated = hyphenatedWord(text);
      const nextWord = /^\p{L}+/u.exec(piece)?.[0];
      if (!hyphenated || !nextWord) {
        text += ' ';
      } else if (!keepHyphen(hyphenated, nextWord, wholeText)) {
        text = text.slice(0, -1);
        const last = pieces.at(-1);
        if (last && last.start + last.length > text.length) last.length--;
      }
    }
    pieces.push({ start: text.length, length: piece.length, line, column: lead });
    text += piece;
  });
  const starts = pieces.map((p) => p.start);
  const lineAt = (index: number) => {
    const at = lastAtOrBefore(starts, index);
    const piece = pieces[Math.max(0, at)]!;
    return index < piece.start + piece.length ? piece.line : (pieces[at + 1]?.line ?? piece.line);
  };
  return { text, pieces, starts, rawLines: new Map(lines.map((l) => [l.line, l.text])), lineAt };
}

/** The word a text ends in before a hyphen (`elec-`), or null; read from the end, never the whole paragraph again. */
function hyphenatedWord(text: string): string | null {
  if (!text.endsWith('-')) return null;
  for (let size = 64; ; size *= 4) {
    const tail = text.slice(-size);
    const found = /(\p{L}+)-$/u.exec(tail);
    // a word that may run on before the tail (or a character cut in two at its start): look further back
    if (!found || found.index > 1 || tail.length === text.length) return found?.[1] ?? null;
  }
}

/** The index of the last of the ascending `values` that is at most `target` (-1 when none is). */
function lastAtOrBefore(values: number[], target: number): number {
  let low = 0;
  let high = values.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (values[middle]! <= target) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function keepHyphen(left: string, right: string, wholeText: SourceText): boolean {
  if (/^\p{Lu}/u.test(left) || /^\p{Lu}/u.test(right)) return true;
  // whether the text writes `left-right` anywhere, as `wholeText.includes` would say, without reading it all again
  return (
    wholeText
      .compounds()
      .get(left)
      ?.some((after) => after.startsWith(right)) ?? false
  );
}

/** A source's whole text, with the compounds it writes, found once, the first time a paragraph asks. */
export interface SourceText {
  text: string;
  compounds: () => Map<string, string[]>;
}

export function sourceText(text: string): SourceText {
  let compounds: Map<string, string[]> | null = null;
  return { text, compounds: () => (compounds ??= compoundsOf(text)) };
}

/**
 * Every hyphen between two letters of a text, as the letters before it (each of their endings) → the words
 * after it. `a-b` occurs in the text exactly when some hyphen has letters ending in `a` before it and a
 * word starting with `b` after it, since `a` and `b` are letters only.
 */
function compoundsOf(text: string): Map<string, string[]> {
  const words = new Map<string, string[]>();
  for (const [, before, after] of text.matchAll(/(\p{L}+)-(?=(\p{L}+))/gu)) {
    for (let i = 0; i < before!.length; i++) {
      const ending = before!.slice(i);
      const list = words.get(ending);
      if (list) list.push(after!);
      else words.set(ending, [after!]);
    }
  }
  return words;
}

/**
 * Splits a paragraph into sentences. Citation markers are taken out of the text and kept on the
 * sentence they close; markers that open a paragraph close the sentence before it (they are returned
 * as `leading`, with a closing quote that was split from that sentence).
 */
export function splitSentences(paragraph: Paragraph): {
  leading: { quote: string; citations: string[]; line: number } | null;
  sentences: Sentence[];
} {
  let { text } = paragraph;
  let offset = 0;
  let leading = null;
  const opener = LEADING_MARKERS.exec(text);
  if (opener) {
    leading = { quote: opener[1] ?? '', citations: markersIn(opener[2]!), line: paragraph.lineAt(0) };
    offset = opener[0].length;
    text = text.slice(offset);
  }
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const endMark = match[1]!;
    const end = match.index + endMark.length;
    // the last few characters are enough (an abbreviation and the character before it are at most 8): a run of
    // initials in a long text is not read again from the sentence's start at each full stop
    if (endMark.startsWith('.') && ABBREVIATION.test(text.slice(Math.max(start, end - 10), end))) continue;
    sentences.push(
      makeSentence(paragraph, text.slice(start, end) + match[2], offset + start, offset + end + match[2]!.length - 1),
    );
    start = match.index + match[0].length;
  }
  if (start < text.length)
    sentences.push(makeSentence(paragraph, text.slice(start), offset + start, offset + text.length - 1));
  return { leading, sentences: sentences.filter((s) => s.text !== '' || s.citations.length > 0) };
}

function makeSentence(paragraph: Paragraph, raw: string, from: number, to: number): Sentence {
  return {
    text: cleanSentence(raw),
    citations: markersIn(raw),
    first_line: paragraph.lineAt(from),
    last_line: paragraph.lineAt(Math.max(from, to)),
    spans: rawSpans(paragraph, from, Math.max(from, to)),
  };
}

/** The raw text a stretch of the paragraph covers, line by line, trimmed. */
function rawSpans(paragraph: Paragraph, from: number, to: number): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const first = Math.max(
    0,
    lastAtOrBefore(
      paragraph.pieces.map((p) => p.start),
      from,
    ),
  );
  for (let i = first; i < paragraph.pieces.length; i++) {
    const piece = paragraph.pieces[i]!;
    if (piece.start > to) break;
    const start = Math.max(from, piece.start);
    const end = Math.min(to, piece.start + piece.length - 1);
    if (end < start) continue;
    const text = (paragraph.rawLines.get(piece.line) ?? '').slice(
      piece.column + start - piece.start,
      piece.column + end - piece.start + 1,
    );
    spans.push({
      line: piece.line,
      column: piece.column + start - piece.start + (text.length - text.trimStart().length),
      text: text.trim(),
    });
  }
  return spans.filter((s) => s.text !== '');
}

function cleanSentence(raw: string): string {
  return raw
    .replace(MARKER, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .trim();
}

const markersIn = (text: string) => [...text.matchAll(MARKER)].map((m) => m[0].slice(1, -1));
