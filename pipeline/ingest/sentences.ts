import type { NumberedLine } from './tables.ts';

/** A paragraph's text with each character's source line, so a sentence knows the lines it spans. */
export interface Paragraph {
  text: string;
  /** lineAt[i] is the raw line of text[i]. */
  lineAt: number[];
}

export interface Sentence {
  text: string;
  citations: string[];
  first_line: number;
  last_line: number;
}

const MARKER_BODY = String.raw`\d+|[a-z]|citation needed|note \d+|nb \d+|(?!sic\])[a-z]{2,3}`;
const MARKER = new RegExp(String.raw`\[(?:${MARKER_BODY})\]`, 'g');
const LEADING_MARKERS = new RegExp(String.raw`^\s*(["”’]?)((?:\[(?:${MARKER_BODY})\])+)\s*`);
const ABBREVIATION = /(?:^|[\s(.])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Prof|Gen|Col|Lt|Gov|Sen|Rep|No|Nos|vs|approx|Inc|Ltd|Co|Corp|i\.e|e\.g|U\.S)\.$/;
// an end mark, closing quotes or brackets, then citation markers, then the space before the next sentence
const BOUNDARY = new RegExp(String.raw`([.!?]["”’)]*|:(?=\[))((?:\[(?:${MARKER_BODY})\])*)\s+(?=["“‘(]?[\p{Lu}\d])`, 'gu');

/**
 * Joins the lines of one paragraph. In hard-wrapped text a line ending in a hyphen is rejoined with the
 * next: the hyphen stays in a compound of names (`Nur-` / `Otan`) or one the text writes whole elsewhere,
 * and goes in a word split by the typesetter.
 */
export function joinParagraph(lines: NumberedLine[], wholeText: string): Paragraph {
  let text = '';
  const lineAt: number[] = [];
  lines.forEach(({ line, text: raw }, i) => {
    const piece = raw.replace(/\u00a0/g, ' ').trim();
    if (i > 0) {
      const hyphenated = /(\p{L}+)-$/u.exec(text);
      const nextWord = /^\p{L}+/u.exec(piece)?.[0];
      if (!hyphenated || !nextWord) {
        text += ' ';
        lineAt.push(line);
      } else if (!keepHyphen(hyphenated[1]!, nextWord, wholeText)) {
        text = text.slice(0, -1);
        lineAt.pop();
      }
    }
    text += piece;
    for (let k = 0; k < piece.length; k++) lineAt.push(line);
  });
  return { text, lineAt };
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
export function splitSentences(paragraph: Paragraph): { leading: { quote: string; citations: string[]; line: number } | null; sentences: Sentence[] } {
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
    sentences.push(makeSentence(paragraph, text.slice(start, end) + match[2], offset + start, offset + end - 1));
    start = match.index + match[0].length;
  }
  if (start < text.length) sentences.push(makeSentence(paragraph, text.slice(start), offset + start, offset + text.length - 1));
  return { leading, sentences: sentences.filter((s) => s.text !== '' || s.citations.length > 0) };
}

function makeSentence(paragraph: Paragraph, raw: string, from: number, to: number): Sentence {
  return {
    text: cleanSentence(raw),
    citations: markersIn(raw),
    first_line: paragraph.lineAt[from]!,
    last_line: paragraph.lineAt[Math.max(from, to)]!,
  };
}

export function cleanSentence(raw: string): string {
  return raw
    .replace(MARKER, ' ')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:!?)])/g, '$1')
    .trim();
}

const markersIn = (text: string) => [...text.matchAll(MARKER)].map((m) => m[0].slice(1, -1));
