// Every report page in Debian's chromium, opened from disk as a reader would: nothing leaves the
// machine, nothing goes to the console, every chart draws marks, every link lands on an anchor that
// exists, the what-if slider changes the seats shown. Screenshots go to build/screenshots/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../pipeline/lib/chromium.ts';
import { SITE_NAV } from '../../pipeline/report/page-shell.ts';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PAGES = SITE_NAV.filter((item) => !item.writtenBy).map((item) => item.file);
let browser: Browser;
let folder = '';
let reports = '';

interface Visit {
  problems: string[];
  requests: string[];
  ids: string[];
  links: string[];
  charts: { id: string; staticMarks: number; interactiveMarks: number }[];
}
const visits = new Map<string, Visit>();

beforeAll(async () => {
  const bundles = spawnSync('make', ['build/bin/report.mjs', 'build/report/vega-interpreter.js'], { encoding: 'utf8' });
  expect(bundles.status, bundles.stderr).toBe(0);
  folder = mkdtempSync(join(tmpdir(), 'reports-'));
  reports = join(folder, 'reports');
  // the pages link to the datasets as ../processed/…
  symlinkSync(resolve('processed'), join(folder, 'processed'));
  const run = spawnSync(
    'node',
    [
      'build/bin/report.mjs',
      '--processed',
      'processed',
      '--pages',
      'pipeline/report/pages',
      '--interpreter',
      'build/report/vega-interpreter.js',
      '--charts',
      join(folder, 'charts'),
      '--out',
      reports,
    ],
    { encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  mkdirSync('build/screenshots', { recursive: true });
  for (const file of PAGES) visits.set(file, await visit(file));
}, 180_000);

afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

async function open(file: string, visit: Pick<Visit, 'problems' | 'requests'>): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    visit.requests.push(url);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      visit.problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => visit.problems.push(`page error: ${error.message}`));
  await page.goto(pathToFileURL(join(reports, file)).href);
  // vega-embed marks a chart interactive once it has drawn it (or logs an error, which fails the test)
  await page
    .waitForFunction("document.querySelectorAll('figure.chart:not(.is-interactive)').length === 0", null, {
      timeout: 20_000,
    })
    .catch(() => undefined);
  return page;
}

async function visit(file: string): Promise<Visit> {
  const result: Visit = { problems: [], requests: [], ids: [], links: [], charts: [] };
  const page = await open(file, result);
  result.ids = await page.$$eval('[id]', (elements) => elements.map((e) => e.id));
  // vega-embed's own menu (href="#", filled in on click) is not the page's
  result.links = await page.$$eval('nav.site a[href], main a[href]', (anchors) =>
    anchors.filter((a) => !a.closest('.vega-embed')).map((a) => a.getAttribute('href')!),
  );
  result.charts = await page.$$eval('figure.chart', (figures) =>
    figures.map((f) => ({
      id: f.id,
      staticMarks: f.querySelectorAll('.static svg .role-mark > *').length,
      interactiveMarks: f.querySelectorAll('.interactive svg .role-mark > *').length,
    })),
  );
  await page.screenshot({ path: join('build/screenshots', file.replace(/\.html$/, '.png')), fullPage: true });
  await page.close();
  return result;
}

const expectedCharts = (file: string) =>
  (readFileSync(join('pipeline/report/pages', file.replace(/\.html$/, '.md')), 'utf8').match(/^```vega-lite$/gm) ?? [])
    .length;

describe('the report pages in chromium, from file://', { timeout: 60_000 }, () => {
  it.each(PAGES)('%s: no console error or warning, no request off the machine', (file) => {
    const { problems, requests } = visits.get(file)!;
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
  });

  it.each(PAGES)('%s: every chart of the page draws marks, pre-rendered and interactive', (file) => {
    const { charts } = visits.get(file)!;
    expect(charts).toHaveLength(expectedCharts(file));
    for (const chart of charts) {
      expect(chart.staticMarks, `${chart.id} (static SVG)`).toBeGreaterThan(0);
      expect(chart.interactiveMarks, `${chart.id} (vega-embed)`).toBeGreaterThan(0);
    }
  });

  it.each(PAGES)('%s: every navigation and provenance link resolves to an existing page, anchor or dataset', (file) => {
    for (const href of visits.get(file)!.links) {
      const [target, fragment] = href.split('#') as [string, string | undefined];
      const path = join(reports, target === '' ? file : target);
      expect(existsSync(path), `${file}: ${href}`).toBe(true);
      if (fragment === undefined) continue;
      const ids = visits.get(target === '' ? file : target)?.ids;
      expect(ids, `${file}: ${href} links into a page that is not a report page`).toBeDefined();
      expect(ids, `${file}: ${href}`).toContain(decodeURIComponent(fragment));
    }
  });

  it('the navigation lists every page, diff.html among them, and the index says how to produce it', () => {
    for (const file of PAGES)
      expect(visits.get(file)!.links).toEqual(expect.arrayContaining(SITE_NAV.map((item) => item.file)));
    expect(readFileSync(join(reports, 'index.html'), 'utf8')).toContain(
      'until you run it, the page says how to make one',
    );
    // until make diff writes it, the report stage's page says how to (so the navigation's link leads somewhere)
    expect(readFileSync(join(reports, 'diff.html'), 'utf8')).toContain(
      '<code>make diff FROM=&lt;rev&gt; TO=&lt;rev&gt;</code>',
    );
  });

  it('every figure in the narrative links to a fact or a dataset on the sources page', async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(join(reports, 'results.html')).href);
    const hrefs = await page.$$eval('main p a.figure', (anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(10);
    for (const href of hrefs) expect(href).toMatch(/^sources\.html#(fact|table)-/);
    expect(hrefs).toContain('sources.html#fact-swing:kz-mazhilis-2021:nur-otan');
    await page.close();
  });

  it('the what-if slider (and the choice of votes) changes the seats shown to the allocation computed for them', async () => {
    const visit = { problems: [] as string[], requests: [] as string[] };
    const page = await open('seats.html', visit);
    const figure = page.locator('figure.chart', { has: page.locator('input[type=range]') });
    // the labels on the bars (axis labels and the title are other groups), in any order
    const seatsShown = async () =>
      (await figure.locator('.interactive svg g.mark-text.role-mark text').allTextContents()).sort();
    // the seats per party in registry order, read straight from processed/seat_whatif.csv
    const whatif = readFileSync('processed/seat_whatif.csv', 'utf8')
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(','));
    const order = ['nur-otan', 'ak-zhol', 'peoples-party', 'auyl', 'adal'];
    const expected = (threshold: string, votes = 'official') =>
      whatif
        .filter((r) => r[1] === votes && r[2] === threshold && order.includes(r[3]!))
        .map((r) => r[4]!)
        .sort();
    expect(await seatsShown()).toEqual(expected('7'));
    await figure.locator('input[type=range]').evaluate((input) => {
      const slider = input as unknown as { value: string; dispatchEvent(event: Event): boolean };
      slider.value = '3';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction(
      "document.querySelector('figure.chart .interactive svg .role-title text')?.textContent?.includes('3%')",
    );
    expect(await seatsShown()).toEqual(expected('3'));
    expect(expected('3')).not.toEqual(expected('7'));
    // and the independent count in place of the official votes
    await figure.locator('select').selectOption('alaman-kz-mazhilis-2021');
    await page.waitForFunction(
      "document.querySelector('figure.chart .interactive svg .role-title text')?.textContent?.includes('alaman')",
    );
    expect(await seatsShown()).toEqual(expected('3', 'alaman-kz-mazhilis-2021'));
    expect(expected('3', 'alaman-kz-mazhilis-2021')).not.toEqual(expected('3'));
    expect(visit.problems).toEqual([]);
    await page.close();
  });

  it('runs no script but its own: one from another local folder, an inline one or a handler is blocked', async () => {
    // markup that got into a page (none does: every text is escaped), beside the page's own scripts: a
    // script by its file: URL and by a path relative to the page, an inline script and a handler
    const elsewhere = mkdtempSync(join(tmpdir(), 'elsewhere-'));
    const evil = join(elsewhere, 'evil.js');
    writeFileSync(evil, 'window.evil = "from another folder";\n');
    const injected =
      `<script src="${pathToFileURL(evil).href}"></script><script src="${relative(reports, evil)}"></script>` +
      '<script>window.evil = "inline";</script><img src="data:," onerror="window.evil = \'handler\'">';
    const html = readFileSync(join(reports, 'results.html'), 'utf8').replace('<main>', `<main>${injected}`);
    expect(html).toContain(injected);
    writeFileSync(join(reports, 'injected.html'), html);
    const visit = { problems: [] as string[], requests: [] as string[] };
    const page = await open('injected.html', visit);
    try {
      expect(await page.evaluate('window.evil')).toBeUndefined();
      const blocked = visit.problems.filter((p) => p.includes('violates the following Content Security Policy'));
      expect(blocked).toHaveLength(4);
      expect(blocked.filter((p) => p.includes(`Loading the script '${pathToFileURL(evil).href}'`))).toHaveLength(2);
      expect(blocked.filter((p) => p.includes('inline script'))).toHaveLength(1);
      expect(blocked.filter((p) => p.includes('inline event handler'))).toHaveLength(1);
      expect(visit.problems.length).toBe(blocked.length);
      // and the page's own scripts ran: every chart is interactive
      const charts = await page.$$eval('figure.chart', (f) => f.map((e) => e.classList.contains('is-interactive')));
      expect(charts).toEqual(Array(expectedCharts('results.html')).fill(true));
    } finally {
      await page.close();
      rmSync(join(reports, 'injected.html'));
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});

// the folder the screenshots land in, for the record: build/screenshots/<page>.png
export const screenshots = resolve(dirname(fileURLToPath(import.meta.url)), '../../build/screenshots');
