// Which lines make up a pipe table, and how one line splits into cells: `---|---` and GitHub's
// `| :--- | ---: |` separators, rows with or without leading and trailing pipes, escaped `\|` in a cell.
import type { NumberedLine } from './tables.ts';

const SEPARATOR = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-*:?)?\s*$/;

export const isSeparatorLine = (text: string) => SEPARATOR.test(text);

/** Columns a separator line marks: one a run of three or more dashes (a last cut-short `--` is not one). */
export const separatorWidth = (text: string) => (text.match(/-{3,}/g) ?? []).length;

// a pipe that a backslash does not escape
const PIPE = /(?<!\\)\|/g;
const pipes = (text: string) => (text.match(PIPE) ?? []).length;

/** A line that belongs to a pipe table in either dialect. */
export function isTableLine(text: string): boolean {
  const trimmed = text.trim();
  if (pipes(trimmed) === 0) return false;
  return (
    trimmed.startsWith('|') ||
    /(?<!\\)\|$/.test(trimmed) ||
    isSeparatorLine(trimmed) ||
    trimmed.split(' | ').length >= 3
  );
}

/** A line that opens a table: a table line, or a header such as `Party | Votes` just above its separator. */
export const opensTable = (lines: NumberedLine[], at: number) =>
  isTableLine(lines[at]!.text) || (pipes(lines[at]!.text) > 0 && isSeparatorLine(lines[at + 1]?.text ?? ''));

const endsWithPipe = (text: string) => /(?<!\\)\|\s*$/.test(text);

/** Whether a table line is cut short and its last cell goes on on the next line (`Last election results` / `(2016) | ||`). */
export const continuesOnNextLine = (text: string) => !endsWithPipe(text) && !isSeparatorLine(text);

/**
 * Whether the rows of a table close with a pipe: only then does a row without one go on on the next
 * line. Rows written `Nur Otan | 5,148,074 | 71.09` (no pipe at either end) are whole, one a line.
 */
export function closesRowsWithPipe(lines: NumberedLine[]): boolean {
  const rows = lines.filter((l) => !isSeparatorLine(l.text) && pipes(l.text) > 0);
  return rows.filter((l) => endsWithPipe(l.text)).length * 2 > rows.length;
}

/** Where the table opening at `from` ends (exclusive): its lines, separators, rows and wrapped cells. */
export function tableRunEnd(lines: NumberedLine[], from: number): number {
  let end = from + 1;
  let separated = isSeparatorLine(lines[from]!.text) || isSeparatorLine(lines[from + 1]?.text ?? '');
  while (end < lines.length) {
    const text = lines[end]!.text;
    if (text.trim() === '') break;
    const taken = lines.slice(from, end);
    const wrapped = continuesOnNextLine(taken.at(-1)!.text) && closesRowsWithPipe(taken);
    // under a separator, a line with a pipe is a row even without one at either end (`Adal | 258,618`)
    if (!isTableLine(text) && !wrapped && !(separated && pipes(text) > 0)) break;
    separated ||= isSeparatorLine(text);
    end++;
  }
  return end;
}

/** A row's cells, trimmed, with its leading and trailing pipes dropped and `\|` read as a `|` in the cell. */
export function splitCells(text: string, leadingPipe: boolean): string[] {
  let inner = text.trim();
  if (leadingPipe && inner.startsWith('|')) inner = inner.slice(1);
  if (endsWithPipe(inner)) inner = inner.trimEnd().slice(0, -1);
  return inner.split(PIPE).map((cell) => cell.replace(/\\\|/g, '|').trim());
}

/** Where each cell starts on a row's line: just after its pipe (escaped pipes are inside a cell). */
export function cellStartsOf(raw: string): number[] {
  const starts = raw.trimStart().startsWith('|') ? [] : [0];
  for (const match of raw.matchAll(PIPE)) starts.push(match.index + 1);
  return starts;
}
