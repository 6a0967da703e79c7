import { describe, expect, it } from 'vitest';
import { growth, lineGrowth, lineLength, scaleTable, type ScaleRow } from '../../pipeline/bench/scale.ts';

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

// the real sources plus a line of `bytes`: the whole build's seconds and peak, and extract's seconds
const line = (bytes: number, seconds: number, rss: number, extract: number): ScaleRow => ({
  ...row(5, seconds, 1),
  corpus: `${lineLength(bytes)} line`,
  line_bytes: bytes,
  sources: 6,
  megabytes: 0.15 + bytes / 1e6,
  rss_mb: rss,
  stages: { extract: { seconds: extract, rss_mb: rss } },
});

describe('growth', () => {
  it('divides each figure at the larger scale by the same figure at the smaller one', () => {
    expect(growth(row(100, 5, 2), row(1000, 40, 30))).toEqual({
      overall: 8,
      peak_rss: 1100 / 200,
      ingest: 8,
      reconcile: 15,
    });
  });

  it('scales a growth over another factor than 10 to a tenfold: linear is 10, quadratic 100', () => {
    // 1 MB → 5 MB: 2 s → 10 s is 5× for 5× the size (linear), 2 s → 50 s is 25× (quadratic), 2 s → 2 s constant
    expect(growth(line(1e6, 2, 100, 2), line(5e6, 10, 100, 2), 5).overall).toBeCloseTo(10, 9);
    expect(growth(line(1e6, 2, 100, 2), line(5e6, 50, 100, 2), 5).overall).toBeCloseTo(100, 9);
    expect(growth(line(1e6, 2, 100, 2), line(5e6, 2, 100, 2), 5).overall).toBeCloseTo(1, 9);
    // 2× the size for 4× the time: quadratic again
    expect(growth(line(1e6, 3, 100, 2), line(2e6, 12, 100, 2), 2).overall).toBeCloseTo(100, 9);
  });

  it('gives 0, not Infinity or NaN, for a figure that was 0 at the smaller scale', () => {
    expect(growth(line(1e6, 2, 100, 0), line(5e6, 10, 100, 3), 5).extract).toBe(0);
  });
});

describe('lineGrowth', () => {
  it('compares each line with the next longer one, per tenfold of its length', () => {
    const rows = [line(1e5, 4, 130, 0.3), line(1e6, 6, 140, 0.6), line(5e6, 12, 250, 3)];
    const [first, second, ...rest] = lineGrowth(rows);
    expect(rest).toEqual([]);
    expect(first!.label).toBe('growth 100 KB→1 MB per 10×');
    expect([first!.from, first!.to]).toEqual(['100 KB line', '1 MB line']);
    // 100 KB → 1 MB is a tenfold: the plain ratios
    expect(first!.factor.overall).toBeCloseTo(1.5, 9);
    expect(first!.factor.peak_rss).toBeCloseTo(140 / 130, 9);
    expect(first!.factor.extract).toBeCloseTo(2, 9);
    // 1 MB → 5 MB: 2× the time is 2^(1 / log10 5) = 2^1.43068 = e^0.99168 = 2.6957 per tenfold, 5× (extract) is 10
    expect(second!.label).toBe('growth 1 MB→5 MB per 10×');
    expect(second!.factor.overall).toBeCloseTo(2.6957, 3);
    expect(second!.factor.extract).toBeCloseTo(10, 9);
  });
});

describe('scaleTable', () => {
  it('has a line per stage, the whole build and claims per second, with the growth beside them', () => {
    const rows = [row(100, 5, 2), row(1000, 40, 30)];
    const lines = scaleTable(rows, [{ label: 'growth 100→1000', factor: growth(rows[0]!, rows[1]!) }]).split('\n');
    expect(lines[0]).toMatch(
      /^\s+N = 100 \(101 sources, 3\.0 MB\)\s+N = 1000 \(1001 sources, 30\.0 MB\)\s+growth 100→1000$/,
    );
    expect(lines.find((l) => l.startsWith('reconcile'))).toMatch(
      /^reconcile\s+2\.00 s 200 MB\s+30\.00 s 1100 MB\s+15\.0×$/,
    );
    expect(lines.find((l) => l.startsWith('make all'))).toMatch(
      /^make all\s+5\.00 s 200 MB\s+40\.00 s 1100 MB\s+8\.0× \(peak 5\.5×\)$/,
    );
    expect(lines.find((l) => l.startsWith('claims/s'))).toMatch(
      /^claims\/s\s+4,000 \(20,000 claims\)\s+5,000 \(200,000 claims\)$/,
    );
    expect(lines.find((l) => l.startsWith('normalise'))).toMatch(/^normalise\s+–\s+–$/);
  });
});

describe('the long lines in the table', () => {
  it('are a column each, named by the line length, with a growth column for each step in length', () => {
    const rows = [line(1e5, 4, 130, 0.3), line(1e6, 6, 140, 0.6), line(5e6, 12, 250, 3)];
    const lines = scaleTable(rows, lineGrowth(rows)).split('\n');
    expect(lines[0]).toMatch(
      /^\s+100 KB line \(6 sources, 0\.3 MB\)\s+1 MB line \(6 sources, 1\.1 MB\)\s+5 MB line \(6 sources, 5\.2 MB\)\s+growth 100 KB→1 MB per 10×\s+growth 1 MB→5 MB per 10×$/,
    );
    expect(lines.find((l) => l.startsWith('extract'))).toMatch(
      /^extract\s+0\.30 s 130 MB\s+0\.60 s 140 MB\s+3\.00 s 250 MB\s+2\.0×\s+10\.0×$/,
    );
    expect(lines.find((l) => l.startsWith('make all'))).toMatch(
      /^make all\s+4\.00 s 130 MB\s+6\.00 s 140 MB\s+12\.00 s 250 MB\s+1\.5× \(peak 1\.1×\)\s+2\.7× \(peak 2\.3×\)$/,
    );
  });
});
