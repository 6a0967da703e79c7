// bench: how long a clean `make all` and a report page edit take, against the cost of starting node
// and of rendering one chart in a fresh process, in a scratch copy of the project (so the working
// tree's build/ is left alone). Medians, because the machine is shared.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runStage } from '../lib/cli.ts';

const time = (run: () => void) => {
  const started = performance.now();
  run();
  return performance.now() - started;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${Math.round(value)} ms`;
const summary = (values: number[]) => `median ${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;

// the floor of any report build: a node start that loads vega and vega-lite and renders one small chart
const ONE_CHART = `import * as vega from 'vega';
import { compile } from 'vega-lite';
const spec = { data: { values: [{ a: 'x', b: 1 }, { a: 'y', b: 2 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } };
await new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' }).toSVG();
`;

await runStage('bench', () => {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
  const runs = Math.max(1, Number(values.runs));
  const project = mkdtempSync(join(tmpdir(), 'bench-'));
  try {
    for (const entry of ['Makefile', 'package.json', 'package-lock.json', 'pipeline', 'raw']) cpSync(entry, join(project, entry), { recursive: true, preserveTimestamps: true });
    symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
    const make = (...goals: string[]) => execFileSync('make', goals, { cwd: project, stdio: 'ignore', env: { ...process.env, STRICT: '' } });
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
    const charts = Array.from({ length: runs }, () => time(() => execFileSync(process.execPath, ['one-chart.mjs'], { cwd: project })));
    return `over ${runs} runs: clean make all ${summary(builds)}; report page edit ${summary(edits)}; ` +
      `node -e 0 ${summary(starts)}; one chart in a fresh node ${summary(charts)}; ` +
      `clean build ${(median(builds) / median(starts)).toFixed(1)}× a node start, page edit ${(median(edits) / median(charts)).toFixed(1)}× one chart`;
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
