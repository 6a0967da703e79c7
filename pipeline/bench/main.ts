// bench: how long a clean `make all` and a report page edit take, against the cost of starting node
// and of rendering one chart in a fresh process, in a scratch copy of the project (so the working
// tree's build/ is left alone). Medians, because the machine is shared.
// With --scale, the pipeline on synthetic corpora of 10, 100 and 1000 documents instead.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runStage } from '../lib/cli.ts';
import { writeJsonAtomic } from '../lib/files.ts';
import { benchMessage } from '../lib/messages-bench.ts';
import { PipelineError } from '../lib/messages.ts';
import { scratchProject } from '../lib/scratch.ts';
import { buildEnvironment, removeProject } from './project.ts';
import { benchAtScale, benchLongLine, growth, LONG_LINE_BYTES, scaleTable, SCALES, SEED, STATIONS } from './scale.ts';
import { parseRuns } from './runs.ts';

const time = (run: () => void) => {
  const started = performance.now();
  run();
  return performance.now() - started;
};

// the floor of any report build: a node start that loads vega and vega-lite and renders one small chart
const ONE_CHART = `import * as vega from 'vega';
import { compile } from 'vega-lite';
const spec = { data: { values: [{ a: 'x', b: 1 }, { a: 'y', b: 2 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } };
await new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' }).toSVG();
`;

await runStage('bench', () => {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, scale: { type: 'string', default: '' } } });
  if (values.scale !== '' && values.scale !== '1') throw new PipelineError([benchMessage.badScale(values.scale!)]);
  if (values.scale === '1') return scaleBench(parseRuns(values.runs ?? '1'));
  const runs = parseRuns(values.runs ?? '7');
  const project = scratchProject('bench-');
  try {
    const make = (...goals: string[]) =>
      execFileSync('make', goals, { cwd: project, stdio: 'ignore', env: buildEnvironment() });
    make('all');
    const builds = Array.from({ length: runs }, () => {
      make('clean');
      return time(() => make('all'));
    });
    const page = join(project, 'pipeline/report/pages/results.md');
    const edits = Array.from({ length: runs }, (_, run) => {
      writeFileSync(page, `${readFileSync(page, 'utf8')}\nEdit ${run + 1}.\n`);
      return time(() => make('all'));
    });
    const starts = Array.from({ length: runs }, () => time(() => execFileSync(process.execPath, ['-e', '0'])));
    writeFileSync(join(project, 'one-chart.mjs'), ONE_CHART);
    const charts = Array.from({ length: runs }, () =>
      time(() => execFileSync(process.execPath, ['one-chart.mjs'], { cwd: project })),
    );
    return benchMessage.benched({ runs, builds, edits, starts, charts });
  } finally {
    removeProject(project);
  }
});

function scaleBench(runs: number): string {
  const rows = SCALES.map((documents) => {
    process.stderr.write(`${benchMessage.scaleStarted(documents, STATIONS, runs)}\n`);
    return benchAtScale(documents, runs);
  });
  process.stderr.write(`${benchMessage.longLineStarted(LONG_LINE_BYTES, runs)}\n`);
  const longLine = benchLongLine(runs);
  const [, hundred, thousand] = rows;
  const factor = hundred && thousand ? growth(hundred, thousand) : null;
  process.stdout.write(`${scaleTable([...rows, longLine], factor)}\n`);
  writeJsonAtomic('build/bench/scale.json', {
    seed: SEED,
    stations: STATIONS,
    runs,
    scales: rows,
    growth_100_to_1000: factor,
    long_line: longLine,
  });
  return `${rows.length} scales and the long line → build/bench/scale.json`;
}
