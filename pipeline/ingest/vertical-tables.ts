// A table rendered one cell a line (a results page copied from a browser): its header's labels each on a
// line (`Party`, `Votes`, `%`, `Seats`), then each row as a name line and a line for each figure, blank
// lines or none between them. Each figure keeps the line it stands on.
import { headerLabelOf } from '../registry/vocabulary.ts';
import type { TableRow } from './blocks.ts';
import { FIGURE_CELL } from './flat-tables.ts';
import type { NumberedLine, ParsedTable } from './tables.ts';

const isFigureCell = (text: string) => FIGURE_CELL.test(text.trim());

/** The one-cell-a-line table that opens at `from`, and where it ends; null when the lines there are not one. */
export function verticalTableAt(lines: NumberedLine[], from: number): { table: ParsedTable; end: number } | null {
  const labelOf = (line: NumberedLine | undefined) => (line ? headerLabelOf(line.text) : undefined);
  if (labelOf(lines[from])?.kind !== 'name') return null;
  // only a line that is a name column's header alone (`Party`) gets this far
  const cells = lines.slice(from).filter((l) => l.text.trim() !== '');
  let width = 1;
  while (labelOf(cells[width])?.kind === 'label') width++;
  if (width < 2) return null;
  const rows: (TableRow & { cell_lines: number[] })[] = [];
  for (let at = width; at + width <= cells.length; at += width) {
    const group = cells.slice(at, at + width);
    const [name, ...figures] = group;
    if (isFigureCell(name!.text) || labelOf(name) || !figures.every((f) => isFigureCell(f.text))) break;
    rows.push({
      line: name!.line,
      last_line: group.at(-1)!.line,
      raw: name!.text.trim(),
      cells: group.map((c) => c.text.trim()),
      cell_lines: group.map((c) => c.line),
    });
  }
  if (rows.length === 0) return null;
  const header = cells.slice(0, width);
  const last = rows.at(-1)!.last_line;
  const table: ParsedTable = {
    dialect: 'one-cell-a-line',
    width,
    header_rows: [
      {
        line: header[0]!.line,
        last_line: header.at(-1)!.line,
        raw: header[0]!.text.trim(),
        cells: header.map((h) => h.text.trim()),
      },
    ],
    columns: header.map((h) => h.text.trim()),
    rows,
    first_line: header[0]!.line,
    last_line: last,
  };
  return { table, end: lines.findIndex((l) => l.line === last) + 1 };
}
