import { benchMessage } from '../lib/messages-bench.ts';
import { PipelineError } from '../lib/messages.ts';

/** A count of runs as written on the command line: a whole number from 1 to 99, or a clear refusal. */
export function parseRuns(text: string): number {
  if (!/^\d{1,2}$/.test(text) || Number(text) < 1) throw new PipelineError([benchMessage.badRuns(text)]);
  return Number(text);
}
