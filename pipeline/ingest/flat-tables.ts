// Tables that lost their delimiters: a header of column labels (`Party Votes % Seats +/–`) over rows of
// a name and figures, the cells parted by single spaces (flattened) or padded into columns (a news
// wire's fixed-width table: numbered rows, dashed rules, a name wrapped onto the next line, `n/a`).
import { headerLabels, lineLabel, type HeaderLabel } from '../registry/vocabulary.ts';
import type { TableRow } from './blocks.ts';
import { fitRows } from './row-shapes.ts';
import type { NumberedLine, ParsedTable } from './tables.ts';

const RULE = /^\s*[-=_—–]{3,}\s*$/;
const RANK = /^\s*(?:\d{1,2}[.)]|#\d{1,2})\s+/;
// a cell of a figure: a count, a decimal, a signed change, a sign word or arrow, or a missing mark
export const FIGURE_CELL =
  /^(?:(?:[+\-−–±▲▼↑↓]|Increase|Decrease)?(?:\d{1,3}(?: \d{3})+|\d[\d,.\u00a0\u202f\u2009]*)%?|[–—-]|n\/a|N\/A|TBA|—)$/;

interface Header {
  line: NumberedLine;
  /** The columns: a name column, then one a label, with where each label stands on the line. */
  columns: { name: string; start: number; end: number }[];
  /** The labels stand apart by two or more spaces: the rows are padded into columns too. */
  fixedWidth: boolean;
}

/** The column labels a line is made of, in order, with a name column first; null when it is not such a header. */
export function readHeader(line: NumberedLine, labels: HeaderLabel[] = headerLabels()): Header | null {
  const text = line.text.replace(/^\s*(?:#|No\.?)\s+/i, (m) => ' '.repeat(m.length));
  const columns: Header['columns'] = [];
  let at = text.search(/\S/);
  while (at >= 0 && at < text.length) {
    // a label is a few words: a window of the line is enough to compare (a line may be megabytes long)
    const rest = text.slice(at, at + 80);
    const folded = rest.toLowerCase();
    let found: HeaderLabel | undefined;
    for (const l of labels)
      if (folded.startsWith(l.folded) && /^(?:\s|$)/.test(rest.slice(l.text.length)))
        if (!found || l.text.length > found.text.length) found = l;
    if (!found || (columns.length === 0) !== (found.kind === 'name')) return null;
    columns.push({ name: rest.slice(0, found.text.length), start: at, end: at + found.text.length });
    const next = text.slice(at + found.text.length).search(/\S/);
    at = next < 0 ? -1 : at + found.text.length + next;
  }
  if (columns.length < 3) return null;
  const fixedWidth = columns.slice(1).every((c, k) => c.start - columns[k]!.end >= 2);
  return { line, columns, fixedWidth };
}

/** The flattened table that opens at `from` (a header, maybe under a dashed rule), and where it ends; null if none does. */
export function flatTableAt(lines: NumberedLine[], from: number): { table: ParsedTable; end: number } | null {
  const at = RULE.test(lines[from]!.text) ? from + 1 : from;
  const header = lines[at] ? readHeader(lines[at]!) : null;
  if (!header) return null;
  const width = header.columns.length;
  const body: TableRow[] = [];
  let end = at + 1;
  for (; end < lines.length; end++) {
    const { line, text } = lines[end]!;
    if (RULE.test(text)) continue;
    if (text.trim() === '') break;
    const cells = rowCells(text, header);
    const previous = body.at(-1);
    // an indented line of words alone under a row goes on with the row's name (`People's Party of` / `Kazakhstan`)
    if (!cells && previous && /^\s/.test(text) && !/\d/.test(text)) {
      previous.cells[0] = `${previous.cells[0]} ${text.trim()}`;
      previous.last_line = line;
      continue;
    }
    if (!cells) break;
    body.push({ line, last_line: line, raw: text.trim(), cells });
  }
  if (body.length === 0) return null;
  const rows = fitRows(body, width);
  const headerRow: TableRow = {
    line: header.line.line,
    last_line: header.line.line,
    raw: header.line.text.trim(),
    cells: header.columns.map((c) => c.name),
  };
  const first_line = lines[from]!.line;
  const last_line = Math.max(...rows.map((r) => r.last_line));
  const table: ParsedTable = {
    dialect: 'flattened',
    width,
    header_rows: [headerRow],
    columns: headerRow.cells,
    rows,
    first_line,
    last_line,
  };
  return { table, end };
}

/** A row's name and figure cells; null for a line that is not a row (no figure, or words after its figures). */
function rowCells(text: string, header: Header): string[] | null {
  const body = text.replace(RANK, (m) => ' '.repeat(m.length));
  const fields = header.fixedWidth ? [...body.matchAll(/\S+(?: \S+)*/g)] : [...body.matchAll(/\S+/g)];
  let k = fields.length;
  while (k > 0 && FIGURE_CELL.test(fields[k - 1]![0])) k--;
  if (k === 0 || k === fields.length) return null;
  const name = body.slice(fields[0]!.index, fields[k - 1]!.index + fields[k - 1]![0].length).trim();
  const figures = fields.slice(k).map((f) => ({ index: f.index, text: f[0] }));
  const wanted = header.columns.length - 1;
  if (!header.fixedWidth)
    return [name, ...(figures.length > wanted ? spaceGrouped(figures) : figures).map((f) => f.text)];
  if (figures.length === wanted) return [name, ...figures.map((f) => f.text)];
  // a padded table with a cell left blank: each figure goes under the label it stands nearest to
  const cells = [name, ...Array<string>(header.columns.length - 1).fill('')];
  for (const figure of figures) {
    const centre = figure.index + figure.text.length / 2;
    const nearest = header.columns
      .slice(1)
      .map((c, i) => ({ i: i + 1, distance: Math.abs((c.start + c.end) / 2 - centre) }))
      .sort((a, b) => a.distance - b.distance)[0]!;
    if (cells[nearest.i] !== '') return [name, ...figures.map((f) => f.text)];
    cells[nearest.i] = figure.text;
  }
  return cells;
}

/** Too many figures on a row parted by single spaces: digits grouped by spaces (`5 148 074`) joined into one. */
function spaceGrouped(figures: { index: number; text: string }[]): { index: number; text: string }[] {
  const joined: { index: number; text: string }[] = [];
  for (const figure of figures) {
    const last = joined.at(-1);
    if (last && /^\d{3}$/.test(figure.text) && /^\d{1,3}(?: \d{3})*$/.test(last.text)) last.text += ` ${figure.text}`;
    else joined.push({ ...figure });
  }
  return joined;
}

/** A line `Label: figure` whose label names its figures (`Valid votes: 7,241,562`, not `Total: 98`): a table row of its own. */
export function labelLineAt(lines: NumberedLine[], from: number): { table: ParsedTable; end: number } | null {
  const { line, text } = lines[from]!;
  const match = /^\s*([^:]{2,60}?)\s*:\s*(\S+(?: \S+)*)\s*$/.exec(text);
  if (!match || !lineLabel(match[1]!) || !match[2]!.split(' ').every((f) => FIGURE_CELL.test(f))) return null;
  const row: TableRow = { line, last_line: line, raw: text.trim(), cells: [match[1]!, ...match[2]!.split(' ')] };
  const table: ParsedTable = {
    dialect: 'flattened',
    width: row.cells.length,
    header_rows: [],
    columns: row.cells.map(() => ''),
    rows: [row],
    first_line: line,
    last_line: line,
  };
  return { table, end: from + 1 };
}
