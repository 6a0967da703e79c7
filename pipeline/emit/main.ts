// emit: build/reconcile/ and the analysis → processed/ (CSV and Parquet tables and their Frictionless Data
// Package, replaced as a whole). `make all` runs it with reconcile and analyse in one process
// (pipeline/publish/main.ts); this entry runs it alone, on the tables analyse wrote with --out.
import { join } from 'node:path';
import type { AnalysisTables } from '../analyse/analyse.ts';
import { readOptions, runStage } from '../lib/cli.ts';
import { readJson } from '../lib/files.ts';
import type { ReconcileOutput } from '../reconcile/reconcile.ts';
import { loadRegistry } from '../registry/registry.ts';
import type { EmitInput } from './emit.ts';
import { readEmitFiles, writeProcessed } from './io.ts';

type Reconciled = EmitInput['reconciled'];

await runStage('emit', () => {
  const options = readOptions('emit', ['raw', 'aliases', 'reconcile', 'analysis', 'out'] as const);
  const read = <Name extends keyof Reconciled>(name: Name) =>
    readJson<Record<Name, ReconcileOutput[Name]>>(join(options.reconcile, `${name}.json`))[name];
  const reconciled = {
    claims: read('claims'),
    facts: read('facts'),
    conflicts: read('conflicts'),
    revisions: read('revisions'),
  };
  const analysis = readJson<AnalysisTables>(options.analysis);
  return writeProcessed(options.out, { ...readEmitFiles(options), registry: loadRegistry(), reconciled, analysis });
});
