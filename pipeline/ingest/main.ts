// ingest: raw/ checked against raw/sources.json, then each source text → build/ingest/<source_id>.json
// (its blocks with line numbers), and build/ingest/index.json listing them for the stages after.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printAttention, progress } from '../lib/attention.ts';
import { readOptions, runStage } from '../lib/cli.ts';
import { decodeSourceText, writeJsonAtomic } from '../lib/files.ts';
import { loadVerifiedManifest, type Source } from '../lib/manifest.ts';
import { message } from '../lib/messages.ts';
import { codeHash, contentKey, keepOnly, sourceCache } from '../lib/stale.ts';
import { labelsUsedIn } from '../registry/vocabulary.ts';
import type { IngestWarning } from './blocks.ts';
import { ingestSource } from './ingest.ts';

const INDEX_NAME = 'index.json';
const readText = (raw: string, s: Source) => decodeSourceText(join(raw, s.file), readFileSync(join(raw, s.file)));

/** One source as the index lists it; `key` is what its output was made from (lib/stale.ts). */
interface IndexEntry {
  source_id: string;
  file: string;
  sha256: string;
  key: string;
  output: string;
  lines: number;
  blocks: number;
  warnings: IngestWarning[];
}

await runStage('ingest', () => {
  const { raw, out } = readOptions('ingest', ['raw', 'out'] as const);
  const sources = loadVerifiedManifest(raw);
  mkdirSync(out, { recursive: true });
  const outputOf = (s: Source) => join(out, `${s.source_id}.json`);
  // the manifest entry carries the verified sha256 of the raw file: a touched file keeps its key; the labels
  // its text contains are part of it, so a label added or edited re-reads only the sources that hold it
  const keys = new Map(
    sources.map((s) => [s.source_id, contentKey(codeHash(), JSON.stringify(s), labelsUsedIn(readText(raw, s)))]),
  );
  const keyOf = (s: Source) => keys.get(s.source_id)!;
  const cached = sourceCache<IndexEntry>(join(out, INDEX_NAME));
  const kept = (s: Source) => cached(s.source_id, keyOf(s));
  const stale = sources.filter((s) => !kept(s));
  const shown = progress('ingest', stale.length, 'source');
  const results = stale.map((s) => {
    const result = ingestSource({ ...s, file: join(raw, s.file) }, readText(raw, s));
    writeJsonAtomic(outputOf(s), result);
    shown.step();
    return result;
  });
  shown.end();
  keepOnly(out, [INDEX_NAME, ...sources.map((s) => `${s.source_id}.json`)]);
  const fresh = new Map(results.map((r) => [r.source_id, r]));
  const entries = sources.map((s): IndexEntry => {
    const r = fresh.get(s.source_id);
    if (!r) return kept(s)!;
    const { source_id, file, sha256, line_count: lines, blocks, warnings } = r;
    return { source_id, file, sha256, key: keyOf(s), output: outputOf(s), lines, blocks: blocks.length, warnings };
  });
  writeJsonAtomic(join(out, INDEX_NAME), { sources: entries });

  const warnings = results.flatMap((r) => r.warnings).map((w) => message.warning(w.message));
  printAttention(warnings, 'warnings', `${join(out, INDEX_NAME)} ("warnings" of each source)`);
  const lines = results.reduce((sum, r) => sum + r.line_count, 0);
  const blocks = results.reduce((sum, r) => sum + r.blocks.length, 0);
  return message.ingested(stale.length, sources.length, lines, blocks, out, warnings.length);
});
