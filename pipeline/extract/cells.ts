// The figures of one table cell: read whole, with the number style of its column, and where they stand on the row.
import type { TableBlock } from '../ingest/blocks.ts';
import { cellStartsOf } from '../ingest/pipe-lines.ts';
import { readFigures, type UnreadNumber } from '../lib/number-tokens.ts';
import { parseNumber, type NumberMention, type NumberStyle } from '../lib/numbers.ts';
import { findDate, isDatePart } from './dates.ts';

export function figuresIn(cell: string, style: NumberStyle): (NumberMention | UnreadNumber)[] {
  if (cell === '' || /^\[\d+\]$/.test(cell) || findDate(cell)) return [];
  const whole = parseNumber(cell, style);
  if (whole) return [whole];
  return readFigures(cell, style, (start, end, text) => isDatePart(cell, start, end, text));
}

/** Where each cell starts on the row's first line: just after its pipe (the first line may hold fewer cells than the row). */
export const cellStarts = (raw: string): number[] => cellStartsOf(raw);

/** Where a cell's figure stands on the row's first line. */
export function figureAt(raw: string, starts: number[], cell: number, figure: string): number {
  const from = starts[cell] ?? starts.at(-1) ?? 0;
  // a row whose cells were mended or placed by shape has its figure elsewhere than its cell's pipe says
  const found = raw.indexOf(figure, from);
  const anywhere = raw.indexOf(figure);
  return found >= 0 ? found : anywhere >= 0 ? anywhere : from;
}

const COMMA_DECIMAL = /^[+−–-]?\d+,(?:\d{1,2}|\d{4,})\s?%?$/;

/** A % (Pct, Процентов, Пайыз) column whose cells write decimal commas (`71,09`, `10,95`) and no decimal points reads commas as decimals. */
export function columnStyle(table: TableBlock, index: number, name: string, style: NumberStyle): NumberStyle {
  if (style.decimalComma || !/%|share|percent|pct|процент|пайыз|доля/i.test(name)) return style;
  const cells = table.rows.map((row) => row.cells[index] ?? '');
  const commas = cells.filter((cell) => COMMA_DECIMAL.test(cell)).length;
  return commas >= 2 && !cells.some((cell) => /\d\.\d/.test(cell)) ? { ...style, decimalComma: true } : style;
}
