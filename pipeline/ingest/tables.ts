import { message } from '../lib/messages.ts';
import type { IngestWarning, TableBlock, TableRow } from './blocks.ts';
import { closesRowsWithPipe, continuesOnNextLine, isSeparatorLine, separatorWidth, splitCells } from './pipe-lines.ts';
import { fitRows } from './row-shapes.ts';

export { splitCells } from './pipe-lines.ts';

export interface NumberedLine {
  line: number;
  text: string;
}

export type ParsedTable = Omit<TableBlock, 'source_id' | 'section' | 'kind'>;

/**
 * Parses the lines of one pipe table. A `---|---` table may carry rows above its header (a chart's
 * labels glued on): they come back as a table of their own, without a header.
 */
export function parsePipeTable(file: string, lines: NumberedLine[], warnings: IngestWarning[]): ParsedTable[] {
  const separator = lines.find((l) => isSeparatorLine(l.text));
  const dialect = separator ? 'separator' : 'leading-pipe';
  // GitHub's tables open every row, the separator too, with a pipe: it opens no cell
  const leadingPipe = !separator || separator.text.trim().startsWith('|');
  const rows = joinContinuations(lines, leadingPipe);
  const tables =
    dialect === 'separator'
      ? splitAtSeparator(file, rows, leadingPipe, warnings)
      : [leadingPipeTable(file, rows, warnings)];
  // filler rows or a lone `---|---` line hold nothing to keep
  return tables.filter((t) => t.header_rows.length + t.rows.length > 0);
}

interface RawRow extends TableRow {
  separatorWidth: number | null;
}

function joinContinuations(lines: NumberedLine[], leadingPipe: boolean): RawRow[] {
  const rows: RawRow[] = [];
  // only a table whose rows close with a pipe wraps a row that does not
  const wraps = closesRowsWithPipe(lines);
  for (let i = 0; i < lines.length; i++) {
    const first = lines[i]!;
    let text = first.text;
    while (wraps && continuesOnNextLine(text) && i + 1 < lines.length && !isSeparatorLine(lines[i + 1]!.text)) {
      text = `${text.trimEnd()} ${lines[++i]!.text.trim()}`;
    }
    const width = isSeparatorLine(text) ? separatorWidth(text) : null;
    rows.push({
      line: first.line,
      last_line: lines[i]!.line,
      raw: first.text.trimEnd(),
      cells: width === null ? splitCells(text, leadingPipe) : [],
      separatorWidth: width,
    });
  }
  return rows;
}

// rows of this dialect end in filler cells (`| ||||`): only the cells up to the last one written count
function written(row: TableRow): number {
  let n = row.cells.length;
  while (n > 0 && row.cells[n - 1] === '') n--;
  return n;
}

const isFiller = (row: TableRow) => row.cells.every((cell) => cell === '');
const named = (row: TableRow) => row.cells.filter((cell) => cell !== '');
const stripRow = ({ line, last_line, raw, cells }: TableRow): TableRow => ({ line, last_line, raw, cells });

/** One table per `---|---` line: its header is the row just above it, its body runs to the next header. */
function splitAtSeparator(
  file: string,
  rows: RawRow[],
  leadingPipe: boolean,
  warnings: IngestWarning[],
): ParsedTable[] {
  // GitHub's rows spell out every cell between their pipes; the other dialect's end in filler cells
  const size = (row: TableRow) => (leadingPipe ? row.cells.length : written(row));
  const content = rows.filter((row) => row.separatorWidth !== null || !isFiller(row));
  const separators = content.flatMap((row, index) => (row.separatorWidth !== null ? [index] : []));
  const headerAt = separators.map((s) => (s > 0 && content[s - 1]!.separatorWidth === null ? s - 1 : null));
  const tables: ParsedTable[] = [];
  const firstHeader = headerAt[0] ?? separators[0]!;
  if (firstHeader > 0) {
    const preamble = content.slice(0, firstHeader).map(stripRow);
    tables.push(makeTable('separator', Math.max(...preamble.map((r) => r.cells.length)), [], preamble));
  }
  separators.forEach((s, k) => {
    const header = headerAt[k] ?? null;
    const bodyEnd = headerAt[k + 1] ?? separators[k + 1] ?? content.length;
    const headerWidth = header !== null ? written(content[header]!) : 0;
    const stripped = content
      .slice(s + 1, bodyEnd)
      .filter((row) => row.separatorWidth === null)
      .map(stripRow);
    // a grid as wide as its header: rows that do not fit it are mended, placed or noted
    const regular = headerWidth === content[s]!.separatorWidth && headerWidth > 1;
    const body = regular ? fitRows(stripped, headerWidth) : stripped;
    const width = Math.max(
      content[s]!.separatorWidth!,
      ...[header !== null ? content[header]! : null, ...body].map((row) => row?.cells.length ?? 0),
    );
    // this dialect's footers and wrapped cells make short rows: one is reported only where every other row is whole
    const short = body.filter((row) => size(row) < headerWidth);
    for (const row of body) {
      if (short.length === 1 && short[0] === row)
        warnings.push({ line: row.line, message: message.tableRowShort(file, row.line, size(row), headerWidth) });
      if (written(row) > content[s]!.separatorWidth!)
        warnings.push({
          line: row.line,
          message: message.tableRowLong(file, row.line, written(row), content[s]!.separatorWidth!),
        });
    }
    tables.push(makeTable('separator', width, header !== null ? [stripRow(content[header]!)] : [], body));
  });
  return tables;
}

function leadingPipeTable(file: string, rows: RawRow[], warnings: IngestWarning[]): ParsedTable {
  const [header, ...unfitted] = rows.filter((row) => !isFiller(row)).map(stripRow);
  const body = header ? fitRows(unfitted, header.cells.length) : unfitted;
  const width = Math.max(...[header, ...body].map((row) => row?.cells.length ?? 0));
  // every row of this dialect spells out all its cells, so a short row has lost one
  for (const row of body) {
    if (header && row.cells.length < header.cells.length)
      warnings.push({
        line: row.line,
        message: message.tableRowShort(file, row.line, row.cells.length, header.cells.length),
      });
    if (header && row.cells.length > header.cells.length)
      warnings.push({
        line: row.line,
        message: message.tableRowLong(file, row.line, row.cells.length, header.cells.length),
      });
  }
  return makeTable('leading-pipe', width, header ? [header] : [], body);
}

function makeTable(
  dialect: TableBlock['dialect'],
  width: number,
  headerRows: TableRow[],
  body: TableRow[],
): ParsedTable {
  const [first, ...rest] = body;
  // a label-only row under the header, above rows with figures, is a second header row (`Votes | %`)
  const subHeader =
    headerRows.length === 1 &&
    first &&
    rest[0] &&
    !/\d/.test(first.cells.join('')) &&
    /\d/.test(rest[0].cells.join(''));
  const header_rows = subHeader ? [...headerRows, first] : headerRows;
  const rows = (subHeader ? rest : body).map((row) => ({ ...row, cells: padCells(row.cells, width) }));
  const first_line = Math.min(...[...header_rows, ...rows].map((r) => r.line));
  const last_line = Math.max(...[...header_rows, ...rows].map((r) => r.last_line));
  return { dialect, width, header_rows, columns: columnNames(header_rows, width), rows, first_line, last_line };
}

const padCells = (cells: string[], width: number) => [
  ...cells,
  ...Array<string>(Math.max(0, width - cells.length)).fill(''),
];

/**
 * Names each column. With a second header row of m labels under n spanning names, the first
 * width − m columns are named by the top row alone and each spanning name covers m / (n − leading) labels.
 */
export function columnNames(headerRows: TableRow[], width: number): string[] {
  const [top, sub] = headerRows;
  if (!top) return padCells([], width);
  if (sub) {
    const spanning = named(top);
    const labels = named(sub);
    const leading = width - labels.length;
    const span = labels.length / (spanning.length - leading);
    if (leading >= 0 && leading < spanning.length && Number.isInteger(span)) {
      const spanned = spanning
        .slice(leading)
        .flatMap((name, i) => labels.slice(i * span, (i + 1) * span).map((label) => `${name} ${label}`));
      return [...spanning.slice(0, leading), ...spanned];
    }
  }
  return padCells(top.cells, width).slice(0, Math.max(width, top.cells.length));
}
