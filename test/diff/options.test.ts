import { describe, expect, it } from 'vitest';
import { readDiffOptions } from '../../pipeline/diff/options.ts';
import { PipelineError } from '../../pipeline/lib/messages.ts';

const refusal = (args: string[], env: Record<string, string>) => {
  try {
    readDiffOptions(args, env);
  } catch (error) {
    return (error as PipelineError).messages;
  }
  return null;
};

describe('make diff options', () => {
  it('reads FROM, TO, LIMIT and CHECK from the environment, an empty one as not given', () => {
    expect(readDiffOptions([], { FROM: 'v1', TO: 'v2', LIMIT: '3', CHECK: '1' })).toEqual({
      from: 'v1',
      to: 'v2',
      check: true,
      limit: 3,
      processed: 'processed',
      report: 'reports/diff.html',
    });
    expect(readDiffOptions([], { FROM: '', TO: '', LIMIT: '', CHECK: '' })).toMatchObject({
      from: undefined,
      to: undefined,
      check: false,
      limit: 20,
    });
  });

  it('lets the options of build/bin/diff.mjs win over the environment', () => {
    expect(
      readDiffOptions(['--from', 'a', '--to', 'b', '--limit', '0'], { FROM: 'x', TO: 'y', LIMIT: '9' }),
    ).toMatchObject({ from: 'a', to: 'b', limit: 0 });
    expect(refusal(['--from=-x'], { FROM: 'main' })).toEqual([
      'FROM="-x": starts with "-", which git would read as an option, not a revision; ' +
        'expected a branch, a tag or a commit hash (git log --oneline lists them)',
    ]);
  });

  it('shows every control character of a refused value as an escape, and reports all problems at once', () => {
    // DEL, a C1 control and the line separator, which JSON.stringify alone leaves raw
    expect(refusal([], { TO: 'a\u007fb\u0085c\u2028d', LIMIT: '1e3', CHECK: 'yes' })).toEqual([
      'TO="a\\u007fb\\u0085c\\u2028d": has a control character, which no branch or tag name can hold; ' +
        'expected a branch, a tag or a commit hash (git log --oneline lists them)',
      'LIMIT="1e3": not a whole number; expected the rows listed per table, such as LIMIT=20 (the default)',
      'CHECK="yes": expected CHECK=1 (exit 1 when anything differs) or no CHECK at all',
    ]);
  });
});
