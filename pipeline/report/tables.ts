// A ```table block: a processed/ table's rows, chosen columns and filter, with the schema's field titles
// as headers; every figure that is a fact links to it on the sources page.
import type { DataPackage, Row } from './data.ts';
import { ENRICHED_TITLES, type Entities } from './entities.ts';
import { readBlock } from './blocks.ts';
import { matches, parseFilter } from './filters.ts';
import { parseFormat, type Format } from './format.ts';
import { escapeHtml } from './page-shell.ts';
import { factAnchor, type FactIndex } from './provenance.ts';
import { cellFigure, figureHtml } from './references.ts';
import { reportMessage } from '../lib/report-messages.ts';

type Located = { page: string; line: number };
interface Column {
  field: string;
  format: Format | null;
}

export function renderTableBlock(
  text: string,
  where: Located,
  data: DataPackage,
  entities: Entities,
  facts: FactIndex,
  sourcesPage: string,
): { html: string } | { error: string } {
  const block = readBlock(text, 'table', ['table', 'columns', 'where', 'sort'], ['table', 'columns'], where);
  if ('error' in block) return block;
  const { values } = block;
  const table = data.tables.get(values.table!);
  if (!table)
    return { error: reportMessage.unknownTable(where.page, where.line, values.table!, [...data.tables.keys()]) };
  const known = [...table.fields.map((f) => f.name), ...Object.keys(ENRICHED_TITLES)];
  const columns: Column[] = [];
  for (const part of values.columns!.split(',').map((c) => c.trim())) {
    const [field, formatText] = part.split('|').map((p) => p.trim()) as [string, string | undefined];
    if (!known.includes(field))
      return { error: reportMessage.unknownField(where.page, where.line, table.name, field, known) };
    const format = formatText === undefined ? null : parseFormat(formatText);
    if (formatText !== undefined && !format)
      return { error: reportMessage.unknownFormat(where.page, where.line, formatText) };
    columns.push({ field, format });
  }
  const { conditions, bad } = parseFilter(values.where ?? '');
  if (bad !== null) return { error: reportMessage.badFilter(where.page, where.line, bad) };
  const unknown = conditions.find((c) => !known.includes(c.field));
  if (unknown) return { error: reportMessage.unknownField(where.page, where.line, table.name, unknown.field, known) };
  let rows = table.rows.map((row) => entities.enrich(row)).filter((row) => matches(row, conditions));
  if (values.sort) {
    const [field, direction] = values.sort.split(/\s+/) as [string, string | undefined];
    if (!known.includes(field))
      return { error: reportMessage.unknownField(where.page, where.line, table.name, field, known) };
    rows = sortRows(rows, field, direction === 'desc' ? -1 : 1);
  }
  const title = (field: string) => table.fields.find((f) => f.name === field)?.title ?? ENRICHED_TITLES[field] ?? field;
  const header = columns.map((c) => `<th>${escapeHtml(title(c.field))}</th>`).join('');
  const body = rows.map((row) => `<tr>${columns.map((c) => cell(row, c)).join('')}</tr>`).join('\n');
  return {
    html:
      `<div class="table-wrap"><table>\n<thead><tr>${header}</tr></thead>\n` +
      `<tbody>\n${body}\n</tbody></table></div>\n`,
  };

  function cell(row: Row, { field, format }: Column): string {
    const value = row[field] ?? null;
    if (value === null) return '<td class="missing" title="missing: not given, or not applicable">—</td>';
    if (field === 'fact_id')
      return (
        `<td><a href="${sourcesPage}#${escapeHtml(factAnchor(String(value)))}">` +
        `${escapeHtml(String(value))}</a></td>`
      );
    if (typeof value !== 'number')
      return `<td>${escapeHtml(typeof value === 'boolean' ? (value ? 'yes' : 'no') : value)}</td>`;
    const figure = cellFigure(table!, row, field, format, facts, sourcesPage);
    // a cell links to its fact; the table is itself the dataset the other numbers come from
    if (!figure.href.includes('#fact-')) return `<td class="num">${escapeHtml(figure.text)}</td>`;
    return `<td class="num">${figureHtml(figure)}</td>`;
  }
}

function sortRows(rows: Row[], field: string, direction: number): Row[] {
  // missing values last, whatever the direction
  return [...rows].sort((a, b) => {
    const x = a[field] ?? null;
    const y = b[field] ?? null;
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    return (x < y ? -1 : x > y ? 1 : 0) * direction;
  });
}
