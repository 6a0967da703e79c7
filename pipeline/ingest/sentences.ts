import type { NumberedLine } from './tables.ts';

/** A paragraph's text with each character's place in the raw file, so a sentence knows its raw text. */
export interface Paragraph {
  text: string;
  /** lineAt[i] is the raw line of text[i]; columnAt[i] its column there, -1 for a space joining two lines. */
  lineAt: number[];
  columnAt: number[];
  rawLines: Map<number, string>;
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
export function joinParagraph(lines: NumberedLine[], wholeText: string): Paragraph {
  let text = '';
  const lineAt: number[] = [];
  const columnAt: number[] = [];
  lines.forEach(({ line, text: raw }, i) => {
    const spaced = raw.replace(/\u00a0/g, ' ');
    const piece = spaced.trim();
    const lead = spaced.length - spaced.trimStart().length;
    if (i > 0) {
      const hyphenated = /(\p{L}+)-$/u.exec(text);
      const nextWord = /^\p{L}+/u.exec(piece)?.[0];
      if (!hyphenated || !nextWord) {
        text += ' ';
        lineAt.push(line);
        columnAt.push(-1);
      } else if (!keepHyphen(hyphenated[1]!, nextWord, wholeText)) {
        text = text.slice(0, -1);
        lineAt.pop();
        columnAt.pop();
      }
    }
    text += piece;
    for (let k = 0; k < piece.length; k++) {
      lineAt.push(line);
      columnAt.push(lead + k);
    }
  });
  return { text, lineAt, columnAt, rawLines: new Map(lines.map((l) => [l.line, l.text])) };
}

function keepHyphen(left: string, right: string, wholeText: string): boolean {
  if (/^\p{Lu}/u.test(left) || /^\p{Lu}/u.test(right)) return true;
  if (wholeText.includes(`${left}-${right}`)) return true;
  return false;
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
    leading = { quote: opener[1] ?? '', citations: markersIn(opener[2]!), line: paragraph.lineAt[0]! };
    offset = opener[0].length;
    text = text.slice(offset);
  }
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const endMark = match[1]!;
    const end = match.index + endMark.length;
    if (endMark.startsWith('.') && ABBREVIATION.test(text.slice(start, end))) continue;
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
    first_line: paragraph.lineAt[from]!,
    last_line: paragraph.lineAt[Math.max(from, to)]!,
    spans: rawSpans(paragraph, from, Math.max(from, to)),
  };
}

/** The raw text a stretch of the paragraph covers, line by line, trimmed. */
function rawSpans(paragraph: Paragraph, from: number, to: number): SentenceSpan[] {
  const columns = new Map<number, [number, number]>();
  for (let i = from; i <= to; i++) {
    const column = paragraph.columnAt[i]!;
    if (column < 0) continue;
    const line = paragraph.lineAt[i]!;
    const [first, last] = columns.get(line) ?? [column, column];
    columns.set(line, [Math.min(first, column), Math.max(last, column)]);
  }
  return [...columns]
    .map(([line, [first, last]]) => {
      const piece = (paragraph.rawLines.get(line) ?? '').slice(first, last + 1);
      return { line, column: first + (piece.length - piece.trimStart().length), text: piece.trim() };
    })
    .filter((s) => s.text !== '');
}

function cleanSentence(raw: string): string {
  return raw
    .replace(MARKER, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .trim();
}

const markersIn = (text: string) => [...text.matchAll(MARKER)].map((m) => m[0].slice(1, -1));
