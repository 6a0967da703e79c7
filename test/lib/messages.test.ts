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
        1,
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
      '3 claims → 1 fact (1 agreed, 0 disputed), 1 conflict found (1 open), 1 row matched by figures (1 more claim linked, 1 left unlinked), 1 revision change, in build/reconcile/',
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
  it('prints each figure as its median and range, its ratio to one chart in wall and CPU time, and the stages that ran', () => {
    const spread = (median: number, min: number, max: number) => ({ median, min, max });
    const table = benchMessage.floorTable({
      runs: 5,
      node_start: { seconds: spread(0.041, 0.04, 0.045), cpu_seconds: spread(0.032, 0.02, 0.04) },
      one_chart: { seconds: spread(0.5, 0.48, 0.52), cpu_seconds: spread(0.4, 0.38, 0.45) },
      clean: {
        name: 'clean make all',
        seconds: spread(1.25, 1.2, 1.3),
        cpu_seconds: spread(2, 1.9, 2.2),
        stages_ran: ['bundle', 'ingest'],
        stages: {
          bundle: {
            seconds: spread(0.4, 0.35, 0.45),
            cpu_seconds: spread(0.6, 0.5, 0.7),
            rss_mb: spread(128.4, 120, 130.6),
          },
          ingest: { seconds: spread(0.09, 0.08, 1.1), cpu_seconds: spread(0.1, 0.09, 0.2), rss_mb: spread(85, 84, 86) },
        },
      },
      rebuilds: [
        {
          name: 'no-op make all',
          seconds: spread(0.012, 0.01, 0.015),
          cpu_seconds: spread(0.008, 0.005, 0.01),
          stages_ran: [],
          stages: {},
        },
      ],
    });
    expect(table.split('\n')).toEqual([
      'make bench: 5 runs of each, median (min–max)',
      '',
      '                           wall                    ÷ one chart  CPU                     ÷ one chart  stages that ran',
      'node -e 0                  41 ms (40–45)           0.08×        32 ms (20–40)           0.08×',
      'one chart in a fresh node  500 ms (480–520)        1.00×        400 ms (380–450)        1.00×',
      'clean make all             1,250 ms (1,200–1,300)  2.50×        2,000 ms (1,900–2,200)  5.00×        bundle, ingest',
      'no-op make all             12 ms (10–15)           0.02×        8 ms (5–10)             0.02×        none',
      '',
      'stage (clean make all)  wall              CPU               peak RSS',
      'bundle                  400 ms (350–450)  600 ms (500–700)  128 MB (120–131)',
      'ingest                  90 ms (80–1,100)  100 ms (90–200)   85 MB (84–86)',
    ]);
    expect(benchMessage.benched(7, 1.362, 2.4, 4.56, 'build/bench/results.json')).toBe(
      '7 runs: clean make all 1,362 ms median, 2.4× one chart (CPU 4.6×) → build/bench/results.json',
    );
  });

  it('SCALE=1 names each corpus as it starts it', () => {
    expect(benchMessage.scaleStarted(1000, 10060, 1)).toBe(
      'bench     N = 1,000 documents + 10,060 polling stations, 1 run…',
    );
    expect(benchMessage.scaleStarted(10, 1, 3)).toBe('bench     N = 10 documents + 1 polling station, 3 runs…');
  });

  it('SCALE=1 and SCALE=lines say what they measured', () => {
    expect(benchMessage.scaleBenched(3, 3, 'build/bench/scale.json')).toBe(
      '3 scales and 3 long lines → build/bench/scale.json',
    );
    expect(benchMessage.scaleBenched(0, 3, 'build/bench/scale.json')).toBe('3 long lines → build/bench/scale.json');
  });
});
