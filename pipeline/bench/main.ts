// bench: how long a clean `make all` takes, against the cost of starting node, in a scratch copy of
// the project (so the working tree's build/ is left alone). Medians, because the machine is shared.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { runStage } from '../lib/cli.ts';
import { message } from '../lib/messages.ts';
import { scratchProject } from '../lib/scratch.ts';

const time = (run: () => void) => {
  const started = performance.now();
  run();
  return performance.now() - started;
};
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

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
    return message.benched(median(builds), Math.min(...builds), Math.max(...builds), runs, median(starts));
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
});
