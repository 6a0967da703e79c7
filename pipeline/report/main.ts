// The report stage's entry: reads processed/ and the pages, writes reports/ as a whole (pages and the
// local copies of the chart libraries), keeping the files other commands put there (the README's
// screenshot, diff.html; until make diff writes it, a page saying how to). Each chart's SVG is kept in
// --charts under its key, so that the next build draws only the charts whose spec or data changed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { printUnder, trackerFor } from '../lib/attention.ts';
import { readOptions, runStage } from '../lib/cli.ts';
import { count } from '../lib/counts.ts';
import { replaceFolder } from '../lib/files.ts';
import { message } from '../lib/messages.ts';
import { loadPackage } from './data.ts';
import { DIFF_PAGE, renderNoComparisonPage } from './no-comparison.ts';
import { CHART_SCRIPTS } from './page-shell.ts';
import { renderSite } from './site.ts';

const LIBRARIES: Record<string, string> = {
  'lib/vega.min.js': 'node_modules/vega/build/vega.min.js',
  'lib/vega-lite.min.js': 'node_modules/vega-lite/build/vega-lite.min.js',
  'lib/vega-embed.min.js': 'node_modules/vega-embed/build/vega-embed.min.js',
  'lib/charts.js': 'pipeline/report/assets/charts.js',
};

await runStage('report', async () => {
  const options = readOptions('report', ['processed', 'pages', 'interpreter', 'charts', 'out'] as const);
  const descriptor = JSON.parse(readFileSync(join(options.processed, 'datapackage.json'), 'utf8'));
  const data = loadPackage(descriptor, (path) => readFileSync(join(options.processed, path), 'utf8'));
  const pages = readdirSync(options.pages)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ path: join(options.pages, f), text: readFileSync(join(options.pages, f), 'utf8') }));
  const before = existsSync(options.charts) ? readdirSync(options.charts).filter((f) => f.endsWith('.svg')) : [];
  const drawn = new Map(before.map((f) => [f.replace(/\.svg$/, ''), readFileSync(join(options.charts, f), 'utf8')]));
  const used = new Map<string, string>();
  const { files: html, charts } = await renderSite(pages, data, options.pages, {
    track: trackerFor('report'),
    drawn: { get: (key) => drawn.get(key), set: (key, svg) => void used.set(key, svg) },
  });
  const files = new Map<string, string | Uint8Array>(html);
  const sources: Record<string, string> = { ...LIBRARIES, 'lib/vega-interpreter.js': options.interpreter };
  for (const script of CHART_SCRIPTS) files.set(script, readFileSync(sources[script]!));
  // files another command wrote (the committed screenshot, make diff's page) survive the swap
  for (const name of existsSync(options.out) ? readdirSync(options.out) : []) {
    if (!files.has(name) && name !== 'lib') files.set(name, readFileSync(join(options.out, name)));
  }
  // until make diff has written its page, one that says how to: the navigation links it from every page
  if (!files.has(DIFF_PAGE)) files.set(DIFF_PAGE, renderNoComparisonPage());
  replaceFolder(options.out, files);
  // the charts drawn for this build, and no other: the folder never grows past one build's charts
  replaceFolder(options.charts, new Map([...used].map(([key, svg]) => [`${key}.svg`, svg])));
  printUnder([message.openReports(resolve(options.out, 'index.html'))]);
  return `${count(pages.length)} pages, ${count(charts)} charts from ${options.processed}/ → ${options.out}/`;
});
