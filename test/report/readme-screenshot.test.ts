// The README's screenshot (reports/index.png) is never stale: this test takes it from a build of the seed corpus
// (build/screenshots/readme.png, the figures it shows written inside it) and fails when the committed
// one shows other figures, saying how to replace it. Numbers are compared, not pixels: fonts differ
// from machine to machine.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { CHROMIUM } from '../../pipeline/lib/chromium.ts';
import { makeIn } from '../scratch-make.ts';
import { seedProject } from '../seed-corpus.ts';
import { figuresIn, withFigures } from './png-figures.ts';

const VIEW = { width: 1100, height: 1000 };
const FRESH = 'build/screenshots/readme.png';
const COMMITTED = 'reports/index.png';
const rmLater: string[] = [];
afterAll(() => {
  for (const folder of rmLater) rmSync(folder, { recursive: true, force: true });
});

describe('the PNG figures chunk', () => {
  it('keeps the figures, replaces them when written again, and leaves the image bytes alone', () => {
    const png = readFileSync(COMMITTED);
    const once = withFigures(png, ['71.09%', '−11.11']);
    expect(figuresIn(once)).toEqual(['71.09%', '−11.11']);
    const twice = withFigures(once, ['76']);
    expect(figuresIn(twice)).toEqual(['76']);
    // the chunk is the only difference: signature, header and image data unchanged
    expect(twice.length - withFigures(png, []).length).toBe(JSON.stringify(['76']).length - 2);
    expect(figuresIn(withFigures(png, []))).toEqual([]);
  });
});

describe("the README's screenshot", () => {
  it('shows the figures the current build shows', { timeout: 120_000 }, async () => {
    // the README shows the project as it ships: the seed corpus, whatever sources a user added to raw/
    const project = seedProject('readme-shot-');
    const built = makeIn(project, ['all']);
    rmLater.push(project);
    expect(built.status, built.out).toBe(0);
    const reports = join(project, 'reports');

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
    });
    try {
      const page = await browser.newPage({ viewport: VIEW });
      await page.goto(pathToFileURL(join(reports, 'index.html')).href);
      await page.waitForFunction("document.querySelectorAll('figure.chart:not(.is-interactive)').length === 0");
      // the figures within the picture: the links to facts whose box is in the first screenful
      const shown = await page.$$eval(
        'main a.figure',
        (anchors, height) =>
          anchors
            .filter((a) => a.getBoundingClientRect().top < height && a.getBoundingClientRect().bottom > 0)
            .map((a) => a.textContent ?? ''),
        VIEW.height,
      );
      expect(shown.length).toBeGreaterThan(10);
      mkdirSync('build/screenshots', { recursive: true });
      writeFileSync(FRESH, withFigures(await page.screenshot(), shown));
      const committed = figuresIn(readFileSync(COMMITTED));
      expect(
        committed,
        `${COMMITTED} is stale: it shows ${JSON.stringify(committed)}, the build ${JSON.stringify(shown)}; ` +
          `look at ${FRESH}, then replace it: cp ${FRESH} ${COMMITTED}`,
      ).toEqual(shown);
    } finally {
      await browser.close();
    }
  });
});
