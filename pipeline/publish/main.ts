// reconcile → analyse → emit in one process, as `make all` runs them: a process start costs more than
// any of the three, and the facts and tables pass from one to the next without a round trip through
// build/. Each stage prints its own line; each also runs alone from its own main.ts.
import { join } from 'node:path';
import { analyse, analysisAttention, analysisSummary } from '../analyse/analyse.ts';
import { readEmitFiles, writeProcessed } from '../emit/io.ts';
import { printAttention, trackerFor } from '../lib/attention.ts';
import { readOptions, runStep } from '../lib/cli.ts';
import { readExtracted, readReconcileInput, writeReconciled } from '../reconcile/io.ts';
import { reconcile } from '../reconcile/reconcile.ts';
import { loadRegistry } from '../registry/registry.ts';

const OPTIONS = ['raw', 'ingest', 'claims', 'aliases', 'reconcile', 'out'] as const;

const done = await runStep('reconcile', () => {
  const options = readOptions('publish', OPTIONS);
  const registry = loadRegistry();
  const extracted = readExtracted(options.claims);
  const reconciled = reconcile(readReconcileInput(options, extracted, registry), trackerFor('reconcile'));
  const summary = writeReconciled(options.reconcile, extracted.claims, reconciled);
  return { result: { options, registry, polls: extracted.polls, reconciled }, summary };
});
const analysed =
  done &&
  (await runStep('analyse', () => {
    const analysis = analyse(done.reconciled.facts, done.polls, done.registry);
    const where = `${join(done.options.out, 'indices.csv')} (column note)`;
    printAttention(analysisAttention(analysis), 'indices not computed', where);
    return { result: analysis, summary: analysisSummary(done.reconciled.facts, done.polls, analysis) };
  }));
if (done && analysed)
  await runStep('emit', () => {
    const { options, registry, reconciled } = done;
    const input = { ...readEmitFiles(options), registry, reconciled, analysis: analysed };
    return { result: null, summary: writeProcessed(options.out, input) };
  });
