// Disputed figures are marked: every figure on a page whose fact the sources dispute (status conflict) or
// disputed until a rule or decision chose (resolved) carries its mark, and the page says what marks mean.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPackage } from '../../pipeline/report/data.ts';
import { DISPUTED_MARKS, figureHtml } from '../../pipeline/report/references.ts';
import { renderSite } from '../../pipeline/report/site.ts';

const status = new Map(
  (parse(readFileSync('processed/facts.csv'), { columns: true }) as { fact_id: string; status: string }[]).map((f) => [
    f.fact_id,
    f.status,
  ]),
);
let pages = new Map<string, string>();

beforeAll(async () => {
  const descriptor = JSON.parse(readFileSync('processed/datapackage.json', 'utf8'));
  const data = loadPackage(descriptor, (path) => readFileSync(join('processed', path), 'utf8'));
  const dir = 'pipeline/report/pages';
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ path: join(dir, f), text: readFileSync(join(dir, f), 'utf8') }));
  pages = (await renderSite(sources, data, dir)).files;
}, 120_000);

const figures = (html: string) =>
  [...html.matchAll(/<a class="figure([^"]*)" href="sources\.html#fact-([^"]+)"[^>]*>(.*?)<\/a>/g)].map((m) => ({
    classes: m[1]!.trim(),
    fact: decodeURIComponent(m[2]!),
    inner: m[3]!,
  }));

describe('disputed figures', () => {
  it('a figure shows its mark, a distinct style and says why in its title', () => {
    const html = figureHtml({ text: '1.80', href: 'sources.html#fact-x', title: 'fact x', disputed: 'conflict' });
    expect(html).toBe(
      '<a class="figure disputed-conflict" href="sources.html#fact-x" ' +
        'title="fact x (disputed: the sources disagree and no rule settles it)">1.80<sup class="mark" aria-hidden="true">?</sup></a>',
    );
    expect(figureHtml({ text: '76', href: 'sources.html#fact-y', title: 'fact y' })).toBe(
      '<a class="figure" href="sources.html#fact-y" title="fact y">76</a>',
    );
  });

  it('every figure of a conflict or resolved fact on every page carries its mark, and no other figure does', () => {
    let marked = 0;
    for (const [file, html] of pages) {
      for (const figure of figures(html)) {
        const disputed = status.get(figure.fact);
        if (disputed === 'conflict' || disputed === 'resolved') {
          marked++;
          expect(figure.classes, `${file}: ${figure.fact}`).toBe(`disputed-${disputed}`);
          expect(figure.inner, `${file}: ${figure.fact}`).toContain(
            `<sup class="mark" aria-hidden="true">${DISPUTED_MARKS[disputed].mark}</sup>`,
          );
        } else expect(figure.classes, `${file}: ${figure.fact}`).toBe('');
      }
    }
    // processed/facts.csv: JSDP's 2016 share is in conflict, Nur Otan's 2021 swing was resolved; both are on the results page
    expect(status.get('vote_share:kz-mazhilis-2016:jsdp')).toBe('conflict');
    expect(status.get('swing:kz-mazhilis-2021:nur-otan')).toBe('resolved');
    expect(marked).toBeGreaterThanOrEqual(2);
  });

  it('a page that shows a marked figure says what each of its marks means, once, under its heading', () => {
    const results = pages.get('results.html')!;
    const legend = /<\/h1>\n<p class="legend">(.*?)<\/p>/.exec(results)?.[1] ?? '';
    expect(legend).toContain(`<sup class="mark">?</sup> ${DISPUTED_MARKS.conflict.legend}`);
    expect(legend).toContain(`<sup class="mark">*</sup> ${DISPUTED_MARKS.resolved.legend}`);
    expect(results.match(/class="legend"/g)).toHaveLength(1);
    for (const [file, html] of pages)
      if (!/figure disputed-/.test(html)) expect(html, file).not.toContain('class="legend"');
  });
});
