// Timing a `make all` recipe by recipe: make runs every recipe through a shell that wraps it in
// /usr/bin/time, which appends the recipe's wall time, its peak RSS and its command line to a log.
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { benchMessage } from '../lib/messages-bench.ts';
import { PipelineError } from '../lib/messages.ts';
import { buildEnvironment } from './project.ts';

/** One stage's cost in one build: wall seconds, the peak RSS of its largest process in MB, and CPU seconds (user + system). */
export interface StageCost {
  seconds: number;
  rss_mb: number;
  cpu_seconds?: number;
}

export interface Build {
  seconds: number;
  rss_mb: number;
  /** CPU seconds (user + system) of every recipe: what the build costs whatever else the machine runs. */
  cpu_seconds: number;
  stages: Record<string, StageCost>;
  /** What the stages printed (their one line each). */
  log: string;
}

const TIMED_SHELL = `#!/usr/bin/env bash\nexec /usr/bin/time -a -o "$BENCH_TIMES" -f '%e %M %U %S %C' bash "$@"\n`;
// reconcile, analyse and emit share a process: each prints its own time on its line
const STAGE_LINE = /^(reconcile|analyse|emit)\s.*\s(\d+) ms$/gm;

/** Runs `make <goal>` in the project and returns the build's cost, stage by stage (`documents`: the synthetic corpus's size, null for the real one). */
export function timedMake(project: string, goal: string, documents: number | null): Build {
  const shell = join(project, '.bench-shell');
  const times = join(project, '.bench-times');
  writeFileSync(shell, TIMED_SHELL);
  chmodSync(shell, 0o755);
  rmSync(times, { force: true });
  const started = performance.now();
  const run = spawnSync('make', [goal, `SHELL=${shell}`], {
    cwd: project,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: buildEnvironment({ BENCH_TIMES: times }),
  });
  const seconds = (performance.now() - started) / 1000;
  const log = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status !== 0)
    throw new PipelineError([benchMessage.buildFailed(goal, documents, run.status, log.slice(-4000))]);
  const stages: Record<string, StageCost> = {};
  let cpu = 0;
  // `make all`'s own recipe (the lock, then make again) holds every other recipe and that make's own work
  let whole: number | null = null;
  for (const line of readFileSync(times, 'utf8').split('\n')) {
    const match = /^([\d.]+) (\d+) ([\d.]+) ([\d.]+) (.*)$/.exec(line);
    if (!match) continue;
    const recipeCpu = Number(match[3]) + Number(match[4]);
    if (match[5]!.includes('PIPELINE_LOCKED=1')) whole = Math.max(whole ?? 0, recipeCpu);
    else cpu += recipeCpu;
    const stage = stageOf(match[5]!);
    if (!stage) continue;
    const cost = (stages[stage] ??= { seconds: 0, rss_mb: 0, cpu_seconds: 0 });
    cost.seconds += Number(match[1]);
    cost.rss_mb = Math.max(cost.rss_mb, Number(match[2]) / 1024);
    cost.cpu_seconds! += recipeCpu;
  }
  // the publish process's time, split between reconcile, analyse and emit by what each printed (its CPU time likewise)
  const shared = stages['publish-process'];
  const printed = [...log.matchAll(STAGE_LINE)].map(([, name, ms]) => ({ name: name!, seconds: Number(ms) / 1000 }));
  const printedTotal = printed.reduce((n, p) => n + p.seconds, 0);
  for (const { name, seconds: stageSeconds } of printed)
    stages[name] = {
      seconds: stageSeconds,
      rss_mb: shared?.rss_mb ?? 0,
      cpu_seconds: printedTotal > 0 ? ((shared?.cpu_seconds ?? 0) * stageSeconds) / printedTotal : 0,
    };
  delete stages['publish-process'];
  const rss_mb = Math.max(0, ...Object.values(stages).map((s) => s.rss_mb));
  return { seconds, rss_mb, cpu_seconds: whole ?? cpu, stages, log };
}

/** The stage a recipe's command line runs: a bundled stage, or the bundling itself. */
function stageOf(command: string): string | null {
  if (command.includes('esbuild')) return 'bundle';
  const stage = /node build\/bin\/(\w+)\.mjs/.exec(command)?.[1];
  if (!stage) return null;
  return stage === 'publish' ? 'publish-process' : stage;
}

/** Runs a command to its end under /usr/bin/time: wall and CPU seconds (user + system). */
export function timedCommand(command: string, args: string[], cwd: string): { seconds: number; cpu_seconds: number } {
  const started = performance.now();
  const run = spawnSync('/usr/bin/time', ['-f', '%U %S', command, ...args], { cwd, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  const [user, system] = (run.stderr ?? '').trim().split('\n').at(-1)!.split(' ').map(Number);
  if (run.status !== 0 || user === undefined || system === undefined || Number.isNaN(user + system))
    throw new PipelineError([benchMessage.commandFailed(`${command} ${args.join(' ')}`, run.status, run.stderr ?? '')]);
  return { seconds, cpu_seconds: user + system };
}
