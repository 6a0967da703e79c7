import { describe, expect, it } from 'vitest';
import { attentionLines, isVerbose, progress } from '../../pipeline/lib/attention.ts';

const items = ['  open: a:1 one', '  open: a:2 two', '  open: a:3 three', '  open: a:4 four', '  open: a:5 five'];

describe('attentionLines', () => {
  it('shows the first three and one line naming how many more and where they all are', () => {
    expect(attentionLines(items, 'open conflicts', 'build/reconcile/conflicts.json', false)).toEqual([
      '  open: a:1 one',
      '  open: a:2 two',
      '  open: a:3 three',
      '  … 2 more: all 5 open conflicts in build/reconcile/conflicts.json (VERBOSE=1 prints every one here)',
    ]);
  });

  it('shows every item when verbose, and a list of three or fewer whole', () => {
    expect(attentionLines(items, 'open conflicts', 'x', true)).toEqual(items);
    expect(attentionLines(items.slice(0, 3), 'open conflicts', 'x', false)).toEqual(items.slice(0, 3));
    expect(attentionLines([], 'open conflicts', 'x', false)).toEqual([]);
  });

  it('reads VERBOSE=1 as verbose, and an empty or 0 VERBOSE as not', () => {
    expect(isVerbose({ VERBOSE: '1' })).toBe(true);
    expect(isVerbose({ VERBOSE: '' })).toBe(false);
    expect(isVerbose({ VERBOSE: '0' })).toBe(false);
    expect(isVerbose({})).toBe(false);
  });
});

describe('progress', () => {
  // a clock the test moves: each step takes `stepMs`
  const run = (isTTY: boolean, total: number, stepMs: number) => {
    let now = 0;
    const written: string[] = [];
    const shown = progress('extract', total, 'source', { isTTY, now: () => now, write: (t) => void written.push(t) });
    for (let i = 0; i < total; i++) {
      now += stepMs;
      shown.step();
    }
    shown.end();
    return written;
  };

  it('stays silent on a stage that ends within two seconds', () => {
    expect(run(true, 100, 10)).toEqual([]);
    expect(run(false, 100, 10)).toEqual([]);
  });

  it('overwrites one line on a terminal after two seconds, and clears it at the end', () => {
    const written = run(true, 5, 1000);
    expect(written).toEqual([
      '\rextract   2 of 5 sources…\x1b[K',
      '\rextract   3 of 5 sources…\x1b[K',
      '\rextract   4 of 5 sources…\x1b[K',
      '\r\x1b[K',
    ]);
  });

  it('prints a sparse line, at most one each five seconds, without a terminal', () => {
    // steps at 1.5 s, 3 s, …: the first line at 3 s (2 of 20), then at 9 s (6 of 20), 15 s (10), 21 s (14), 27 s (18)
    const written = run(false, 20, 1500);
    expect(written).toEqual([
      'extract   2 of 20 sources…\n',
      'extract   6 of 20 sources…\n',
      'extract   10 of 20 sources…\n',
      'extract   14 of 20 sources…\n',
      'extract   18 of 20 sources…\n',
    ]);
  });
});
