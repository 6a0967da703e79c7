// reports/diff.html: the same comparison as the terminal summary, each table's rows in daff's
// highlighter (added green, removed red, changed blue with old→new), in the reports' shared page with their
// navigation. Opens from disk: no network, no script.
import daff from 'daff';
import { escapeHtml, renderPage } from '../report/page-shell.ts';
import type { DataDiff } from './diff.ts';
import { schemaLine } from './summary.ts';
import type { TableDiff } from './table.ts';

// wide tables scroll at their natural width inside the shared page
const CSS = `.table-status{color:#555}.unchanged{color:#777}
.highlighter{overflow-x:auto}.highlighter table{width:max-content}.highlighter td{font-size:13px;max-width:28rem}`;

export function renderDiffPage(diff: DataDiff): string {
  const side = ({ label, version }: DataDiff['from']) =>
    `${escapeHtml(label)}, ${version === null ? 'no version' : `version <code>${escapeHtml(version)}</code>`}`;
  const { from, to } = diff.openConflicts;
  const body = [
    `<p>From ${side(diff.from)} to ${side(diff.to)}. Rows are matched by each table's primary key and values ` +
      "compared as the types of each side's Table Schema. An empty cell is missing; within a change, " +
      '<code>NULL</code> is.</p>',
    `<p>Open conflicts: ${from ?? '–'} → ${to ?? '–'}.</p>`,
    ...diff.tables.filter((t) => t.status !== 'unchanged').map(tableSection),
    '<h2>Unchanged tables</h2>',
    `<ul class="unchanged">${diff.tables
      .filter((t) => t.status === 'unchanged')
      .map((t) => `<li>${escapeHtml(t.name)} (${t.rows.to} rows)</li>`)
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

function tableSection(table: TableDiff): string {
  const status = {
    added: `Table added, ${table.rows.to} rows.`,
    removed: `Table removed, ${table.rows.from} rows.`,
    'not-compared': `Rows not compared: ${table.reason ?? ''}`,
    changed:
      `Rows added ${table.added.length}, removed ${table.removed.length}, changed ${table.changed.length}; ` +
      `${table.rows.from} rows → ${table.rows.to}, matched by (${table.key.join(', ')}).`,
    unchanged: '',
  }[table.status];
  const parts = [
    `<section id="table-${escapeHtml(table.name)}">`,
    `<h2>${escapeHtml(table.name)}</h2>`,
    `<p class="table-status">${escapeHtml(status)}</p>`,
  ];
  if (table.schema.length > 0)
    parts.push(`<ul class="schema">${table.schema.map((c) => `<li>${escapeHtml(schemaLine(c))}</li>`).join('')}</ul>`);
  if (table.highlight && table.highlight.length > 1) {
    const render = new daff.DiffRender();
    // daff escapes every cell it renders (quote_html is on by default; set here so it stays on)
    render.quoteHtml(true);
    // daff renders a missing cell as "null": show it empty, as the CSV has it
    const cells = table.highlight.map((row) => row.map((cell) => cell ?? ''));
    parts.push(`<div class="highlighter">\n${render.render(new daff.TableView(cells)).html()}</div>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}
