// bench: how long a clean `make all`, a no-op and the rebuild after each kind of change take, stage by
// stage, against the cost of starting node and of rendering one chart in a fresh process, in a scratch
// copy of the project (so the working tree's build/ is left alone): build/bench/results.json. Medians
// and ranges, because the machine is shared.
// With SCALE=1, the pipeline on synthetic corpora of 10, 100 and 1000 documents instead, then on the real
// sources plus one long line of 100 KB, 1 MB and 5 MB; with SCALE=lines, the long lines alone. RUNS and SCALE
// come from the environment, where make passes them (never as shell text), checked before anything runs.
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
  const scale = process.env.SCALE ?? '';
  const atScale = scale === '1' || scale === 'lines';
  const problems = scale === '' || atScale ? [] : [benchMessage.badScale(scale)];
  const runs = readRuns(process.env.RUNS || (atScale ? '1' : '7'), atScale ? 1 : MIN_RUNS, problems);
  if (problems.length > 0) throw new PipelineError(problems);
  if (atScale) return scaleBench(runs, scale === 'lines');
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

/** RUNS as parseRuns reads it, or 0 with its refusal added to `problems` (reported with SCALE's). */
function readRuns(text: string, min: number, problems: string[]): number {
  try {
    return parseRuns(text, min);
  } catch (error) {
    if (!(error instanceof PipelineError)) throw error;
    problems.push(...error.messages);
    return 0;
  }
}

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
