// extract: each source's blocks, with the names normalise resolved in them → build/claims/<source_id>.json,
// every figure as a claim, and the polls named.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IngestedSource } from '../ingest/blocks.ts';
import { printAttention, printDetail, progress } from '../lib/attention.ts';
import { readOptions, runStage } from '../lib/cli.ts';
import { message } from '../lib/messages.ts';
import { readJson, writeJsonAtomic } from '../lib/files.ts';
import { codeHash, contentKey, keepOnly, sourceCache } from '../lib/stale.ts';
import { recordedNames, sourceNamesFile, type SourceNames } from '../names/names.ts';
import { loadRegistry } from '../registry/registry.ts';
import { buildTools, registryUsedBy, sourceContext } from './context.ts';
import { extractClaims } from './extract.ts';
import { needsAttention } from '../lib/unread.ts';
import { readingOf, type SourceReading } from './unread.ts';

const INDEX_NAME = 'index.json';

/** A source's reading, and what its claims were made from: ingest's key for the source, its names and this stage's code (lib/stale.ts). */
type Summary = SourceReading & { key: string };

await runStage('extract', () => {
  const { ingest, names, out } = readOptions('extract', ['ingest', 'names', 'out'] as const);
  const index = readJson<{ sources: { source_id: string; output: string; key: string }[] }>(join(ingest, INDEX_NAME));
  mkdirSync(out, { recursive: true });
  const outputOf = (id: string) => join(out, `${id}.json`);
  const namesOf = (id: string) => sourceNamesFile(names, id);
  const registry = loadRegistry();
  // ingest's key holds the source's text and the labels it uses; its names record, what they resolved to
  const keyFor = (s: { source_id: string; key: string }) => {
    const record = readFileSync(namesOf(s.source_id), 'utf8');
    return contentKey(codeHash(), s.key, record, registryUsedBy(registry, JSON.parse(record) as SourceNames));
  };
  const keys = new Map(index.sources.map((s) => [s.source_id, keyFor(s)]));
  const keyOf = (s: { source_id: string }) => keys.get(s.source_id)!;
  const cached = sourceCache<Summary>(join(out, INDEX_NAME));
  const kept = (s: { source_id: string }) => cached(s.source_id, keyOf(s));
  const stale = index.sources.filter((s) => !kept(s));
  const tools = stale.length > 0 ? buildTools(registry) : null;
  const shown = progress('extract', stale.length, 'source');
  const fresh = new Map(
    stale.map((s): [string, Summary] => {
      const source = readJson<IngestedSource>(s.output);
      const reader = recordedNames(readJson<SourceNames>(namesOf(s.source_id)), tools!.scanner);
      const extracted = extractClaims(source, sourceContext(tools!, source, reader));
      writeJsonAtomic(outputOf(s.source_id), extracted);
      shown.step();
      const reading = readingOf(s.source_id, outputOf(s.source_id), extracted.claims, extracted.polls.length);
      return [s.source_id, { ...reading, key: keyOf(s) }];
    }),
  );
  shown.end();
  keepOnly(out, [INDEX_NAME, ...index.sources.map((s) => `${s.source_id}.json`)]);

  const summary = index.sources.map((s) => fresh.get(s.source_id) ?? kept(s)!);
  writeJsonAtomic(join(out, INDEX_NAME), { sources: summary });
  // only the sources re-read that need a reader: with hundreds of sources the rest would drown them
  const attention = [...fresh.values()].filter(needsAttention).map((s) => message.sourceNeedsAttention(s));
  printAttention(attention, 'sources that need a reader', `${join(out, INDEX_NAME)} ("unlinked_why" of each)`);
  printDetail([...fresh.values()].map((s) => message.sourceRead(s)));
  const claims = summary.reduce((n, s) => n + s.claims, 0);
  const unlinked = summary.reduce((n, s) => n + s.unlinked, 0);
  return message.extracted(stale.length, index.sources.length, claims, unlinked, out);
});
