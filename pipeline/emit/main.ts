// emit: build/reconcile/ and the analysis → processed/ (CSV and Parquet tables and their Frictionless Data
// Package, replaced as a whole). `make all` runs it with reconcile and analyse in one process
// (pipeline/publish/main.ts); this entry runs it alone, on the tables analyse wrote with --out.
import type { AnalysisTables } from '../analyse/analyse.ts';
import { readOptions, runStage } from '../lib/cli.ts';
import { readJson } from '../lib/files.ts';
import { readReconciled } from '../reconcile/io.ts';
import { loadRegistry } from '../registry/registry.ts';
import { readEmitFiles, writeProcessed } from './io.ts';

await runStage('emit', () => {
  const options = readOptions('emit', ['raw', 'aliases', 'reconcile', 'analysis', 'out'] as const);
  const reconciled = {
    claims: readReconciled(options.reconcile, 'claims'),
    facts: readReconciled(options.reconcile, 'facts'),
    conflicts: readReconciled(options.reconcile, 'conflicts'),
    revisions: readReconciled(options.reconcile, 'revisions'),
  };
  const analysis = readJson<AnalysisTables>(options.analysis);
  return writeProcessed(options.out, { ...readEmitFiles(options), registry: loadRegistry(), reconciled, analysis });
});
