// A stage's entry: one line when it ends, its messages alone when the input is bad, its result for the next stage.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runStage, runStep } from '../../pipeline/lib/cli.ts';
import { PipelineError } from '../../pipeline/lib/messages.ts';

const printed = () => {
  const lines: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((text) => lines.push(String(text)) > 0);
  return lines;
};
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = undefined;
});

describe('runStep', () => {
  it('hands its result on and prints the stage, its summary and its time on one line', async () => {
    const lines = printed();
    expect(await runStep('analyse', () => ({ result: [1, 2], summary: '3 facts → 2 tables' }))).toEqual([1, 2]);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^analyse {3}3 facts → 2 tables {2}\d+ ms\n$/);
    expect(process.exitCode).toBeUndefined();
  });

  it('on bad input prints its messages, exits 1 and hands on nothing, so the next stage does not run', async () => {
    const lines = printed();
    const result = await runStep('emit', (): { result: number; summary: string } => {
      throw new PipelineError(['raw/sources.json: not found', 'raw/x.txt: not listed']);
    });
    expect(result).toBeUndefined();
    expect(lines.join('')).toBe(
      'emit: stopped, nothing was written\n  raw/sources.json: not found\n  raw/x.txt: not listed\n',
    );
    expect(process.exitCode).toBe(1);
  });

  it('on a bug prints the stack and exits 2', async () => {
    const lines = printed();
    await runStage('reconcile', () => {
      throw new TypeError('x is undefined');
    });
    expect(lines.join('')).toMatch(/^reconcile: failed\nTypeError: x is undefined\n {4}at /);
    expect(process.exitCode).toBe(2);
  });
});
