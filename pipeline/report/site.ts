// The report stage's pure core: pages (Markdown) and processed/ in, HTML files out.
import type { Spec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { silent, type Tracker } from '../lib/attention.ts';
import { PipelineError } from '../lib/messages.ts';
import { reportMessage } from '../lib/report-messages.ts';
import { prepareChart, renderCharts, type DrawnCharts } from './charts.ts';
import type { DataPackage } from './data.ts';
import { readEntities } from './entities.ts';
import { createMarkdown, frontMatter, references } from './markdown.ts';
import { escapeHtml, jsonForScript, renderPage, SITE_NAV } from './page-shell.ts';
import { indexFacts } from './provenance.ts';
import { DISPUTED_MARKS, resolveReference, type Disputed } from './references.ts';
import { ANCHOR_REGISTERS, REGISTERS, renderRegister, type Register } from './registers.ts';
import { renderTableBlock } from './tables.ts';

export interface PageSource {
  /** Path shown in messages, such as pipeline/report/pages/results.md. */
  path: string;
  text: string;
}

const SOURCES_PAGE = 'sources.html';

/** Renders every page; stops with every problem of every page listed, or returns file name → HTML. */
export async function renderSite(
  pages: PageSource[],
  data: DataPackage,
  pagesDir: string,
  { track = silent, drawn = new Map() }: { track?: Tracker; drawn?: DrawnCharts } = {},
): Promise<{ files: Map<string, string>; charts: number }> {
  const md = createMarkdown();
  const facts = indexFacts(data);
  const entities = readEntities(data);
  const errors: string[] = [];
  const charts: { id: string; compiled: Spec; where: { page: string; line: number } }[] = [];
  const registers = new Set<Register>();
  const parsed = pages.map((page) => {
    const file = page.path.replace(/^.*\//, '').replace(/\.md$/, '.html');
    if (!SITE_NAV.some((item) => item.file === file && !item.writtenBy))
      errors.push(reportMessage.pageNotInNav(page.path, file));
    const { title, body } = frontMatter(page.text);
    if (title === null) errors.push(reportMessage.frontMatter(page.path));
    const tokens = md.parse(body, {});
    for (const { token, line } of references(tokens)) {
      const outcome = resolveReference(token.content, { page: page.path, line }, data, facts, SOURCES_PAGE);
      if ('error' in outcome) errors.push(outcome.error);
      else token.meta = { ...token.meta, figure: outcome.figure };
    }
    let count = 0;
    for (const token of tokens.filter((t) => t.type === 'fence')) {
      const where = { page: page.path, line: (token.map?.[0] ?? 0) + 1 };
      const kind = token.info.trim();
      if (kind === 'vega-lite') {
        const outcome = prepareChart(token.content, where, data, entities, facts);
        if ('errors' in outcome) errors.push(...outcome.errors);
        else {
          const id = `chart-${file.replace(/\.html$/, '')}-${++count}`;
          charts.push({ id, compiled: outcome.compiled, where });
          token.meta = { chart: id, spec: outcome.spec };
        }
      } else if (kind === 'table') {
        const outcome = renderTableBlock(token.content, where, data, entities, facts, SOURCES_PAGE);
        if ('error' in outcome) errors.push(outcome.error);
        else token.meta = { html: outcome.html };
      } else if ((REGISTERS as readonly string[]).includes(kind)) {
        registers.add(kind as Register);
        token.meta = { html: renderRegister(kind as Register, data) };
      }
    }
    return { file, title: title ?? '', tokens, charts: count };
  });
  for (const item of SITE_NAV.filter((i) => !i.writtenBy && !parsed.some((p) => p.file === i.file)))
    errors.push(reportMessage.pageMissing(pagesDir, item.file));
  for (const register of REGISTERS.filter((r) => ANCHOR_REGISTERS.includes(r) && !registers.has(r)))
    errors.push(reportMessage.registerMissing(pagesDir, register));
  if (errors.length > 0) throw new PipelineError(errors);

  const svgs = await renderCharts(charts, track, drawn);
  const files = new Map<string, string>();
  for (const page of parsed) {
    for (const token of page.tokens) {
      const meta = token.meta as { chart?: string; spec?: TopLevelSpec } | null;
      if (meta?.chart) token.meta = { html: chartHtml(meta.chart, meta.spec!, svgs.get(meta.chart)!) };
    }
    const body = withLegend(md.renderer.render(page.tokens, md.options, {}));
    files.set(
      page.file,
      renderPage({
        file: page.file,
        title: page.title,
        body,
        charts: page.charts > 0,
        footer: `Built by make all from processed/ (data version ${data.version}). Every figure links to its sources.`,
      }),
    );
  }
  return { files, charts: charts.length };
}

/** A page that shows a disputed figure says what its marks mean, in one line under its heading. */
function withLegend(body: string): string {
  const shown = (Object.keys(DISPUTED_MARKS) as Disputed[]).filter((d) => body.includes(`figure disputed-${d}"`));
  if (shown.length === 0) return body;
  const items = shown.map((d) => `<sup class="mark">${DISPUTED_MARKS[d].mark}</sup> ${DISPUTED_MARKS[d].legend}`);
  const legend = `<p class="legend">${items.join('; ')}. Each side is on the sources page.</p>\n`;
  const heading = body.indexOf('</h1>');
  return heading === -1 ? legend + body : body.slice(0, heading + 5) + '\n' + legend + body.slice(heading + 5);
}

function chartHtml(id: string, spec: TopLevelSpec & { description?: string }, svg: string): string {
  const caption = spec.description ? `<figcaption>${escapeHtml(spec.description)}</figcaption>` : '';
  return (
    `<figure class="chart" id="${id}" data-spec="${id}-spec">` +
    `<div class="static">${svg}</div><div class="interactive"></div>${caption}` +
    `<script type="application/json" id="${id}-spec">${jsonForScript(spec)}</script></figure>\n`
  );
}
