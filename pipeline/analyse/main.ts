// analyse: build/reconcile/facts.json and the polls of build/claims/ → the analytic tables' rows, as JSON.
// `make all` runs it with reconcile and emit in one process (pipeline/publish/main.ts), where the tables go
// straight to emit; run alone, it writes them to --out for emit run alone (`--analysis`).
import { join } from 'node:path';
import type { ExtractedSource } from '../extract/extract.ts';
import { printAttention } from '../lib/attention.ts';
import { readOptions, runStage } from '../lib/cli.ts';
import { readJson, writeJsonAtomic } from '../lib/files.ts';
import type { Fact } from '../reconcile/facts.ts';
import { loadRegistry } from '../registry/registry.ts';
import { analyse, analysisAttention, analysisSummary } from './analyse.ts';

await runStage('analyse', () => {
  const { reconcile, claims, out } = readOptions('analyse', ['reconcile', 'claims', 'out'] as const);
  const { facts } = readJson<{ facts: Fact[] }>(join(reconcile, 'facts.json'));
  const polls = readJson<{ sources: { output: string }[] }>(join(claims, 'index.json')).sources.flatMap(
    (s) => readJson<ExtractedSource>(s.output).polls,
  );
  const tables = analyse(facts, polls, loadRegistry());
  writeJsonAtomic(out, tables);
  printAttention(analysisAttention(tables), 'indices not computed', `${out} ("note" of each index)`);
  return analysisSummary(facts, polls, tables, out);
});
