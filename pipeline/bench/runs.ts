import { benchMessage } from '../lib/messages-bench.ts';
import { PipelineError } from '../lib/messages.ts';

/** The fewest runs a median of `make bench` is taken over. */
export const MIN_RUNS = 5;

/** A count of runs as written on the command line: a whole number from `min` to 99, or a clear refusal. */
export function parseRuns(text: string, min = 1): number {
  if (!/^\d{1,2}$/.test(text) || Number(text) < min) throw new PipelineError([benchMessage.badRuns(text, min)]);
  return Number(text);
}
