// reconcile, then emit, in one process (a process start costs more than either stage's work):
// claims → build/reconcile/ (facts, conflicts, …) → the analysis → processed/ (CSV tables and
// their Frictionless Data Package).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { electionsWithFacts, type AnalysisInput } from '../analyse/inputs.ts';
import type { ExtractedSource } from '../extract/extract.ts';
import { readOptions, runStage } from '../lib/cli.ts';
import { count } from '../lib/counts.ts';
import { readJson } from '../lib/files.ts';
import { writeFolder } from '../lib/folders.ts';
import { readManifest } from '../lib/manifest.ts';
import type { AliasRow } from '../normalise/aliases.ts';
import { reconcileFiles, type ReconcileFiles } from '../reconcile/io.ts';
import type { ReconcileOutput } from '../reconcile/reconcile.ts';
import { elections, loadRegistry } from '../registry/registry.ts';
import { packageIdentity } from './identity.ts';
import { publishTo } from './package.ts';
import { analysisTables, openElectionsTables } from './tables-analysis.ts';
import {
  aliasesTable,
  claimsTable,
  conflictsTable,
  entitiesTable,
  factsTable,
  revisionsTable,
  sourcesTable,
} from './tables-core.ts';

type Options = Record<'raw' | 'ingest' | 'claims' | 'reconcile' | 'aliases' | 'out', string>;
let options: Options | null = null;
let reconciled: ReconcileOutput | null = null;

await runStage('reconcile', () => {
  options = readOptions('emit', ['raw', 'ingest', 'claims', 'reconcile', 'aliases', 'out'] as const);
  const files: ReconcileFiles = {
    raw: options.raw,
    ingest: options.ingest,
    claims: options.claims,
    aliases: options.aliases,
    out: options.reconcile,
  };
  const { result, summary } = reconcileFiles(files);
  reconciled = result;
  return summary;
});

if (options && reconciled) await runStage('emit', () => emit(options!, reconciled!));

function emit(
  { raw, claims, aliases, out }: Options,
  { facts, claims: reconciledClaims, conflicts, revisions }: ReconcileOutput,
): string {
  const registry = loadRegistry();
  const sources = readManifest(join(raw, 'sources.json'));
  const polls = readJson<{ sources: { output: string }[] }>(join(claims, 'index.json')).sources.flatMap(
    (s) => readJson<ExtractedSource>(s.output).polls,
  );
  const input: AnalysisInput = { facts, polls, registry, elections: electionsWithFacts(elections(registry), facts) };
  const tables = [
    sourcesTable(sources.map((s) => ({ ...s, bytes: statSync(join(raw, s.file)).size }))),
    entitiesTable(registry),
    aliasesTable(readJson<{ aliases: AliasRow[] }>(aliases).aliases),
    claimsTable(reconciledClaims),
    factsTable(facts),
    conflictsTable(conflicts),
    revisionsTable(revisions),
    ...analysisTables(input),
    ...openElectionsTables(input),
  ];
  // each table's files written as soon as made: held together, processed/ at a thousand sources took 0.7 GB
  const descriptor = writeFolder(out, (put) => publishTo(put, tables, sources, packageIdentity(sources, registry)));
  const rows = tables.reduce((n, t) => n + t.rows.length, 0);
  return `${count(facts.length)} facts → ${count(tables.length)} tables, ${count(rows)} rows in ${out}/ (version ${String(descriptor.version)})`;
}
