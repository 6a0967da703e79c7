import { modifiedAt } from './files.ts';

/**
 * Whether an output must be made again: it is missing, or older than one of its inputs. A stage that
 * serves every source in one process (process starts dominate a small build) asks this per source,
 * as make would per file.
 */
export function isStale(output: string, inputs: string[]): boolean {
  const built = modifiedAt(output);
  return built === null || inputs.some((input) => (modifiedAt(input) ?? Infinity) > built);
}
