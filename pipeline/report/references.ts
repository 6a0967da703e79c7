// A number in the narrative is a reference to one row and field of a processed/ table:
// {{swings[party_id=nur-otan].swing_pp | signed:2}}, or a count of rows: {{count conflicts[resolution=open]}}.
import type { DataPackage, Row, Table } from './data.ts';
import { describeFilter, matches, parseFilter } from './filters.ts';
import { formatValue, parseFormat, type Format } from './format.ts';
import { reportMessage } from '../lib/report-messages.ts';
import { escapeHtml } from './page-shell.ts';
import { factAnchor, tableAnchor, type FactIndex } from './provenance.ts';

export interface Figure {
  text: string;
  /** Where the figure's provenance is: the fact's entry, or the table's entry on the sources page. */
  href: string;
  /** What the link's tooltip says. */
  title: string;
  /** Whether the sources disagree on it: `conflict` (no rule settles it) or `resolved` (a rule or decision did). */
  disputed?: Disputed;
}

export type Disputed = 'conflict' | 'resolved';
/** The mark a disputed figure carries after its text, and what the page's legend says it means. */
export const DISPUTED_MARKS: Record<Disputed, { mark: string; legend: string }> = {
  conflict: { mark: '?', legend: 'disputed: the sources disagree and no rule settles it' },
  resolved: {
    mark: '*',
    legend: 'resolved: the sources disagreed, and a rule or a recorded decision chose this value',
  },
};

/** A figure as the page shows it: a link to its provenance, marked when the sources dispute it. */
export function figureHtml(figure: Figure): string {
  const marked = figure.disputed ? DISPUTED_MARKS[figure.disputed] : null;
  const title = marked ? `${figure.title} (${marked.legend})` : figure.title;
  return (
    `<a class="figure${marked ? ` disputed-${figure.disputed}` : ''}" href="${escapeHtml(figure.href)}" ` +
    `title="${escapeHtml(title)}">${escapeHtml(figure.text)}` +
    (marked ? `<sup class="mark" aria-hidden="true">${marked.mark}</sup>` : '') +
    '</a>'
  );
}

type Located = { page: string; line: number };
type Outcome = { figure: Figure } | { error: string };

const REFERENCE = /^\s*(count\s+)?([a-z_][\w-]*)\s*\[([^\]]*)\]\s*(?:\.\s*([A-Za-z_]\w*))?\s*(?:\|\s*(\S+)\s*)?$/;

export function resolveReference(
  text: string,
  where: Located,
  data: DataPackage,
  facts: FactIndex,
  sourcesPage: string,
): Outcome {
  const { page, line } = where;
  const match = REFERENCE.exec(text);
  const isCount = Boolean(match?.[1]);
  if (!match || isCount === Boolean(match[4])) return { error: reportMessage.referenceSyntax(page, line, text) };
  const [, , name, filterText, field, formatText] = match as unknown as [
    string,
    string,
    string,
    string,
    string | undefined,
    string | undefined,
  ];
  const table = data.tables.get(name);
  if (!table) return { error: reportMessage.unknownTable(page, line, name, [...data.tables.keys()]) };
  const { conditions, bad } = parseFilter(filterText);
  if (bad !== null) return { error: reportMessage.badFilter(page, line, bad) };
  const unknown = [...conditions.map((c) => c.field), ...(field ? [field] : [])].find(
    (f) => !table.fields.some((t) => t.name === f),
  );
  if (unknown)
    return {
      error: reportMessage.unknownField(
        page,
        line,
        name,
        unknown,
        table.fields.map((f) => f.name),
      ),
    };
  let format: Format | null = null;
  if (formatText !== undefined) {
    format = parseFormat(formatText);
    if (!format) return { error: reportMessage.unknownFormat(page, line, formatText) };
  }
  const rows = table.rows.filter((row) => matches(row, conditions));
  const filter = describeFilter(conditions);
  if (isCount)
    return {
      figure: {
        text: String(rows.length),
        href: `${sourcesPage}#${tableAnchor(name)}`,
        title: `rows of ${name} where ${filter}`,
      },
    };
  if (rows.length === 0) return { error: reportMessage.noRow(page, line, name, filter, 'exactly one') };
  if (rows.length > 1) return { error: reportMessage.manyRows(page, line, name, filter, rows.length) };
  const row = rows[0]!;
  // an empty cell whose row says why (the note of an index analyse could not compute): the cause, not "not given"
  if ((row[field!] ?? null) === null && typeof row.note === 'string' && row.note !== '')
    return { error: reportMessage.emptyWithNote(page, line, name, filter, field!, row.note) };
  return { figure: cellFigure(table, row, field!, format, facts, sourcesPage) };
}

/** A cell as printed and linked: to its fact when one fact stands behind it, else to its table's definition. */
export function cellFigure(
  table: Table,
  row: Row,
  field: string,
  format: Format | null,
  facts: FactIndex,
  sourcesPage: string,
): Figure {
  const schema = table.fields.find((f) => f.name === field);
  const text = formatValue(row[field] ?? null, format);
  const factId = facts.factFor(table.name, row, field);
  if (factId) {
    const status = facts.statusOf(factId);
    const disputed = status === 'conflict' || status === 'resolved' ? status : undefined;
    return {
      text,
      href: `${sourcesPage}#${factAnchor(factId)}`,
      title: `fact ${factId}`,
      ...(disputed && { disputed }),
    };
  }
  return {
    text,
    href: `${sourcesPage}#${tableAnchor(table.name)}`,
    title: `computed: ${table.name}.${field}, ${schema?.description ?? ''}`,
  };
}
