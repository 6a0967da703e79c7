// `make bench`: the floors (a bare node start; one chart rendered in a fresh node), a clean `make all` of
// the real corpus, a no-op `make all` and the rebuild after one change of each kind, all measured in one
// run and interleaved (each run measures every figure once, so a busier moment of a shared machine
// weighs on all of them alike), in a scratch copy of the project.
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from '../lib/collections.ts';
import { readManifest } from '../lib/manifest.ts';
import { timedCommand, timedMake, type Build } from './measure.ts';
import { buildEnvironment } from './project.ts';

/** The median of a figure over the runs, and its range. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export const spread = (values: number[]): Spread => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
});

export interface StageFigure {
  seconds: Spread;
  cpu_seconds: Spread;
  rss_mb: Spread;
}

export interface BuildFigure {
  name: string;
  seconds: Spread;
  /** CPU seconds (user + system): on a shared machine, steadier than the wall time. */
  cpu_seconds: Spread;
  /** Every stage that printed its line in any run, in pipeline order. */
  stages_ran: string[];
  stages: Record<string, StageFigure>;
}

export interface Floor {
  seconds: Spread;
  cpu_seconds: Spread;
}

export interface FloorResults {
  runs: number;
  node_start: Floor;
  one_chart: Floor;
  clean: BuildFigure;
  /** The clean build's median over the one-chart floor's, in wall and in CPU time. */
  clean_to_one_chart: number;
  clean_to_one_chart_cpu: number;
  rebuilds: BuildFigure[];
}

export const STAGE_ORDER = ['bundle', 'ingest', 'normalise', 'extract', 'reconcile', 'analyse', 'emit', 'report'];

// the floor of any report build: a node start that loads vega and vega-lite and renders one small chart
const ONE_CHART = `import * as vega from 'vega';
import { compile } from 'vega-lite';
const spec = { data: { values: [{ a: 'x', b: 1 }, { a: 'y', b: 2 }] }, mark: 'bar', encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } };
await new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' }).toSVG();
`;

/** The changes a rebuild is measured after; `run` makes each edit differ from the last. */
const CHANGES: { name: string; change: (project: string, run: number) => void }[] = [
  { name: 'no-op make all', change: () => {} },
  { name: 'touch one raw file', change: (project) => touch(join(project, 'raw', firstSource(project))) },
  { name: 'touch one registry file', change: (project) => touch(join(project, 'pipeline/registry/parties.json')) },
  {
    name: 'edit one registry file (decisions.json)',
    change: (project, run) => {
      const file = join(project, 'pipeline/registry/decisions.json');
      const registry = JSON.parse(readFileSync(file, 'utf8'));
      registry.decisions[0].reason += ` Checked again (${run + 1}).`;
      writeFileSync(file, `${JSON.stringify(registry, null, 2)}\n`);
    },
  },
  {
    name: 'edit one report page',
    change: (project, run) => appendFileSync(join(project, 'pipeline/report/pages/results.md'), `\nEdit ${run + 1}.\n`),
  },
];

const touch = (path: string) => {
  const now = new Date();
  utimesSync(path, now, now);
};
const firstSource = (project: string) => readManifest(join(project, 'raw/sources.json'))[0]!.file;

export function benchFloor(project: string, runs: number): FloorResults {
  writeFileSync(join(project, 'one-chart.mjs'), ONE_CHART);
  const make = (goal: string) =>
    execFileSync('make', [goal], { cwd: project, stdio: 'ignore', env: buildEnvironment() });
  make('all');
  const starts: ReturnType<typeof timedCommand>[] = [];
  const charts: ReturnType<typeof timedCommand>[] = [];
  const cleans: Build[] = [];
  const rebuilds: Build[][] = CHANGES.map(() => []);
  for (let run = 0; run < runs; run++) {
    starts.push(timedCommand(process.execPath, ['-e', '0'], project));
    charts.push(timedCommand(process.execPath, ['one-chart.mjs'], project));
    make('clean');
    cleans.push(timedMake(project, 'all', null));
    CHANGES.forEach(({ change }, k) => {
      // file times advance in clock ticks: a change in the tick of make's last stamp would look no newer
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
      change(project, run);
      rebuilds[k]!.push(timedMake(project, 'all', null));
    });
  }
  const clean = buildFigure('clean make all', cleans);
  const floor = (runs: ReturnType<typeof timedCommand>[]): Floor => ({
    seconds: spread(runs.map((r) => r.seconds)),
    cpu_seconds: spread(runs.map((r) => r.cpu_seconds)),
  });
  const oneChart = floor(charts);
  return {
    runs,
    node_start: floor(starts),
    one_chart: oneChart,
    clean,
    clean_to_one_chart: clean.seconds.median / oneChart.seconds.median,
    clean_to_one_chart_cpu: clean.cpu_seconds.median / oneChart.cpu_seconds.median,
    rebuilds: CHANGES.map(({ name }, k) => buildFigure(name, rebuilds[k]!)),
  };
}

function buildFigure(name: string, builds: Build[]): BuildFigure {
  const ran = STAGE_ORDER.filter((stage) => builds.some((b) => b.stages[stage]));
  const stages = Object.fromEntries(
    ran.map((stage) => {
      const costs = builds.map((b) => b.stages[stage] ?? { seconds: 0, rss_mb: 0, cpu_seconds: 0 });
      const figure: StageFigure = {
        seconds: spread(costs.map((c) => c.seconds)),
        cpu_seconds: spread(costs.map((c) => c.cpu_seconds ?? 0)),
        rss_mb: spread(costs.map((c) => c.rss_mb)),
      };
      return [stage, figure];
    }),
  );
  const seconds = spread(builds.map((b) => b.seconds));
  return { name, seconds, cpu_seconds: spread(builds.map((b) => b.cpu_seconds)), stages_ran: ran, stages };
}
