// reports/diff.html in a real browser (Debian's chromium through playwright-core), opened from disk:
// it loads nothing from anywhere, runs no script a cell smuggles in, and shows the changes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareSides } from '../../pipeline/diff/diff.ts';
import { sideFacts } from '../../pipeline/diff/facts.ts';
import { renderDiffPage } from '../../pipeline/diff/page.ts';
import { readSide } from '../../pipeline/diff/side.ts';
import { CHROMIUM } from '../../pipeline/lib/chromium.ts';

const HOSTILE = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';
let browser: Browser;
let folder = '';
let pageFile = '';

beforeAll(async () => {
  const committed = async (path: string) => readFileSync(join('processed', path), 'utf8');
  const edited = async (path: string) => {
    const text = await committed(path);
    if (path === 'results_regional.csv')
      return text.replace('kz-mazhilis-2021,akmola,auyl,7529,', 'kz-mazhilis-2021,akmola,auyl,7530,');
    if (path === 'aliases.csv') return `${text}"${HOSTILE.replace(/"/g, '""')}",adal,party,exact,name,,1,x,x:1\n`;
    return text;
  };
  const sides = [
    await readSide('HEAD (1234567)', 'processed', committed),
    await readSide('the working tree', 'processed', edited),
  ] as const;
  const diff = compareSides(...sides);
  folder = mkdtempSync(join(tmpdir(), 'diff-page-'));
  pageFile = join(folder, 'diff.html');
  writeFileSync(pageFile, renderDiffPage(diff, { from: sideFacts(sides[0]), to: sideFacts(sides[1]) }));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}, 60_000);
afterAll(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('reports/diff.html in a browser', { timeout: 60_000 }, () => {
  it('opens from disk with no request but its own, no error, and no script run', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(pathToFileURL(pageFile).href);
    expect(requests).toEqual([pathToFileURL(pageFile).href]);
    expect(problems).toEqual([]);
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    await page.close();
  });

  it('blocks a script from another local folder, were markup ever to get in (the CSP of the report pages)', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'elsewhere-'));
    const evil = pathToFileURL(join(elsewhere, 'evil.js')).href;
    writeFileSync(join(elsewhere, 'evil.js'), 'window.pwned = 3;\n');
    const injected = join(folder, 'injected.html');
    writeFileSync(injected, readFileSync(pageFile, 'utf8').replace('<main>', `<main><script src="${evil}"></script>`));
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => problems.push(message.text()));
    await page.goto(pathToFileURL(injected).href);
    expect(await page.evaluate('window.pwned')).toBeUndefined();
    expect(problems).toEqual([expect.stringContaining(`Loading the script '${evil}' violates the following Content`)]);
    await page.close();
    rmSync(elsewhere, { recursive: true, force: true });
  });

  it("shows the changed cell in daff's highlighter, the added row as text, and the tables in the summary's order", async () => {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(pageFile).href);
    expect(await page.locator('#table-results_regional td.modify').allTextContents()).toEqual(['→', '7,529→7,530']);
    expect(await page.locator('#table-aliases tr.add td').nth(1).textContent()).toBe(HOSTILE);
    expect(await page.locator('#by-table h3, section h3').allTextContents()).toEqual(['results_regional', 'aliases']);
    await page.close();
  });
});
