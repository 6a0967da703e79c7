import { describe, expect, it } from 'vitest';
import { growth, scaleTable, type ScaleRow } from '../../pipeline/bench/scale.ts';

const row = (documents: number, seconds: number, reconcile: number): ScaleRow => ({
  corpus: `N = ${documents}`,
  documents,
  sources: documents + 1,
  megabytes: documents * 0.03,
  claims: documents * 200,
  runs: 1,
  seconds,
  seconds_min: seconds,
  seconds_max: seconds,
  rss_mb: 100 + documents,
  claims_per_second: (documents * 200) / seconds,
  stages: { ingest: { seconds: seconds / 4, rss_mb: 80 }, reconcile: { seconds: reconcile, rss_mb: 100 + documents } },
});

describe('growth', () => {
  it('divides each figure at the larger scale by the same figure at the smaller one', () => {
    expect(growth(row(100, 5, 2), row(1000, 40, 30))).toEqual({ overall: 8, ingest: 8, reconcile: 15 });
  });
});

describe('scaleTable', () => {
  it('has a line per stage, the whole build and claims per second, with the growth beside them', () => {
    const rows = [row(100, 5, 2), row(1000, 40, 30)];
    const lines = scaleTable(rows, growth(rows[0]!, rows[1]!)).split('\n');
    expect(lines[0]).toMatch(
      /^\s+N = 100 \(101 sources, 3\.0 MB\)\s+N = 1000 \(1001 sources, 30\.0 MB\)\s+growth 100→1000$/,
    );
    expect(lines.find((l) => l.startsWith('reconcile'))).toMatch(
      /^reconcile\s+2\.00 s 200 MB\s+30\.00 s 1100 MB\s+15\.0×$/,
    );
    expect(lines.find((l) => l.startsWith('make all'))).toMatch(
      /^make all\s+5\.00 s 200 MB\s+40\.00 s 1100 MB\s+8\.0×$/,
    );
    expect(lines.find((l) => l.startsWith('claims/s'))).toMatch(
      /^claims\/s\s+4,000 \(20,000 claims\)\s+5,000 \(200,000 claims\)$/,
    );
    expect(lines.find((l) => l.startsWith('normalise'))).toMatch(/^normalise\s+–\s+–$/);
  });
});

describe('the long line in the table', () => {
  it('is a column of its own, named by what was built, beside the scales', () => {
    const long = { ...row(5, 6, 1), corpus: '5 MB line', sources: 6, megabytes: 5.15 };
    const rows = [row(100, 5, 2), row(1000, 40, 30), long];
    const lines = scaleTable(rows, growth(rows[0]!, rows[1]!)).split('\n');
    expect(lines[0]).toMatch(
      /N = 1000 \(1001 sources, 30\.0 MB\)\s+5 MB line \(6 sources, 5\.2 MB\)\s+growth 100→1000$/,
    );
    expect(lines.find((l) => l.startsWith('make all'))).toMatch(
      /^make all\s+5\.00 s 200 MB\s+40\.00 s 1100 MB\s+6\.00 s 105 MB\s+8\.0×$/,
    );
  });
});
