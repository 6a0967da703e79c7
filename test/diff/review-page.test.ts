// reports/diff.html end to end, in a scratch copy: a fresh `make all` has no broken link on any page (the
// report stage writes a "no comparison yet" diff.html), then `make diff` on an unchanged and on a changed tree,
// each page read in chromium at a phone's width and a desktop's, with screenshots in build/screenshots/.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../pipeline/lib/chromium.ts';
import { scratchProject } from '../../pipeline/lib/scratch.ts';
import { makeIn } from '../scratch-make.ts';

const SCREENSHOTS = 'build/screenshots';
const WIDTHS = [390, 1280];
let project = '';
let browser: Browser;

const git = (...args: string[]) => {
  const done = spawnSync(
    'git',
    [
      '-c',
      'user.name=diff test',
      '-c',
      'user.email=diff-test@example.invalid',
      '-c',
      'core.hooksPath=/dev/null',
    ].concat(args),
    { cwd: project, encoding: 'utf8' },
  );
  if (done.status !== 0) throw new Error(`git ${args.join(' ')}: ${done.stderr}`);
};
const makeDiff = () => makeIn(project, ['diff'], { CHECK: '', FROM: '', TO: '', LIMIT: '' });
const reports = () => join(project, 'reports');

/** Every href and id of an HTML file as written (attribute values unescaped). */
function linksAndIds(file: string): { hrefs: string[]; ids: Set<string> } {
  const html = readFileSync(file, 'utf8');
  const unescape = (v: string) =>
    v.replace(
      /&(amp|lt|gt|quot|#39);/g,
      (_, e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e as 'amp']!,
    );
  const values = (attribute: string) =>
    [...html.matchAll(new RegExp(`\\s${attribute}="([^"]*)"`, 'g'))].map((m) => unescape(m[1]!));
  return { hrefs: values('href'), ids: new Set(values('id')) };
}

/** Every link of every page of reports/ that leads nowhere: no such file, or no element with the anchor's id. */
function brokenLinks(): string[] {
  const pages = readdirSync(reports()).filter((f) => f.endsWith('.html'));
  const broken: string[] = [];
  for (const page of pages) {
    for (const href of linksAndIds(join(reports(), page)).hrefs) {
      // an address off the machine (a source's web page) is not a file of the build
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      const [target, fragment] = href.split('#') as [string, string | undefined];
      const file = target === '' ? join(reports(), page) : resolve(reports(), decodeURIComponent(target));
      if (!existsSync(file)) broken.push(`${page}: ${href} (no file)`);
      else if (fragment !== undefined && !linksAndIds(file).ids.has(decodeURIComponent(fragment)))
        broken.push(`${page}: ${href} (no id)`);
    }
  }
  return broken;
}

/** Elements wider than the viewport or reaching past its right edge, but those inside a box that scrolls. */
const OVERFLOWING = `(() => {
  const width = document.documentElement.clientWidth;
  const scrolls = (e) => {
    for (let a = e.parentElement; a; a = a.parentElement)
      if (['auto', 'scroll'].includes(getComputedStyle(a).overflowX)) return true;
    return false;
  };
  const wide = [...document.querySelectorAll('body *')]
    .filter((e) => !scrolls(e))
    .filter((e) => e.getBoundingClientRect().width > width + 0.5 || e.getBoundingClientRect().right > width + 0.5)
    .map((e) => e.tagName.toLowerCase() + '.' + e.className + ': ' + Math.round(e.getBoundingClientRect().right) + 'px');
  return { page: document.documentElement.scrollWidth - width, wide };
})()`;
const overflowing = (page: Page) => page.evaluate(OVERFLOWING);

async function open(width: number, shot: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(pathToFileURL(join(reports(), 'diff.html')).href);
  await page.screenshot({ path: join(SCREENSHOTS, `${shot}-${width}.png`), fullPage: true });
  return page;
}

beforeAll(async () => {
  project = scratchProject('review-page-', ['processed']);
  const built = makeIn(project);
  expect(built.status, built.out).toBe(0);
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 900_000);
afterAll(async () => {
  await browser?.close();
  rmSync(project, { recursive: true, force: true });
});

describe('reports/diff.html for review', { timeout: 300_000 }, () => {
  it('a fresh make all: every href of every page resolves to a file and each #anchor to an id', async () => {
    expect(readdirSync(reports())).toEqual(expect.arrayContaining(['diff.html', 'index.html', 'sources.html']));
    // the navigation's diff.html is the page saying how to make a comparison
    const placeholder = readFileSync(join(reports(), 'diff.html'), 'utf8');
    expect(placeholder).toContain('<strong>No comparison yet.</strong>');
    expect(placeholder).toContain('<code>make diff FROM=&lt;rev&gt; TO=&lt;rev&gt;</code>');
    expect(brokenLinks()).toEqual([]);
    // the check sees links: the navigation of every page, and the figures' links to facts
    const index = linksAndIds(join(reports(), 'index.html')).hrefs;
    expect(index).toEqual(expect.arrayContaining(['diff.html', 'sources.html']));
    expect(index.some((href) => href.startsWith('sources.html#fact-'))).toBe(true);
    for (const width of WIDTHS) await (await open(width, 'diff-none-yet')).close();
  });

  it('make diff on an unchanged tree: "No differences", and nothing wider than a phone', async () => {
    git('init', '-q');
    git('add', 'processed');
    git('commit', '-q', '-m', 'the data');
    const shown = makeDiff();
    expect(shown.status, shown.out).toBe(0);
    const page = await open(390, 'diff-unchanged');
    expect(await page.locator('main p.lead').textContent()).toMatch(/^No differences\. All \d+ tables are the same/);
    expect(await page.locator('#changed-figures').count()).toBe(0);
    expect(await overflowing(page)).toEqual({ page: 0, wide: [] });
    await page.close();
    await (await open(1280, 'diff-unchanged')).close();
  });

  it('make diff on a changed tree: the count first, the changed figure in words, its fact on sources.html', async () => {
    const csv = join(project, 'processed/results_regional.csv');
    const text = readFileSync(csv, 'utf8');
    expect(text).toContain('\nkz-mazhilis-2021,akmola,auyl,7529,');
    writeFileSync(csv, text.replace('\nkz-mazhilis-2021,akmola,auyl,7529,', '\nkz-mazhilis-2021,akmola,auyl,7530,'));
    // and a text of claims, the widest table (22 columns): a change with no fact behind it
    const claims = join(project, 'processed/claims.csv');
    const note = 'a vote_share needs a party, and none is named for the figure';
    expect(readFileSync(claims, 'utf8')).toContain(`analysis-2021:19:64,analysis-2021,19,prose,`);
    writeFileSync(claims, readFileSync(claims, 'utf8').replace(`"${note}"`, `"${note}, edited"`));
    const shown = makeDiff();
    expect(shown.status, shown.out).toBe(0);
    expect(brokenLinks()).toEqual([]);
    const page = await open(390, 'diff-changed');
    // one cell in each of two tables: the page's first paragraph says so before anything else
    expect(await page.locator('main > *').nth(1).textContent()).toMatch(
      /^2 changed figures \(cells\) in 2 tables; 0 rows added, 0 rows removed\. 2 of \d+ tables differ\.$/,
    );
    const change = page.locator('#changed-figures + ol.changes > li');
    expect(await change.allTextContents()).toEqual([
      'results_regional, row election_id = kz-mazhilis-2021, region_id = akmola, party_id = auyl: votes 7,529 → 7,530; ' +
        'fact votes:kz-mazhilis-2021:auyl:akmola',
      `claims, row claim_id = analysis-2021:19:64: note "${note}" → "${note}, edited"; ` +
        'no single fact stands behind this figure (it is computed, or not a figure of the sources)',
    ]);
    expect(await overflowing(page)).toEqual({ page: 0, wide: [] });
    // daff's table is wider than the phone, and scrolls inside its own box
    for (const table of ['results_regional', 'claims']) {
      const box = page.locator(`#table-${table} .scroll`);
      expect(await box.evaluate((e) => e.scrollWidth > e.clientWidth)).toBe(true);
    }
    // the link, followed in the browser, lands on the fact's entry of sources.html
    await change.first().locator('a').click();
    await page.waitForURL(/sources\.html#/);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe('#fact-votes:kz-mazhilis-2021:auyl:akmola');
    expect(
      await page.evaluate('document.getElementById(decodeURIComponent(location.hash.slice(1)))?.textContent'),
    ).toContain('votes:kz-mazhilis-2021:auyl:akmola = 7,529');
    await page.close();
    await (await open(1280, 'diff-changed')).close();
  });
});
