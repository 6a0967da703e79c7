// `make bench SCALE=1`: the whole pipeline on synthetic corpora of 10, 100 and 1000 documents (plus the
// polling-station table), each in a scratch copy: wall time, peak RSS and claims per second, stage by
// stage, and the growth from 100 to 1000 documents (linear is 10).
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
/** The single line of prose the long-line build adds to the real sources. */
export const LONG_LINE_BYTES = 5_000_000;
const STAGES = ['bundle', 'ingest', 'normalise', 'extract', 'reconcile', 'analyse', 'emit', 'report'];

export interface ScaleRow {
  /** What was built: `N = 100`, or `5 MB line` for the real sources plus the single long line. */
  corpus: string;
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

/** The real sources plus one source of a single line of LONG_LINE_BYTES: the cost of a line must be linear in it. */
export function benchLongLine(runs: number): ScaleRow {
  const real = readRealSources('raw');
  const corpus = longLineCorpus(real, LONG_LINE_BYTES);
  return benchCorpus(`${LONG_LINE_BYTES / 1e6} MB line`, real.length, corpus, runs);
}

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

/** The growth of each figure from one scale to the next larger one (10 for a cost linear in the documents). */
export function growth(from: ScaleRow, to: ScaleRow): Record<string, number> {
  const ratio = (a: number, b: number) => (a > 0 ? b / a : 0);
  return {
    overall: ratio(from.seconds, to.seconds),
    ...Object.fromEntries(
      Object.keys(to.stages).map((s) => [s, ratio(from.stages[s]?.seconds ?? 0, to.stages[s]!.seconds)]),
    ),
  };
}

/** The table the terminal shows: one row per stage and the whole build, one column group per scale. */
export function scaleTable(rows: ScaleRow[], factor: Record<string, number> | null): string {
  const cell = (c: StageCost | undefined) => (c ? `${c.seconds.toFixed(2)} s ${Math.round(c.rss_mb)} MB` : '–');
  const lines = [
    ['', ...rows.map((r) => `${r.corpus} (${r.sources} sources, ${r.megabytes.toFixed(1)} MB)`), 'growth 100→1000'],
  ];
  for (const stage of STAGES)
    lines.push([
      stage,
      ...rows.map((r) => cell(r.stages[stage])),
      factor?.[stage] !== undefined ? `${factor[stage]!.toFixed(1)}×` : '',
    ]);
  lines.push([
    'make all',
    ...rows.map((r) => `${r.seconds.toFixed(2)} s ${Math.round(r.rss_mb)} MB`),
    factor ? `${factor.overall!.toFixed(1)}×` : '',
  ]);
  lines.push([
    'claims/s',
    ...rows.map(
      (r) => `${Math.round(r.claims_per_second).toLocaleString('en')} (${r.claims.toLocaleString('en')} claims)`,
    ),
    '',
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
