// The lines each stage prints, with counts in words: one of a thing is singular.
import { describe, expect, it } from 'vitest';
import { benchMessage } from '../../pipeline/lib/messages-bench.ts';
import { message } from '../../pipeline/lib/messages.ts';

describe('stage lines', () => {
  it('ingest: sources, lines, blocks and warnings, each plural or not', () => {
    expect(message.ingested(5, 5, 828, 1201, 'build/ingest', 0)).toBe(
      '5 of 5 sources re-read, 828 lines → 1,201 blocks in build/ingest/',
    );
    expect(message.ingested(1, 1, 1, 1, 'build/ingest', 1)).toBe(
      '1 of 1 source re-read, 1 line → 1 block in build/ingest/, 1 warning',
    );
  });

  it('normalise, extract and reconcile', () => {
    expect(message.normalised(1, 1, 'build/normalise/aliases.json', 0, 1)).toBe(
      '1 mention → 1 alias in build/normalise/aliases.json, 0 resolved, 1 unresolved (method "unresolved" in build/normalise/aliases.json; STRICT=1 fails on them)',
    );
    const reading = { source_id: 'made-up', output: 'build/claims/made-up.json', claims: 1, linked: 0, unlinked: 1 };
    expect(
      message.sourceNeedsAttention({ ...reading, unlinked_why: [{ reason: 'no metric could be read', count: 1 }] }),
    ).toBe(
      '  attention: made-up: 1 figure read, 0 linked, 1 unlinked (1: no metric could be read); see linked: false in build/claims/made-up.json',
    );
    const why = ['a', 'b', 'c', 'd'].map((reason, i) => ({ reason, count: 4 - i }));
    expect(message.sourceNeedsAttention({ ...reading, claims: 10, unlinked: 10, unlinked_why: why })).toBe(
      '  attention: made-up: 10 figures read, 0 linked, 10 unlinked (4: a; 3: b; 2 other reasons); see linked: false in build/claims/made-up.json',
    );
    expect(message.sourceNeedsAttention({ ...reading, claims: 0, unlinked: 0, unlinked_why: [] })).toBe(
      '  attention: made-up: 0 figures read, 0 linked, 0 unlinked; see linked: false in build/claims/made-up.json',
    );
    expect(message.extracted(2, 6, 1000, 12, 'build/claims')).toBe(
      '2 of 6 sources re-read → 1,000 claims, 12 unlinked, in build/claims/',
    );
    expect(
      message.reconciled(
        3,
        1,
        [
          ['agreed', 1],
          ['conflict', 0],
        ],
        1,
        1,
        1,
        1,
        'build/reconcile',
      ),
    ).toBe(
      '3 claims → 1 fact (1 agreed, 0 conflict), 1 conflict (1 open), 1 row matched by figures, 1 revision change, in build/reconcile/',
    );
  });

  it('a stage that ran, stopped or failed', () => {
    expect(message.stageDone('ingest', '5 of 5 sources re-read', 41)).toBe('ingest    5 of 5 sources re-read  41 ms');
    expect(message.stageStopped('normalise', ['a', 'b'])).toBe('normalise: stopped, nothing was written\n  a\n  b');
    expect(message.openConflict('wiki-2021-older', 187, 'The older revision prints …')).toBe(
      '  open: wiki-2021-older:187 The older revision prints …',
    );
  });
});

describe('make bench', () => {
  it('prints the median, the range, the runs and the ratio to a bare node start', () => {
    const times = {
      runs: 3,
      builds: [1300.6, 1200.2, 1234.4],
      edits: [400, 420, 380],
      starts: [41.3, 40, 45],
      charts: [500, 520, 480],
    };
    expect(benchMessage.benched(times)).toBe(
      'over 3 runs: clean make all median 1234 ms (1200 ms–1301 ms); report page edit median 400 ms (380 ms–420 ms); ' +
        'node -e 0 median 41 ms (40 ms–45 ms); one chart in a fresh node median 500 ms (480 ms–520 ms); ' +
        'clean build 29.9× a node start, 2.5× one chart; page edit 0.8× one chart',
    );
    expect(benchMessage.benched({ runs: 1, builds: [500], edits: [100], starts: [50], charts: [250] })).toContain(
      'over 1 run:',
    );
  });

  it('SCALE=1 names each corpus as it starts it', () => {
    expect(benchMessage.scaleStarted(1000, 10060, 1)).toBe(
      'bench     N = 1,000 documents + 10,060 polling stations, 1 run…',
    );
    expect(benchMessage.scaleStarted(10, 1, 3)).toBe('bench     N = 10 documents + 1 polling station, 3 runs…');
  });
});
