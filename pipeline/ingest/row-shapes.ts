// Rows that do not fit their table's columns: a `|` inside a cell's text makes one cell too many, a
// ragged row too few. Which column each figure belongs to comes from the shapes of the figures the
// whole rows hold under it (a count, a decimal); where the shapes allow more than one reading, or
// none, the row keeps its cells in order with a note, and its figures are left unlinked.
import { tableNote } from '../lib/messages-tables.ts';
import { isRowLabel } from '../registry/vocabulary.ts';
import type { TableRow } from './blocks.ts';

export type Shape = 'empty' | 'missing' | 'text' | 'count' | 'integer' | 'signed' | 'decimal' | 'mixed';

const MISSING = /^(?:[–—-]|n\/a|N\/A|TBA|TBD|\?)$/;
const SIGN = /^(?:[+\-−–±▲▼△▽↑↓]|Increase|Decrease)\s?(?=\d)/u;
const COUNT = /^(?:\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+|\d{4,})$/;
const DECIMAL = /^\d+[.,]\d+$/;

/** What a cell holds: a figure's shape (a count such as votes, a small integer, a signed change, a decimal), a missing mark, text, or nothing. */
export function shapeOf(cell: string): Shape {
  if (cell === '') return 'empty';
  if (MISSING.test(cell)) return 'missing';
  const digits = cell.replace(SIGN, '').replace(/\s?%$/, '');
  const number = COUNT.test(digits) || /^\d{1,3}$/.test(digits) || DECIMAL.test(digits);
  if (number && SIGN.test(cell)) return 'signed';
  if (COUNT.test(digits)) return 'count';
  if (/^\d{1,3}$/.test(digits)) return 'integer';
  if (DECIMAL.test(digits)) return 'decimal';
  return /\d/.test(cell) ? 'mixed' : 'text';
}

const FIGURES = new Set<Shape>(['count', 'integer', 'signed', 'decimal', 'missing']);
const isFigure = (shape: Shape) => FIGURES.has(shape);

/** The shapes each column holds in the rows of the table's full width. */
export function columnShapes(rows: TableRow[], width: number): Set<Shape>[] {
  const columns = Array.from({ length: width }, () => new Set<Shape>());
  for (const row of rows.filter((r) => r.cells.length === width))
    row.cells.forEach((cell, i) => columns[i]!.add(shapeOf(cell)));
  return columns;
}

// a small integer may be a count (a party's 412 votes) or a change whose sign was lost (`3` for +3);
// every other shape must be one the column holds
const fits = (shape: Shape, column: Set<Shape>) =>
  shape === 'missing'
    ? [...column].some(isFigure)
    : shape !== 'mixed' &&
      (column.has(shape) || (shape === 'integer' && (column.has('count') || column.has('signed'))));

/**
 * A row one cell too wide because a cell's text holds a `|` (`Ak Zhol | Aq Jol`): the one pair of
 * neighbouring text cells whose joining puts every cell under a column of its shape. Null when no
 * pair, or more than one, does.
 */
export function mendSplitCell(cells: string[], columns: Set<Shape>[]): string[] | null {
  if (cells.length !== columns.length + 1) return null;
  const readings = cells.slice(0, -1).flatMap((cell, i) => {
    if (shapeOf(cell) !== 'text' || shapeOf(cells[i + 1]!) !== 'text') return [];
    const joined = [...cells.slice(0, i), `${cell} | ${cells[i + 1]}`, ...cells.slice(i + 2)];
    return joined.every((c, k) => c === '' || fits(shapeOf(c), columns[k]!)) ? [joined] : [];
  });
  return readings.length === 1 ? readings[0]! : null;
}

/**
 * A ragged row with fewer cells than the table's columns (`Adal | 258,618 | 0` under Votes, %, Seats):
 * its name cells stay first, and its figures go, in order, to the one set of columns whose shapes they
 * fit (a count under Votes and Seats, not under %). Null when no set, or more than one, fits.
 */
export function placeShortRow(cells: string[], columns: Set<Shape>[]): string[] | null {
  const names = cells.findIndex((c) => isFigure(shapeOf(c)));
  if (names < 0) return null;
  const figures = cells.slice(names).filter((c) => c !== '');
  if (!figures.every((c) => isFigure(shapeOf(c)))) return null;
  const free = columns.map((_, i) => i).filter((i) => i >= names);
  const placements: number[][] = [];
  const choose = (from: number, picked: number[]) => {
    if (placements.length > 1) return;
    if (picked.length === figures.length) return void placements.push(picked);
    for (let k = from; k < free.length; k++)
      if (fits(shapeOf(figures[picked.length]!), columns[free[k]!]!)) choose(k + 1, [...picked, free[k]!]);
  };
  choose(0, []);
  if (placements.length !== 1) return null;
  const placed = [...cells.slice(0, names), ...Array<string>(columns.length - names).fill('')];
  placements[0]!.forEach((column, k) => (placed[column] = figures[k]!));
  return placed;
}

/**
 * Rows of a regular grid (`width` columns, the header as wide) that are one cell too wide or too narrow:
 * mended or placed by their figures' shapes where exactly one reading fits, otherwise kept with a note.
 */
export function fitRows(body: TableRow[], width: number): TableRow[] {
  const columns = columnShapes(body, width);
  return body.map((row) => {
    // cells past the grid's width that hold nothing are filler (`| ||`), not cells
    let n = row.cells.length;
    while (n > width && row.cells[n - 1] === '') n--;
    const cells = row.cells.slice(0, n);
    // a label row's figures are read in order (`Total | 7,240,845 | 100`), whichever columns they stand in
    if (cells.length === width || cells.length === 0 || isRowLabel(cells.find((c) => c !== '') ?? '')) return row;
    const fitted = cells.length > width ? mendSplitCell(cells, columns) : placeShortRow(cells, columns);
    if (fitted) return { ...row, cells: fitted };
    // extra cells after a row whose cells all fit their columns are extra: the row reads as written
    if (cells.length > width && cells.slice(0, width).every((c, k) => c === '' || fits(shapeOf(c), columns[k]!)))
      return row;
    if (cells.length < width && !cells.some((c) => /\d/.test(c))) return row;
    const note = cells.length > width ? tableNote.rowTooWide : tableNote.rowTooNarrow;
    return { ...row, note: note(cells.length, width) };
  });
}
