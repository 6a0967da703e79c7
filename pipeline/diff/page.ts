// reports/diff.html: the same comparison as the terminal summary, for review. It leads with "No
// differences" or the count of what changed, then lists each changed figure in words (its table, its row's
// key, old → new at the table's precision, and a link to its fact on the sources page), the rows added and
// removed, and below, table by table, the rows in daff's highlighter (added green, removed red, changed blue
// with old→new), each in its own scrolling box. In the reports' shared page with their navigation; opens from
// disk: no network, no script.
import daff from 'daff';
import { counted } from '../lib/counts.ts';
import { formatNumber } from '../report/format.ts';
import { escapeHtml, renderPage } from '../report/page-shell.ts';
import { factAnchor } from '../report/provenance.ts';
import type { DataDiff } from './diff.ts';
import type { SideFacts } from './facts.ts';
import { schemaLine } from './summary.ts';
import type { TableDiff } from './table.ts';
import type { Cell } from './typed.ts';

const SOURCES_PAGE = 'sources.html';
const NO_FACT = 'no single fact stands behind this figure (it is computed, or not a figure of the sources)';

// long values wrap; wide tables scroll inside their own box, never the page
const CSS = `.lead{font-size:1.15rem}.table-status{color:#555}.unchanged{color:#777}
main p,main li{overflow-wrap:anywhere}ol.changes li,ul.rows li{margin:.3rem 0}.no-fact{color:#5a6272}
.scroll{overflow-x:auto;max-width:100%}.highlighter table{width:max-content}
.highlighter td{font-size:13px;max-width:28rem}`;

export interface PageSides {
  from: SideFacts;
  to: SideFacts;
}

export function renderDiffPage(diff: DataDiff, sides: PageSides): string {
  const side = ({ label, version }: DataDiff['from']) =>
    `${escapeHtml(label)}, ${version === null ? 'no version' : `version <code>${escapeHtml(version)}</code>`}`;
  const { from, to } = diff.openConflicts;
  const differing = diff.tables.filter((t) => t.status !== 'unchanged');
  const body = [
    `<p class="lead">${lead(diff)}</p>`,
    `<p>From ${side(diff.from)} to ${side(diff.to)}. Rows are matched by each table's primary key and values ` +
      "compared as the types of each side's Table Schema. A fact links to its entry on the sources page of " +
      'these reports, as <code>make all</code> last built them.</p>',
    `<p>Open conflicts: ${from ?? '–'} → ${to ?? '–'}.</p>`,
    ...changeLists(differing, sides),
    ...(differing.length > 0
      ? ['<h2 id="by-table">Table by table</h2>', ...differing.map((t) => tableSection(t, sides))]
      : []),
    '<h2 id="unchanged">Unchanged tables</h2>',
    `<ul class="unchanged">${diff.tables
      .filter((t) => t.status === 'unchanged')
      .map((t) => `<li>${escapeHtml(t.name)} (${counted(t.rows.to, 'row')})</li>`)
      .join('')}</ul>`,
  ].join('\n');
  return renderPage({
    file: 'diff.html',
    title: 'Data versions: what changed in processed/',
    body: `${body}\n`,
    charts: false,
    footer: `Written by make diff from processed/ at two versions: ${diff.from.label} and ${diff.to.label}.`,
    css: `${new daff.DiffRender().sampleCss()}${CSS}\n`,
  });
}

/** "No differences", or how many figures, rows and tables changed. */
function lead(diff: DataDiff): string {
  const differing = diff.tables.filter((t) => t.status !== 'unchanged');
  if (differing.length === 0)
    return `<strong>No differences.</strong> All ${counted(diff.tables.length, 'table')} are the same at both versions.`;
  const sum = (of: (t: TableDiff) => number) => differing.reduce((n, t) => n + of(t), 0);
  const cells = sum((t) => t.changed.reduce((n, row) => n + row.cells.length, 0));
  const of = (status: TableDiff['status'], what: string) => {
    const n = differing.filter((t) => t.status === status).length;
    return n > 0 ? [`${counted(n, 'table')} ${what}`] : [];
  };
  const schema = sum((t) => t.schema.length);
  const parts = [
    `${counted(cells, 'changed figure')} (cells) in ${counted(differing.filter((t) => t.changed.length > 0).length, 'table')}`,
    `${counted(
      sum((t) => t.added.length),
      'row',
    )} added, ${counted(
      sum((t) => t.removed.length),
      'row',
    )} removed`,
    ...(schema > 0 ? [counted(schema, 'column change')] : []),
    ...of('added', 'added'),
    ...of('removed', 'removed'),
    ...of('not-compared', 'not compared'),
  ];
  return `<strong>${escapeHtml(parts[0]!)}</strong>; ${escapeHtml(parts.slice(1).join('; '))}. ${escapeHtml(
    `${differing.length} of ${counted(diff.tables.length, 'table')} differ.`,
  )}`;
}

/** Each changed figure, each row added and each row removed, in words. */
function changeLists(tables: TableDiff[], sides: PageSides): string[] {
  const keyWords = (table: TableDiff, key: Cell[]) =>
    table.key.map((column, i) => `${column} = ${key[i] ?? '(missing)'}`).join(', ');
  const factLink = (factId: string | null) =>
    factId === null
      ? `<span class="no-fact">${escapeHtml(NO_FACT)}</span>`
      : `<a href="${SOURCES_PAGE}#${escapeHtml(factAnchor(factId))}">fact <code>${escapeHtml(factId)}</code></a>`;
  const changed = tables.flatMap((table) =>
    table.changed.flatMap(({ key, cells }) =>
      cells.map(
        (cell) =>
          `<li><strong>${escapeHtml(table.name)}</strong>, row ${escapeHtml(keyWords(table, key))}: ` +
          `<code>${escapeHtml(cell.column)}</code> ` +
          `${escapeHtml(valueWords(cell.from, sides.from.decimals(table.name, cell.column)))} → ` +
          `${escapeHtml(valueWords(cell.to, sides.to.decimals(table.name, cell.column)))}; ` +
          `${factLink(sides.to.factFor(table.name, { columns: table.key, values: key }, cell.column))}</li>`,
      ),
    ),
  );
  const rows = (kind: 'added' | 'removed') =>
    tables.flatMap((table) =>
      table[kind].map((key) => {
        const fact =
          kind === 'added' ? sides.to.factFor(table.name, { columns: table.key, values: key }, 'fact_id') : null;
        return (
          `<li><strong>${escapeHtml(table.name)}</strong>, row ${escapeHtml(keyWords(table, key))}` +
          `${fact === null ? '' : `; ${factLink(fact)}`}</li>`
        );
      }),
    );
  const list = (id: string, heading: string, tag: 'ol' | 'ul', items: string[]) =>
    items.length === 0
      ? []
      : [
          `<h2 id="${id}">${heading}</h2>`,
          `<${tag} class="${tag === 'ol' ? 'changes' : 'rows'}">`,
          ...items,
          `</${tag}>`,
        ];
  return [
    ...list('changed-figures', 'Changed figures', 'ol', changed),
    ...list('rows-added', 'Rows added', 'ul', rows('added')),
    ...list('rows-removed', 'Rows removed', 'ul', rows('removed')),
  ];
}

/** A value in words: missing said so, a figure with thousands separators at its column's decimals. */
function valueWords(value: Cell, decimals: number | null): string {
  if (value === null) return '(missing)';
  const number = Number(value);
  if (decimals === null || value.trim() === '' || !Number.isFinite(number)) return JSON.stringify(value);
  return formatNumber(number, decimals);
}

/**
 * A cell of daff's highlighter with its figures formatted: `old->new` in a changed row (each at its side's
 * precision), a removed row's value at the older side's; the action column, ellipses and text as they are.
 */
function highlightCell(table: TableDiff, sides: PageSides, row: Cell[], at: number, cell: Cell): string {
  const column = table.highlight!.find((r) => r[0] === '@@')?.[at];
  if (cell === null || at === 0 || column === undefined || column === null) return cell ?? '';
  const figure = (text: string, side: SideFacts) => {
    const decimals = side.decimals(table.name, column);
    return decimals === null || !/^[+-]?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(text)
      ? text
      : formatNumber(Number(text), decimals);
  };
  // daff writes a change as old->new in its table (and draws the arrow when it renders it)
  const parts = cell.split('->');
  if (parts.length === 2) return `${figure(parts[0]!, sides.from)}->${figure(parts[1]!, sides.to)}`;
  return figure(cell, row[0] === '---' ? sides.from : sides.to);
}

function tableSection(table: TableDiff, sides: PageSides): string {
  const status = {
    added: `Table added, ${counted(table.rows.to, 'row')}.`,
    removed: `Table removed, ${counted(table.rows.from, 'row')}.`,
    'not-compared': `Rows not compared: ${table.reason ?? ''}`,
    changed:
      `Rows added ${table.added.length}, removed ${table.removed.length}, changed ${table.changed.length}; ` +
      `${table.rows.from} rows → ${table.rows.to}, matched by (${table.key.join(', ')}).`,
    unchanged: '',
  }[table.status];
  const parts = [
    `<section id="table-${escapeHtml(table.name)}">`,
    `<h3>${escapeHtml(table.name)}</h3>`,
    `<p class="table-status">${escapeHtml(status)}</p>`,
  ];
  if (table.schema.length > 0)
    parts.push(`<ul class="schema">${table.schema.map((c) => `<li>${escapeHtml(schemaLine(c))}</li>`).join('')}</ul>`);
  if (table.highlight && table.highlight.length > 1) {
    const render = new daff.DiffRender();
    // daff escapes every cell it renders (quote_html is on by default; set here so it stays on)
    render.quoteHtml(true);
    // daff renders a missing cell as "null": show it empty, as the CSV has it; figures as in the list above
    const header = table.highlight.find((row) => row[0] === '@@') ?? [];
    const cells = table.highlight.map((row) =>
      row === header ? row.map((cell) => cell ?? '') : row.map((cell, i) => highlightCell(table, sides, row, i, cell)),
    );
    parts.push(`<div class="highlighter scroll">\n${render.render(new daff.TableView(cells)).html()}</div>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}
