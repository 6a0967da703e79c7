// End to end: a figure changed in a copy of the corpus reaches the narrative and the chart data of
// the rebuilt reports.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProject } from '../seed-corpus.ts';

let project = '';
const make = () =>
  spawnSync('make', ['all'], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, STRICT: '', MAKEFLAGS: '', MAKELEVEL: '' },
  });
const page = (file: string) => readFileSync(join(project, 'reports', file), 'utf8');
const narrative = (html: string) => html.replace(/<figure[\s\S]*?<\/figure>|<table[\s\S]*?<\/table>/g, '');
const chartData = (html: string) =>
  [...html.matchAll(/<script type="application\/json"[^>]*>([^<]*)<\/script>/g)].map((m) => m[1]).join('\n');

beforeAll(() => {
  project = seedProject('report-corpus-');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

const snapshot = () =>
  Object.fromEntries(
    readdirSync(join(project, 'reports'))
      .filter((f) => f.endsWith('.html'))
      .map((f) => [f, page(f)]),
  );

describe('the reports in make all', { timeout: 120_000 }, () => {
  it('rebuild alone, byte for byte the same, when a page is edited', () => {
    const first = make();
    expect(first.status, first.stderr).toBe(0);
    const before = snapshot();
    // diff.html: the report stage's "no comparison yet" page, until make diff writes one
    expect(Object.keys(before).sort()).toEqual([
      'diff.html',
      'index.html',
      'polls.html',
      'regions.html',
      'results.html',
      'seats.html',
      'sources.html',
      'turnout.html',
    ]);
    const pagePath = join(project, 'pipeline/report/pages/turnout.md');
    writeFileSync(pagePath, readFileSync(pagePath, 'utf8'));
    const again = make();
    expect(again.status, again.stderr).toBe(0);
    expect(
      again.stderr
        .split('\n')
        .filter((l) => /^[a-z]+ {2,}\S/.test(l))
        .map((l) => l.split(' ')[0]),
    ).toEqual(['report']);
    expect(snapshot()).toEqual(before);
  });

  it('show a figure changed in the corpus in the rebuilt narrative and chart data', () => {
    expect(narrative(page('results.html'))).toContain('>792,828</a> votes');
    expect(chartData(page('results.html'))).toContain('"votes":792828');

    // Ak Zhol's 2021 votes, as both revisions of the article print them
    for (const file of ['001_cec818f7c25b34cc.txt', '002_28d5af5a016ac629.txt']) {
      const path = join(project, 'raw', file);
      writeFileSync(path, readFileSync(path, 'utf8').replaceAll('792,828', '793,828'));
    }
    const manifestPath = join(project, 'raw', 'sources.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { sources: { file: string; sha256: string }[] };
    for (const source of manifest.sources)
      source.sha256 = createHash('sha256')
        .update(readFileSync(join(project, 'raw', source.file)))
        .digest('hex');
    writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);

    const second = make();
    expect(second.status, second.stderr).toBe(0);
    expect(second.stderr).toMatch(/^report {4}7 pages, \d+ charts from processed\/ → reports\/ {2}\d+ ms$/m);
    // the changed figure now disagrees with the other revision's: it is shown, marked as disputed
    expect(narrative(page('results.html'))).toContain('>793,828<sup class="mark" aria-hidden="true">?</sup></a> votes');
    expect(narrative(page('results.html'))).not.toContain('792,828');
    expect(chartData(page('results.html'))).toContain('"votes":793828');
    expect(chartData(page('results.html'))).not.toContain('792828');
  });
});
