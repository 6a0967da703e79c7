// reconcile: every source's claims → build/reconcile/ (facts, conflicts, rows matched by figures, revision changes).
// `make all` runs it with analyse and emit in one process (pipeline/publish/main.ts); this entry runs it alone.
import { readOptions, runStage } from '../lib/cli.ts';
import { trackerFor } from '../lib/attention.ts';
import { loadRegistry } from '../registry/registry.ts';
import { readExtracted, readReconcileInput, writeReconciled } from './io.ts';
import { reconcile } from './reconcile.ts';

await runStage('reconcile', () => {
  const options = readOptions('reconcile', ['raw', 'ingest', 'claims', 'aliases', 'out'] as const);
  const extracted = readExtracted(options.claims);
  const result = reconcile(readReconcileInput(options, extracted, loadRegistry()), trackerFor('reconcile'));
  return writeReconciled(options.out, extracted.claims, result);
});
