import { describe, expect, it } from 'vitest';
import { parseRuns } from '../../pipeline/bench/runs.ts';
import { PipelineError } from '../../pipeline/lib/messages.ts';

const refusal = (text: string) => {
  try {
    parseRuns(text);
  } catch (error) {
    return (error as PipelineError).messages;
  }
  return null;
};

describe('parseRuns', () => {
  it('reads a whole number of runs', () => {
    expect(parseRuns('7')).toBe(7);
    expect(parseRuns('1')).toBe(1);
    expect(parseRuns('99')).toBe(99);
  });

  it('refuses fewer runs than a median of make bench needs', () => {
    expect(parseRuns('5', 5)).toBe(5);
    expect(() => parseRuns('4', 5)).toThrow(
      'RUNS="4": expected a whole number of runs from 5 to 99 (make bench RUNS=7); nothing was measured',
    );
  });

  it('refuses anything else with the value and what was expected, never NaN', () => {
    for (const bad of ['abc', '', '0', '-3', '2.5', '100', ' 5', '5x']) {
      expect(refusal(bad), bad).toEqual([
        `RUNS="${bad}": expected a whole number of runs from 1 to 99 (make bench RUNS=7); nothing was measured`,
      ]);
    }
  });
});
