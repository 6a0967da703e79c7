// What a claim quotes: bounded, so a long line costs its claims no more than a short one does.

/** The longest excerpt, in characters: a longer line or sentence is cut to this window around the figure. */
export const EXCERPT_LIMIT = 600;

// a line's leading blanks and list bullet (`- Seats: 98`) are layout, not the source's words; a quoted
// `- ` would also read as a formula in a spreadsheet
const LEAD = /^\s*(?:[-*•]\s+)?/u;

export interface Excerpt {
  excerpt: string;
  /** 1-based column on the raw line where the excerpt starts. */
  excerpt_column: number;
}

/**
 * The excerpt of `text` (which starts at 0-based `column` of its line) around a figure `figureAt`
 * characters into it: all of it after the bullet when it fits in EXCERPT_LIMIT, else a window of that
 * length centred on the figure. Always a substring of the raw line.
 */
export function boundExcerpt(text: string, column: number, figureAt: number, figureLength: number): Excerpt {
  let start = LEAD.exec(text)![0].length;
  let end = text.length;
  if (end - start > EXCERPT_LIMIT) {
    const centre = Math.min(Math.max(figureAt, start), end) + Math.floor(figureLength / 2);
    start = Math.max(start, Math.min(end - EXCERPT_LIMIT, centre - EXCERPT_LIMIT / 2));
    end = start + EXCERPT_LIMIT;
    // never split a character outside the Basic Multilingual Plane
    if (/[\uDC00-\uDFFF]/.test(text[start] ?? '')) start++;
    if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  }
  return { excerpt: text.slice(start, end), excerpt_column: column + start + 1 };
}
