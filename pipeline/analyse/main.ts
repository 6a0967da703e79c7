// analyse: build/reconcile/facts.json and the polls of build/claims/ → the analytic tables' rows, as JSON.
// `make all` runs it with reconcile and emit in one process (pipeline/publish/main.ts), where the tables go
// straight to emit; run alone, it writes them to --out for emit run alone (`--analysis`).
import { readOptions, runStage } from '../lib/cli.ts';
import { writeJsonAtomic } from '../lib/files.ts';
import { readExtracted, readReconciled } from '../reconcile/io.ts';
import { loadRegistry } from '../registry/registry.ts';
import { analyse, analysisSummary } from './analyse.ts';

await runStage('analyse', () => {
  const { reconcile, claims, out } = readOptions('analyse', ['reconcile', 'claims', 'out'] as const);
  const facts = readReconciled(reconcile, 'facts');
  const { polls } = readExtracted(claims);
  const tables = analyse(facts, polls, loadRegistry());
  writeJsonAtomic(out, tables);
  return analysisSummary(facts, polls, tables, out);
});
