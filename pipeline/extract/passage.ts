// A passage of running text, where its words stand on the raw lines, and how a long one is cut.
import { EXCERPT_LIMIT } from './excerpt.ts';
import type { Claim } from './claims.ts';

/** A stretch of running text and where it stands: a sentence, an infobox value or a list item. */
export interface Passage {
  text: string;
  /**
   * The passage's verbatim raw text, line by line, with the column it starts at; a figure's claim quotes the part on
   * its line.
   */
  spans: { line: number; column: number; text: string; excerpt?: string }[];
  extraction: Claim['extraction'];
  sentence: string | null;
}

/** A passage longer than EXCERPT_LIMIT in pieces, each cut at a `;`, `,` or space. */
export function pieces(text: string): string[] {
  const cut: string[] = [];
  let start = 0;
  while (text.length - start > EXCERPT_LIMIT) {
    const window = text.slice(start, start + EXCERPT_LIMIT);
    const at =
      [window.lastIndexOf('; '), window.lastIndexOf(', '), window.lastIndexOf(' ')].find(
        (i) => i > EXCERPT_LIMIT / 2,
      ) ?? EXCERPT_LIMIT - 1;
    cut.push(text.slice(start, start + at + 1).trim());
    start += at + 1;
  }
  cut.push(text.slice(start).trim());
  return cut;
}

/**
 * Finds each figure, in order, on the raw lines of the passage: its line, the text there, its column, and
 * where the excerpt starts and the figure stands in it (a span's own text, or the raw line it gives).
 */
export function spanLocator(spans: Passage['spans']) {
  let spanIndex = 0;
  let from = 0;
  const quote = (span: Passage['spans'][number], offset: number) => {
    const column = span.column + offset;
    const at = span.excerpt === undefined ? { column: span.column, figureAt: offset } : { column: 0, figureAt: column };
    return { line: span.line, excerpt: span.excerpt ?? span.text, column, at };
  };
  return (figureText: string) => {
    const pattern = new RegExp(figureText.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s*'), 'g');
    for (let i = spanIndex; i < spans.length; i++) {
      pattern.lastIndex = i === spanIndex ? from : 0;
      const found = pattern.exec(spans[i]!.text);
      if (found) {
        spanIndex = i;
        from = found.index + found[0].length;
        return quote(spans[i]!, found.index);
      }
    }
    return quote(spans[spanIndex] ?? { line: 0, column: 0, text: '' }, from);
  };
}
