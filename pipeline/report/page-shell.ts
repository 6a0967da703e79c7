// The frame every report page shares: head with the Content Security Policy, styles, navigation,
// and the two escapes for text from the sources. `make diff` renders reports/diff.html with it too.
import { createHash } from 'node:crypto';

export interface NavItem {
  file: string;
  label: string;
  /** For a page another command writes (not the report stage). */
  writtenBy?: string;
}

/** Every page of reports/, in reading order; diff.html is written by `make diff`. */
export const SITE_NAV: NavItem[] = [
  { file: 'index.html', label: 'Overview' },
  { file: 'results.html', label: 'Results and swings' },
  { file: 'regions.html', label: 'Regions' },
  { file: 'turnout.html', label: 'Turnout' },
  { file: 'polls.html', label: 'Polls' },
  { file: 'seats.html', label: 'Seats' },
  { file: 'sources.html', label: 'Sources' },
  { file: 'diff.html', label: 'Data changes', writtenBy: 'make diff' },
];

/** The local copies under reports/lib/ that make charts interactive, in load order. */
export const CHART_SCRIPTS = [
  'lib/vega.min.js',
  'lib/vega-lite.min.js',
  'lib/vega-interpreter.js',
  'lib/vega-embed.min.js',
  'lib/charts.js',
];

/**
 * The page's one script, inline: it adds the chart scripts above, in order (`async = false`), by fixed
 * names relative to the page, reading nothing from the page. From file:// a Content Security Policy's
 * 'self' matches every local file, and Subresource Integrity is refused there (a file is not
 * CORS-enabled), so the policy allows this script by its sha256 and, through 'strict-dynamic', the
 * scripts it adds: any other script, inline or from any file, is blocked, and so are event handlers.
 */
export const LOADER =
  `for (const src of ${JSON.stringify(CHART_SCRIPTS)}) { const script = document.createElement('script'); ` +
  'script.src = src; script.async = false; document.body.appendChild(script); }';

/** Scripts: the loader and what it adds, nothing else (no eval: charts use Vega's expression interpreter); nothing is fetched. */
export const CSP =
  `default-src 'none'; script-src 'sha256-${createHash('sha256').update(LOADER).digest('base64')}' 'strict-dynamic'; ` +
  "style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'";

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text as HTML, safe in element content and in quoted attributes. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** JSON safe inside <script type="application/json">: no `<` (so no `</script>`), `>`, `&` or line separators. */
export const jsonForScript = (value: unknown) =>
  JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export interface Page {
  /** File name under reports/, as in SITE_NAV. */
  file: string;
  title: string;
  /** The page's HTML, already escaped. */
  body: string;
  /** Whether the page has charts to make interactive. */
  charts: boolean;
  /** A line under the footer, such as the data version. */
  footer: string;
  /** Styles of this page alone (the diff page's highlighter), after the shared ones. */
  css?: string;
}

export function renderPage(page: Page): string {
  const nav = SITE_NAV.map(
    (item) =>
      `<a href="${item.file}"${item.file === page.file ? ' aria-current="page"' : ''}>${escapeHtml(item.label)}</a>`,
  ).join('\n');
  const scripts = page.charts ? `<script>${LOADER}</script>` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>${STYLE}${page.css ?? ''}</style>
</head>
<body>
<nav class="site">
${nav}
</nav>
<main>
<h1>${escapeHtml(page.title)}</h1>
${page.body}
</main>
<footer>${escapeHtml(page.footer)}</footer>
${scripts}
</body>
</html>
`;
}

const STYLE = `
:root { color-scheme: light; --ink: #1d2330; --muted: #5a6272; --rule: #d9dde5; --accent: #0b5cad; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); background: #fff; }
nav.site { display: flex; flex-wrap: wrap; gap: .25rem 1.1rem; padding: .7rem 1.5rem; border-bottom: 1px solid var(--rule); background: #f6f7f9; font-size: .95rem; }
nav.site a { color: var(--accent); text-decoration: none; }
nav.site a[aria-current] { color: var(--ink); font-weight: 600; }
main { max-width: 64rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.8rem; margin: .8rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
a { color: var(--accent); }
a.figure { text-decoration: none; border-bottom: 1px dotted var(--accent); font-variant-numeric: tabular-nums; }
a.figure.disputed-conflict { border-bottom: 2px dashed #b2182b; color: #b2182b; }
a.figure.disputed-resolved { border-bottom: 2px dotted #8c510a; }
sup.mark { font-weight: 700; padding-left: .1em; }
p.legend { color: var(--muted); font-size: .9rem; }
figure.chart { margin: 1.2rem 0; overflow-x: auto; }
figure.chart figcaption { color: var(--muted); font-size: .9rem; margin-top: .3rem; }
figure.chart.is-interactive .static { display: none; }
figure.chart .static svg { max-width: 100%; height: auto; }
.vega-embed { max-width: 100%; }
.vega-bindings { margin: .5rem 0; font-size: .95rem; }
.vega-bind { margin-right: 1.2rem; display: inline-block; }
.vega-bind-name { font-weight: 600; margin-right: .4rem; }
table { border-collapse: collapse; margin: 1rem 0; font-size: .92rem; }
.table-wrap { overflow-x: auto; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .55rem; text-align: left; vertical-align: top; }
th { background: #f6f7f9; font-weight: 600; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
blockquote { margin: 1rem 0; background: #fff7e0; border-left: 4px solid #e6a700; padding: .2rem 1rem; }
.missing { color: var(--muted); font-style: italic; }
tr.attention td { background: #fff7e0; }
.note { background: #fff7e0; border-left: 4px solid #e6a700; padding: .5rem .8rem; }
.status { display: inline-block; padding: 0 .45rem; border-radius: .6rem; font-size: .8rem; background: #e8ecf2; }
.status-conflict { background: #fbe0e0; }
.status-resolved { background: #e4eefb; }
.status-derived { background: #efe6f8; }
table.claims { width: 100%; font-size: .85rem; margin: .3rem 0 .6rem; }
table.claims td:first-child { white-space: nowrap; }
section.fact, section.conflict { border-top: 1px solid var(--rule); padding: .5rem 0; }
section.fact:target, section.conflict:target { background: #fffbe6; }
section.fact h3, section.conflict h3 { margin: .2rem 0; font-size: .98rem; }
q.excerpt, code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .85rem; }
q.excerpt { quotes: none; background: #f3f4f6; padding: 0 .25rem; }
footer { color: var(--muted); font-size: .85rem; max-width: 64rem; margin: 0 auto; padding: 1rem 1.5rem 2rem; border-top: 1px solid var(--rule); }
@media print { nav.site, .vega-bindings, .vega-actions { display: none; } }
`;
