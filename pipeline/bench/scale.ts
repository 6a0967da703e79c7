// `make bench SCALE=1`: the whole pipeline on synthetic corpora of 10, 100 and 1000 documents (plus the
// polling-station table), each in a scratch copy: wall time, peak RSS and claims per second, stage by
// stage, and the growth from 100 to 1000 documents (linear is 10); then the real sources plus one line of
// 100 KB, 1 MB and 5 MB, and the growth from each line length to the next, per tenfold (linear is 10).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromCSV } from 'arquero';
import { median } from '../lib/collections.ts';
import { readJson } from '../lib/files.ts';
import { scratchProject } from '../lib/scratch.ts';
import { loadRegistry } from '../registry/registry.ts';
import { longLineCorpus, syntheticCorpus, type SyntheticCorpus } from './corpus.ts';
import { timedMake, type StageCost } from './measure.ts';
import { readRealSources, removeProject, writeCorpus } from './project.ts';

export const SCALES = [10, 100, 1000];
export const STATIONS = 10_060;
export const SEED = 20210110;
/** The lengths of the single line of prose each long-line build adds to the real sources. */
export const LONG_LINE_BYTES = [100_000, 1_000_000, 5_000_000];
const STAGES = ['bundle', 'ingest', 'normalise', 'extract', 'reconcile', 'analyse', 'emit', 'report'];

export interface ScaleRow {
  /** What was built: `N = 100`, or `5 MB line` for the real sources plus the single long line. */
  corpus: string;
  /** The long line's length in bytes (long-line builds only): what their growth is measured against. */
  line_bytes?: number;
  documents: number;
  sources: number;
  megabytes: number;
  claims: number;
  runs: number;
  /** Medians over the runs; `min`/`max` of the whole build's seconds. */
  seconds: number;
  seconds_min: number;
  seconds_max: number;
  rss_mb: number;
  claims_per_second: number;
  stages: Record<string, StageCost>;
}

/** The national votes of each party at the latest election, as `make all` published them. */
export function nationalVotes(processed: string, election: string): { party_id: string; votes: number }[] {
  const rows = fromCSV(readFileSync(join(processed, 'results_national.csv'), 'utf8'), {
    autoType: false,
  }).objects() as Record<string, string>[];
  return rows
    .filter((r) => r.election_id === election && r.votes !== '' && r.votes !== undefined)
    .map((r) => ({ party_id: r.party_id!, votes: Number(r.votes) }));
}

export function benchAtScale(documents: number, runs: number): ScaleRow {
  const corpus = syntheticCorpus(
    readRealSources('raw'),
    loadRegistry(),
    nationalVotes('processed', 'kz-mazhilis-2021'),
    {
      documents,
      seed: SEED,
      stations: STATIONS,
      perturbed: 0.03,
    },
  );
  return benchCorpus(`N = ${documents}`, documents, corpus, runs);
}

/** The real sources plus one source of a single line of `bytes`: the cost of a line must be linear in it. */
export function benchLongLine(bytes: number, runs: number): ScaleRow {
  const real = readRealSources('raw');
  const corpus = longLineCorpus(real, bytes);
  return { ...benchCorpus(`${lineLength(bytes)} line`, real.length, corpus, runs), line_bytes: bytes };
}

/** `100 KB`, `1 MB`, `5 MB`: a line length as the table names it. */
export const lineLength = (bytes: number) =>
  bytes < 1e6 ? `${(bytes / 1e3).toLocaleString('en')} KB` : `${(bytes / 1e6).toLocaleString('en')} MB`;

function benchCorpus(name: string, documents: number, corpus: SyntheticCorpus, runs: number): ScaleRow {
  const project = scratchProject('bench-scale-');
  try {
    writeCorpus(join(project, 'raw'), corpus);
    const builds = Array.from({ length: runs }, (_, run) => {
      // one goal a make: `make clean all` would clean while the build runs, on every core
      if (run > 0) timedMake(project, 'clean', documents);
      return timedMake(project, 'all', documents);
    });
    const index = readJson<{ sources: { claims: number }[] }>(join(project, 'build/claims/index.json'));
    const claims = index.sources.reduce((n, s) => n + s.claims, 0);
    const seconds = builds.map((b) => b.seconds);
    const stages = Object.fromEntries(
      STAGES.filter((s) => builds[0]!.stages[s]).map((s) => [
        s,
        {
          seconds: median(builds.map((b) => b.stages[s]?.seconds ?? 0)),
          rss_mb: median(builds.map((b) => b.stages[s]?.rss_mb ?? 0)),
        },
      ]),
    );
    return {
      corpus: name,
      documents,
      sources: corpus.manifest.length,
      claims,
      runs,
      megabytes: corpus.files.reduce((n, f) => n + Buffer.byteLength(f.text), 0) / 1e6,
      seconds: median(seconds),
      seconds_min: Math.min(...seconds),
      seconds_max: Math.max(...seconds),
      rss_mb: median(builds.map((b) => b.rss_mb)),
      claims_per_second: claims / median(seconds),
      stages,
    };
  } finally {
    removeProject(project);
  }
}

/**
 * The growth of each figure from one scale to a larger one, `times` the size (10 by default), per tenfold:
 * the ratio raised to 1 / log10(times), so a cost linear in the size grows 10× whatever `times` is (a 5×
 * larger input that costs 5× as much grows 10× per tenfold). `peak_rss` is the whole build's peak.
 */
export function growth(from: ScaleRow, to: ScaleRow, times = 10): Record<string, number> {
  const perTenfold = (a: number, b: number) => (a > 0 ? (b / a) ** (1 / Math.log10(times)) : 0);
  return {
    overall: perTenfold(from.seconds, to.seconds),
    peak_rss: perTenfold(from.rss_mb, to.rss_mb),
    ...Object.fromEntries(
      Object.keys(to.stages).map((s) => [s, perTenfold(from.stages[s]?.seconds ?? 0, to.stages[s]!.seconds)]),
    ),
  };
}

/** One growth column of the table: what it compares, and each figure's growth. */
export interface GrowthColumn {
  label: string;
  factor: Record<string, number>;
}

/**
 * The growth from each long line to the next longer one, per tenfold (`growth`): 100 KB → 1 MB, 1 MB → 5 MB.
 * The rows in order of length.
 */
export function lineGrowth(rows: ScaleRow[]): (GrowthColumn & { from: string; to: string })[] {
  return rows.slice(1).map((to, i) => {
    const from = rows[i]!;
    const [a, b] = [from.line_bytes ?? 0, to.line_bytes ?? 0];
    return {
      label: `growth ${lineLength(a)}→${lineLength(b)} per 10×`,
      from: from.corpus,
      to: to.corpus,
      factor: growth(from, to, b / a),
    };
  });
}

/**
 * The table the terminal shows: one row per stage and the whole build, one column per build, then one per
 * growth (the whole build's with its peak RSS's beside it).
 */
export function scaleTable(rows: ScaleRow[], growths: GrowthColumn[]): string {
  const cell = (c: StageCost | undefined) => (c ? `${c.seconds.toFixed(2)} s ${Math.round(c.rss_mb)} MB` : '–');
  const times = (x: number | undefined) => (x === undefined ? '' : `${x.toFixed(1)}×`);
  const lines = [['', ...rows.map((r) => `${r.corpus} (${r.sources} sources, ${r.megabytes.toFixed(1)} MB)`)]];
  lines[0]!.push(...growths.map((g) => g.label));
  for (const stage of STAGES)
    lines.push([stage, ...rows.map((r) => cell(r.stages[stage])), ...growths.map((g) => times(g.factor[stage]))]);
  lines.push([
    'make all',
    ...rows.map((r) => `${r.seconds.toFixed(2)} s ${Math.round(r.rss_mb)} MB`),
    ...growths.map((g) => `${times(g.factor.overall)} (peak ${times(g.factor.peak_rss)})`),
  ]);
  lines.push([
    'claims/s',
    ...rows.map(
      (r) => `${Math.round(r.claims_per_second).toLocaleString('en')} (${r.claims.toLocaleString('en')} claims)`,
    ),
    ...growths.map(() => ''),
  ]);
  const widths = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  return lines
    .map((l) =>
      l
        .map((c, i) => c.padEnd(widths[i]!))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
