// Every message `make bench` shows.
import { median } from './collections.ts';
import { counted } from './counts.ts';

export const benchMessage = {
  benched: (times: { runs: number; builds: number[]; edits: number[]; starts: number[]; charts: number[] }) => {
    const ms = (value: number) => `${Math.round(value)} ms`;
    const summary = (values: number[]) =>
      `median ${ms(median(values))} (${ms(Math.min(...values))}–${ms(Math.max(...values))})`;
    const { runs, builds, edits, starts, charts } = times;
    return (
      `over ${counted(runs, 'run')}: clean make all ${summary(builds)}; report page edit ${summary(edits)}; ` +
      `node -e 0 ${summary(starts)}; one chart in a fresh node ${summary(charts)}; ` +
      `clean build ${(median(builds) / median(starts)).toFixed(1)}× a node start, ${(median(builds) / median(charts)).toFixed(1)}× one chart; ` +
      `page edit ${(median(edits) / median(charts)).toFixed(1)}× one chart`
    );
  },

  badRuns: (value: string) =>
    `RUNS=${value}: expected a whole number of runs from 1 to 99 (make bench RUNS=7); nothing was measured`,
  buildFailed: (goal: string, documents: number, status: number | null, tail: string) =>
    `make ${goal} failed (status ${status}) on the synthetic corpus of ${documents} documents, which the pipeline must read; nothing more was measured. The end of its output:\n${tail}`,
  scaleStarted: (documents: number, stations: number, runs: number) =>
    `bench     N = ${counted(documents, 'document')} + ${counted(stations, 'polling station')}, ${counted(runs, 'run')}…`,
  longLineStarted: (bytes: number, runs: number) =>
    `bench     the real sources + one line of ${(bytes / 1e6).toLocaleString('en')} MB, ${counted(runs, 'run')}…`,
  badScale: (value: string) =>
    `SCALE=${value}: expected SCALE=1 (the pipeline at 10, 100 and 1000 synthetic documents) or no SCALE at all; nothing was measured`,
};
