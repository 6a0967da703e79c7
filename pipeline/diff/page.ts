// reports/diff.html: the same comparison as the terminal summary, each table's rows in daff's
// highlighter (added green, removed red, changed blue with old→new). Opens from disk: no network, no script.
import daff from 'daff';
import type { DataDiff } from './diff.ts';
import { schemaLine } from './summary.ts';
import type { TableDiff } from './table.ts';

export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:80rem;padding:0 1rem;color:#222}
h2{margin-top:2rem;font-size:1.15rem}.status{color:#555}.unchanged{color:#777}
.highlighter{overflow-x:auto}.highlighter table{width:max-content}.highlighter td{font-size:13px;max-width:28rem}`;

/** The page around the content (head, CSP, styles); one function, so a shared report shell can take its place. */
export function pageShell(title: string, body: string, css: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
${css}</style>
</head>
<body>
${body}</body>
</html>
`;
}

export function renderDiffPage(diff: DataDiff): string {
  const side = ({ label, version }: DataDiff['from']) => `${escapeHtml(label)}, ${version === null ? 'no version' : `version <code>${escapeHtml(version)}</code>`}`;
  const { from, to } = diff.openConflicts;
  const body = [
    '<h1>Data versions: what changed in processed/</h1>',
    `<p>From ${side(diff.from)} to ${side(diff.to)}. Rows are matched by each table's primary key and values compared as the types of each side's Table Schema. An empty cell is missing; within a change, <code>NULL</code> is.</p>`,
    `<p>Open conflicts: ${from ?? '–'} → ${to ?? '–'}.</p>`,
    ...diff.tables.filter((t) => t.status !== 'unchanged').map(tableSection),
    '<h2>Unchanged tables</h2>',
    `<ul class="unchanged">${diff.tables.filter((t) => t.status === 'unchanged').map((t) => `<li>${escapeHtml(t.name)} (${t.rows.to} rows)</li>`).join('')}</ul>`,
  ].join('\n');
  return pageShell('Data versions', `${body}\n`, `${new daff.DiffRender().sampleCss()}${CSS}\n`);
}

function tableSection(table: TableDiff): string {
  const status = {
    added: `Table added, ${table.rows.to} rows.`,
    removed: `Table removed, ${table.rows.from} rows.`,
    'not-compared': `Rows not compared: ${table.reason ?? ''}`,
    changed: `Rows added ${table.added.length}, removed ${table.removed.length}, changed ${table.changed.length}; ${table.rows.from} rows → ${table.rows.to}, matched by (${table.key.join(', ')}).`,
    unchanged: '',
  }[table.status];
  const parts = [`<section id="table-${escapeHtml(table.name)}">`, `<h2>${escapeHtml(table.name)}</h2>`, `<p class="status">${escapeHtml(status)}</p>`];
  if (table.schema.length > 0) parts.push(`<ul class="schema">${table.schema.map((c) => `<li>${escapeHtml(schemaLine(c))}</li>`).join('')}</ul>`);
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
