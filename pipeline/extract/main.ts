// extract: each source's blocks, with the names normalise resolved in them → build/claims/<source_id>.json,
// every figure as a claim, and the polls named.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestedSource } from '../ingest/blocks.ts';
import { readOptions, runStage } from '../lib/cli.ts';
import { message } from '../lib/messages.ts';
import { readJson, writeJsonAtomic } from '../lib/files.ts';
import { isStale } from '../lib/stale.ts';
import { recordedNames, sourceNamesFile, type SourceNames } from '../names/names.ts';
import { buildTools, sourceContext } from './context.ts';
import { extractClaims, type ExtractedSource } from './extract.ts';
import { needsAttention } from '../lib/unread.ts';
import { readingOf } from './unread.ts';

const INDEX_NAME = 'index.json';

await runStage('extract', () => {
  const { ingest, names, out } = readOptions('extract', ['ingest', 'names', 'out'] as const);
  const index = readJson<{ sources: { source_id: string; output: string }[] }>(join(ingest, INDEX_NAME));
  mkdirSync(out, { recursive: true });
  const outputOf = (id: string) => join(out, `${id}.json`);
  const namesOf = (id: string) => sourceNamesFile(names, id);
  const stale = index.sources.filter((s) =>
    isStale(outputOf(s.source_id), [process.argv[1]!, s.output, namesOf(s.source_id)]),
  );
  const tools = stale.length > 0 ? buildTools() : null;
  const fresh = stale.map((s) => {
    const source = readJson<IngestedSource>(s.output);
    const reader = recordedNames(readJson<SourceNames>(namesOf(s.source_id)), tools!.scanner);
    return { file: source.file, extracted: extractClaims(source, sourceContext(tools!, source, reader)) };
  });
  for (const { extracted } of fresh) writeJsonAtomic(outputOf(extracted.source_id), extracted);
  const kept = new Set([INDEX_NAME, ...index.sources.map((s) => `${s.source_id}.json`)]);
  for (const name of readdirSync(out)) if (!kept.has(name)) rmSync(join(out, name));

  const all = index.sources.map(
    (s) =>
      fresh.find((f) => f.extracted.source_id === s.source_id)?.extracted ??
      readJson<ExtractedSource>(outputOf(s.source_id)),
  );
  const summary = all.map((e) => readingOf(e.source_id, outputOf(e.source_id), e.claims, e.polls.length));
  writeJsonAtomic(join(out, INDEX_NAME), { sources: summary });
  // only the sources re-read that need a reader: with hundreds of sources the rest would drown them
  for (const s of summary.filter(
    (x) => fresh.some((f) => f.extracted.source_id === x.source_id) && needsAttention(x),
  )) {
    process.stderr.write(`${message.sourceNeedsAttention(s)}\n`);
  }
  const claims = summary.reduce((n, s) => n + s.claims, 0);
  const unlinked = summary.reduce((n, s) => n + s.unlinked, 0);
  return message.extracted(stale.length, index.sources.length, claims, unlinked, out);
});
