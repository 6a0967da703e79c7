// bench: how long a clean `make all` and a report page edit take, against the cost of starting node
// and of rendering one chart in a fresh process, in a scratch copy of the project (so the working
// tree's build/ is left alone). Medians, because the machine is shared.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runStage } from '../lib/cli.ts';
import { message } from '../lib/messages.ts';
import { scratchProject } from '../lib/scratch.ts';

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
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '7' } } });
  const runs = Math.max(1, Number(values.runs));
  const project = scratchProject('bench-');
  try {
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
    return message.benched({ runs, builds, edits, starts, charts });
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
