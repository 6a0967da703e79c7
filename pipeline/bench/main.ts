// bench: how long a clean `make all`, a no-op and the rebuild after each kind of change take, stage by
// stage, against the cost of starting node and of rendering one chart in a fresh process, in a scratch
// copy of the project (so the working tree's build/ is left alone): build/bench/results.json. Medians
// and ranges, because the machine is shared.
// With --scale 1, the pipeline on synthetic corpora of 10, 100 and 1000 documents instead, then on the real
// sources plus one long line of 100 KB, 1 MB and 5 MB; with --scale lines, the long lines alone.
import { parseArgs } from 'node:util';
import { runStage } from '../lib/cli.ts';
import { writeJsonAtomic } from '../lib/files.ts';
import { benchMessage } from '../lib/messages-bench.ts';
import { PipelineError } from '../lib/messages.ts';
import { scratchProject } from '../lib/scratch.ts';
import { benchFloor } from './floor.ts';
import { removeProject } from './project.ts';
import {
  benchAtScale,
  benchLongLine,
  growth,
  lineGrowth,
  LONG_LINE_BYTES,
  scaleTable,
  SCALES,
  SEED,
  STATIONS,
} from './scale.ts';
import { MIN_RUNS, parseRuns } from './runs.ts';

const RESULTS = 'build/bench/results.json';

await runStage('bench', () => {
  const { values } = parseArgs({ options: { runs: { type: 'string' }, scale: { type: 'string', default: '' } } });
  if (values.scale !== '' && values.scale !== '1' && values.scale !== 'lines')
    throw new PipelineError([benchMessage.badScale(values.scale!)]);
  if (values.scale !== '') return scaleBench(parseRuns(values.runs ?? '1'), values.scale === 'lines');
  const runs = parseRuns(values.runs ?? '7', MIN_RUNS);
  const project = scratchProject('bench-');
  try {
    const results = benchFloor(project, runs);
    process.stdout.write(`${benchMessage.floorTable(results)}\n`);
    writeJsonAtomic(RESULTS, results);
    const { clean, clean_to_one_chart: ratio, clean_to_one_chart_cpu: cpuRatio } = results;
    return benchMessage.benched(runs, clean.seconds.median, ratio, cpuRatio, RESULTS);
  } finally {
    removeProject(project);
  }
});

function scaleBench(runs: number, linesOnly: boolean): string {
  const rows = (linesOnly ? [] : SCALES).map((documents) => {
    process.stderr.write(`${benchMessage.scaleStarted(documents, STATIONS, runs)}\n`);
    return benchAtScale(documents, runs);
  });
  const lines = LONG_LINE_BYTES.map((bytes) => {
    process.stderr.write(`${benchMessage.longLineStarted(bytes, runs)}\n`);
    return benchLongLine(bytes, runs);
  });
  const [, hundred, thousand] = rows;
  const factor = hundred && thousand ? growth(hundred, thousand) : null;
  const perLine = lineGrowth(lines);
  if (factor) process.stdout.write(`${scaleTable(rows, [{ label: 'growth 100→1000', factor }])}\n\n`);
  process.stdout.write(`${scaleTable(lines, perLine)}\n`);
  writeJsonAtomic('build/bench/scale.json', {
    seed: SEED,
    stations: STATIONS,
    runs,
    scales: rows,
    growth_100_to_1000: factor,
    long_lines: lines,
    long_line_growth_per_10x: perLine,
  });
  return benchMessage.scaleBenched(rows.length, lines.length, 'build/bench/scale.json');
}
