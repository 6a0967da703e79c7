// Every message `make bench` shows.
import { count, counted } from './counts.ts';

interface Spread {
  median: number;
  min: number;
  max: number;
}
interface Figure {
  name: string;
  seconds: Spread;
  stages_ran: string[];
  stages: Record<string, { seconds: Spread; rss_mb: Spread }>;
}

const ms = (seconds: number) => `${count(Math.round(seconds * 1000))} ms`;
const spreadMs = (s: Spread) =>
  `${ms(s.median)} (${count(Math.round(s.min * 1000))}–${count(Math.round(s.max * 1000))})`;
const spreadMb = (s: Spread) => `${Math.round(s.median)} MB (${Math.round(s.min)}–${Math.round(s.max)})`;

/** Columns padded to their widest cell, two spaces apart. */
const columns = (rows: string[][]) => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows
    .map((r) =>
      r
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
};

/** The table `make bench` prints: the floors and every build, then the clean build stage by stage. */
function floorTable(r: {
  runs: number;
  node_start: Spread;
  one_chart: Spread;
  clean: Figure;
  clean_to_one_chart: number;
  rebuilds: Figure[];
}): string {
  const ratio = (s: Spread) => `${(s.median / r.one_chart.median).toFixed(2)}×`;
  const builds = [r.clean, ...r.rebuilds].map((b) => [
    b.name,
    spreadMs(b.seconds),
    ratio(b.seconds),
    b.stages_ran.join(', ') || 'none',
  ]);
  const stages = Object.entries(r.clean.stages).map(([stage, c]) => [stage, spreadMs(c.seconds), spreadMb(c.rss_mb)]);
  return [
    `make bench: ${counted(r.runs, 'run')} of each, median (min–max)`,
    '',
    columns([
      ['', 'wall', '÷ one chart', 'stages that ran'],
      ['node -e 0', spreadMs(r.node_start), ratio(r.node_start), ''],
      ['one chart in a fresh node', spreadMs(r.one_chart), ratio(r.one_chart), ''],
      ...builds,
    ]),
    '',
    columns([['stage (clean make all)', 'wall', 'peak RSS'], ...stages]),
  ].join('\n');
}

export const benchMessage = {
  benched: (runs: number, cleanSeconds: number, ratio: number, results: string) =>
    `${counted(runs, 'run')}: clean make all ${ms(cleanSeconds)} median, ${ratio.toFixed(1)}× one chart → ${results}`,
  floorTable,

  badRuns: (value: string, min = 1) =>
    `RUNS=${value}: expected a whole number of runs from ${min} to 99 (make bench RUNS=7); nothing was measured`,
  buildFailed: (goal: string, documents: number | null, status: number | null, tail: string) =>
    `make ${goal} failed (status ${status}) on ${documents === null ? 'the real corpus' : `the synthetic corpus of ${documents} documents, which the pipeline must read`}; nothing more was measured. The end of its output:\n${tail}`,
  scaleStarted: (documents: number, stations: number, runs: number) =>
    `bench     N = ${counted(documents, 'document')} + ${counted(stations, 'polling station')}, ${counted(runs, 'run')}…`,
  longLineStarted: (bytes: number, runs: number) =>
    `bench     the real sources + one line of ${(bytes / 1e6).toLocaleString('en')} MB, ${counted(runs, 'run')}…`,
  badScale: (value: string) =>
    `SCALE=${value}: expected SCALE=1 (the pipeline at 10, 100 and 1000 synthetic documents) or no SCALE at all; nothing was measured`,
};
