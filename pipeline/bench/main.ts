// bench: how long a clean `make all` takes, against the cost of starting node, in a scratch copy of
// the project (so the working tree's build/ is left alone). Medians, because the machine is shared.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runStage } from '../lib/cli.ts';
import { scratchProject } from '../lib/scratch.ts';

const time = (run: () => void) => {
  const started = performance.now();
  run();
  return performance.now() - started;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const ms = (value: number) => `${Math.round(value)} ms`;

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
    const starts = Array.from({ length: runs }, () => time(() => execFileSync(process.execPath, ['-e', '0'])));
    return `clean make all: median ${ms(median(builds))} (${ms(Math.min(...builds))}–${ms(Math.max(...builds))}) over ${runs} runs; ` +
      `node -e 0: median ${ms(median(starts))}; ratio ${(median(builds) / median(starts)).toFixed(1)}×`;
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
