// Every message `make bench` shows.
import { count, counted } from './counts.ts';
import { quoted } from './messages.ts';

interface Spread {
  median: number;
  min: number;
  max: number;
}
interface Floor {
  seconds: Spread;
  cpu_seconds: Spread;
}
interface Figure extends Floor {
  name: string;
  stages_ran: string[];
  stages: Record<string, { seconds: Spread; cpu_seconds: Spread; rss_mb: Spread }>;
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
  node_start: Floor;
  one_chart: Floor;
  clean: Figure;
  rebuilds: Figure[];
}): string {
  const ratio = (f: Floor) => `${(f.seconds.median / r.one_chart.seconds.median).toFixed(2)}×`;
  const cpuRatio = (f: Floor) => `${(f.cpu_seconds.median / r.one_chart.cpu_seconds.median).toFixed(2)}×`;
  const row = (name: string, f: Floor, ran: string) => [
    name,
    spreadMs(f.seconds),
    ratio(f),
    spreadMs(f.cpu_seconds),
    cpuRatio(f),
    ran,
  ];
  const stages = Object.entries(r.clean.stages).map(([stage, c]) => [
    stage,
    spreadMs(c.seconds),
    spreadMs(c.cpu_seconds),
    spreadMb(c.rss_mb),
  ]);
  return [
    `make bench: ${counted(r.runs, 'run')} of each, median (min–max)`,
    '',
    columns([
      ['', 'wall', '÷ one chart', 'CPU', '÷ one chart', 'stages that ran'],
      row('node -e 0', r.node_start, ''),
      row('one chart in a fresh node', r.one_chart, ''),
      ...[r.clean, ...r.rebuilds].map((b) => row(b.name, b, b.stages_ran.join(', ') || 'none')),
    ]),
    '',
    columns([['stage (clean make all)', 'wall', 'CPU', 'peak RSS'], ...stages]),
  ].join('\n');
}

export const benchMessage = {
  benched: (runs: number, cleanSeconds: number, ratio: number, cpuRatio: number, results: string) =>
    `${counted(runs, 'run')}: clean make all ${ms(cleanSeconds)} median, ${ratio.toFixed(1)}× one chart (CPU ${cpuRatio.toFixed(1)}×) → ${results}`,
  commandFailed: (command: string, status: number | null, stderr: string) =>
    `${command} failed (status ${status}) in the scratch copy; nothing more was measured. It printed:\n${stderr.slice(-2000)}`,
  floorTable,

  badRuns: (value: string, min = 1) =>
    `RUNS=${quoted(value)}: expected a whole number of runs from ${min} to 99 (make bench RUNS=7); nothing was measured`,
  buildFailed: (goal: string, documents: number | null, status: number | null, tail: string) =>
    `make ${goal} failed (status ${status}) on ${documents === null ? 'the real corpus' : `the synthetic corpus of ${documents} documents, which the pipeline must read`}; nothing more was measured. The end of its output:\n${tail}`,
  scaleStarted: (documents: number, stations: number, runs: number) =>
    `bench     N = ${counted(documents, 'document')} + ${counted(stations, 'polling station')}, ${counted(runs, 'run')}…`,
  longLineStarted: (bytes: number, runs: number) =>
    `bench     the real sources + one line of ${(bytes / 1e6).toLocaleString('en')} MB, ${counted(runs, 'run')}…`,
  scaleBenched: (scales: number, lines: number, results: string) =>
    `${scales > 0 ? `${counted(scales, 'scale')} and ` : ''}${counted(lines, 'long line')} → ${results}`,
  badScale: (value: string) =>
    `SCALE=${quoted(value)}: expected SCALE=1 (the pipeline at 10, 100 and 1000 synthetic documents, then the long lines), SCALE=lines (the real sources plus one line of 100 KB, 1 MB and 5 MB) or no SCALE at all; nothing was measured`,
};
