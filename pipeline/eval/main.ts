// eval: the pipeline's linked claims measured against the evaluation corpus's answers (test/eval/README.md).
// HALF (development, test or all; default test) and CORPUS (default test/eval/texts) come from the
// environment, where make passes them (never as shell text), checked before anything runs. Each text runs
// through the real stages in this process, then reconcile with the seed corpus; build/eval/results.json.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runStage } from '../lib/cli.ts';
import { decodeSourceText, writeJsonAtomic } from '../lib/files.ts';
import { readManifest, SEED_SOURCE_IDS } from '../lib/manifest.ts';
import { evalMessage, resultsTable } from '../lib/messages-eval.ts';
import { PipelineError } from '../lib/messages.ts';
import { readDecisions } from '../reconcile/io.ts';
import { countryOf, loadRegistry } from '../registry/registry.ts';
import { checkAnswers, HALVES, parseAnswers, readText, textIds, type Half } from './corpus.ts';
import { reconcileAll, readSource, registryWith } from './run.ts';
import { finding, scoreText, summary, type Scored } from './score.ts';

const RESULTS = 'build/eval/results.json';

await runStage('eval', () => {
  const half = process.env.HALF || 'test';
  const corpus = process.env.CORPUS || 'test/eval/texts';
  const problems: string[] = [];
  if (!HALVES.includes(half as Half)) problems.push(evalMessage.badHalf(half));
  if (!existsSync(corpus)) problems.push(evalMessage.badCorpus(corpus, 'no such folder'));
  else if (!statSync(corpus).isDirectory()) problems.push(evalMessage.badCorpus(corpus, 'not a folder'));
  if (problems.length > 0) throw new PipelineError(problems);
  const ids = textIds(corpus, half as Half | 'all');
  if (ids.length === 0) throw new PipelineError([evalMessage.noTexts(corpus, half)]);
  // every text checked before any is run: a corpus problem stops the tool before it measures
  const texts = ids.map((id) => {
    const read = readText(corpus, id);
    const parsed = parseAnswers(read);
    const registry = registryWith(
      (parsed as { registry?: Record<string, unknown> } | null)?.registry,
      read.answersFile,
    );
    return { ...read, ...checkAnswers(read, registry, parsed), registry };
  });

  const base = loadRegistry();
  const decisions = readDecisions();
  const seed = readManifest('raw/sources.json')
    .filter((s) => SEED_SOURCE_IDS.includes(s.source_id))
    .map((s) => readSource(s, decodeSourceText(join('raw', s.file), readFileSync(join('raw', s.file))), base));
  const seedConflicts = new Set(reconcileAll(seed, base, decisions).conflicts.map((c) => c.conflict_id));
  const scores = texts.map((t) => {
    const own = readSource({ ...t.source, file: t.file }, t.text, t.registry);
    const reconciled = reconcileAll([...seed, own], t.registry, decisions);
    const text: Scored = {
      id: t.id,
      kind: t.source.kind,
      language: t.source.language,
      lines: t.text.split('\n'),
      answers: t.answers,
      claims: reconciled.claims.filter((c) => c.source_id === t.id),
      polls: [...own.polls, ...seed.flatMap((s) => s.polls)],
      conflicts: reconciled.conflicts.filter((c) => c.source_id === t.id || !seedConflicts.has(c.conflict_id)),
      country: countryOf(t.registry).id,
    };
    return { text, score: scoreText(text) };
  });

  const results = {
    half,
    corpus,
    texts: ids,
    ...summary(scores),
    traps_hit: inOrder(
      scores.flatMap(({ text, score }) =>
        score.traps.map(({ claim, trap }) => ({ ...finding(text, claim), why: trap.why })),
      ),
    ),
    false_alarms: scores.flatMap(({ text, score }) =>
      score.alarms.map((c) => ({
        text_id: text.id,
        source_id: c.source_id,
        line: c.line,
        metric: c.metric,
        party_id: c.party_id,
        region_id: c.region_id,
        reported: c.reported,
        expected: c.expected,
        kind: c.kind,
        explanation: c.explanation,
      })),
    ),
    false_claims: inOrder(scores.flatMap(({ text, score }) => score.wrong.map((c) => finding(text, c)))),
    misses: inOrder(scores.flatMap(({ text, score }) => score.missed.map((f) => finding(text, f)))),
  };
  process.stdout.write(`${resultsTable(results)}\n`);
  writeJsonAtomic(RESULTS, results);
  const show = (n: number | null) => (n === null ? '–' : n.toFixed(3));
  const { precision, recall } = results.overall;
  return evalMessage.evaluated(ids.length, half, show(precision), show(recall), results.false_alarms.length, RESULTS);
});

/** Findings by text, then line (a stable sort: on one line, in the order the text's claims come). */
function inOrder<T extends { text_id: string; line: number }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (a.text_id < b.text_id ? -1 : a.text_id > b.text_id ? 1 : a.line - b.line));
}
