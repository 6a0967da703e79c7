import { parseArgs } from 'node:util';
import { takeUnder } from './attention.ts';
import { message, PipelineError } from './messages.ts';

/** Reads `--name value` options; every one listed is required. */
export function readOptions<const Name extends string>(command: string, names: readonly Name[]): Record<Name, string> {
  const { values } = parseArgs({
    options: Object.fromEntries(names.map((n) => [n, { type: 'string' }])),
    strict: true,
  });
  const missing = names.filter((n) => typeof values[n] !== 'string');
  if (missing.length > 0) {
    throw new PipelineError([message.missingOptions(command, missing, [...names])]);
  }
  return values as Record<Name, string>;
}

/**
 * Runs a stage's entry: logs one line to stderr (`ingest  5 sources → 288 blocks  41 ms`) and exits
 * non-zero on failure, so that make stops. Input problems print their messages alone; bugs print a stack.
 */
export async function runStage(name: string, stage: () => string | Promise<string>): Promise<void> {
  await runStep(name, async () => ({ result: null, summary: await stage() }));
}

/**
 * As runStage, for a stage whose result the next stage in the same process takes: the result, or
 * undefined when the stage failed (its messages printed, the exit code set). What the stage gave to
 * printUnder (lib/attention.ts) follows its line.
 */
export async function runStep<T>(
  name: string,
  step: () => { result: T; summary: string } | Promise<{ result: T; summary: string }>,
): Promise<T | undefined> {
  const started = performance.now();
  try {
    const { result, summary } = await step();
    process.stderr.write(`${message.stageDone(name, summary, Math.round(performance.now() - started))}\n`);
    writeUnder();
    return result;
  } catch (error) {
    if (error instanceof PipelineError) {
      process.stderr.write(`${message.stageStopped(name, error.messages)}\n`);
      writeUnder();
      process.exitCode = 1;
    } else {
      process.stderr.write(`${message.stageFailed(name, (error as Error).stack ?? String(error))}\n`);
      writeUnder();
      process.exitCode = 2;
    }
    return undefined;
  }
}

const writeUnder = () => {
  for (const line of takeUnder()) process.stderr.write(`${line}\n`);
};
