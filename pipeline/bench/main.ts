// bench: how long a clean `make all` takes, against the cost of starting node, in a scratch copy of
// the project (so the working tree's build/ is left alone). Medians, because the machine is shared.
// With --scale, the pipeline on synthetic corpora of 10, 100 and 1000 documents instead.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { runStage } from '../lib/cli.ts';
import { writeJsonAtomic } from '../lib/files.ts';
import { benchMessage } from '../lib/messages-bench.ts';
import { PipelineError } from '../lib/messages.ts';
import { buildEnvironment, removeProject, scratchProject } from './project.ts';
import { benchAtScale, growth, scaleTable, SCALES, SEED, STATIONS } from './scale.ts';
import { median, parseRuns } from './runs.ts';

const time = (run: () => void) => {
  const started = performance.now();
  run();
  return performance.now() - started;
};
const ms = (value: number) => `${Math.round(value)} ms`;

await runStage('bench', () => {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, scale: { type: 'string', default: '' } } });
  if (values.scale !== '' && values.scale !== '1') throw new PipelineError([benchMessage.badScale(values.scale!)]);
  if (values.scale === '1') return scaleBench(parseRuns(values.runs ?? '1'));
  const runs = parseRuns(values.runs ?? '7');
  const project = scratchProject(true);
  try {
    const make = (...goals: string[]) => execFileSync('make', goals, { cwd: project, stdio: 'ignore', env: buildEnvironment() });
    make('all');
    const builds = Array.from({ length: runs }, () => {
      make('clean');
      return time(() => make('all'));
    });
    const starts = Array.from({ length: runs }, () => time(() => execFileSync(process.execPath, ['-e', '0'])));
    return `clean make all: median ${ms(median(builds))} (${ms(Math.min(...builds))}–${ms(Math.max(...builds))}) over ${runs} runs; ` +
      `node -e 0: median ${ms(median(starts))}; ratio ${(median(builds) / median(starts)).toFixed(1)}×`;
  } finally {
    removeProject(project);
  }
});

function scaleBench(runs: number): string {
  const rows = SCALES.map((documents) => {
    process.stderr.write(`${benchMessage.scaleStarted(documents, STATIONS, runs)}\n`);
    return benchAtScale(documents, runs);
  });
  const [, hundred, thousand] = rows;
  const factor = hundred && thousand ? growth(hundred, thousand) : null;
  process.stdout.write(`${scaleTable(rows, factor)}\n`);
  writeJsonAtomic('build/bench/scale.json', { seed: SEED, stations: STATIONS, runs, scales: rows, growth_100_to_1000: factor });
  return `${rows.length} scales → build/bench/scale.json`;
}
