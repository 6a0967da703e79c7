// ingest: raw/ checked against raw/sources.json, then each source text → build/ingest/<source_id>.json
// (its blocks with line numbers), and build/ingest/index.json listing them for the stages after.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { readOptions, runStage } from '../lib/cli.ts';
import { decodeSourceText, readJson, writeJsonAtomic } from '../lib/files.ts';
import { isStale } from '../lib/stale.ts';
import { loadVerifiedManifest, type Source } from '../lib/manifest.ts';
import { message } from '../lib/messages.ts';
import type { IngestedSource } from './blocks.ts';
import { ingestSource } from './ingest.ts';

const INDEX_NAME = 'index.json';

await runStage('ingest', () => {
  const { raw, out } = readOptions('ingest', ['raw', 'out'] as const);
  const sources = loadVerifiedManifest(raw);
  mkdirSync(out, { recursive: true });
  const outputOf = (s: Source) => join(out, `${s.source_id}.json`);
  const stale = sources.filter((s) =>
    isStale(outputOf(s), [process.argv[1]!, join(raw, s.file), join(raw, 'sources.json')]),
  );
  const results = stale.map((s) => {
    const file = join(raw, s.file);
    return ingestSource({ ...s, file }, decodeSourceText(file, readFileSync(file)));
  });
  for (const result of results) writeJsonAtomic(join(out, `${result.source_id}.json`), result);
  const kept = new Set([INDEX_NAME, ...sources.map((s) => `${s.source_id}.json`)]);
  for (const name of readdirSync(out)) if (!kept.has(name)) rmSync(join(out, name));
  const all = sources.map(
    (s) => results.find((r) => r.source_id === s.source_id) ?? readJson<IngestedSource>(outputOf(s)),
  );
  writeJsonAtomic(join(out, INDEX_NAME), {
    sources: all.map((r, k) => ({
      source_id: r.source_id,
      file: r.file,
      sha256: r.sha256,
      output: outputOf(sources[k]!),
      lines: r.line_count,
      blocks: r.blocks.length,
      warnings: r.warnings,
    })),
  });

  const warnings = results.flatMap((r) => r.warnings);
  for (const warning of warnings) process.stderr.write(`${message.warning(warning.message)}\n`);
  const lines = results.reduce((sum, r) => sum + r.line_count, 0);
  const blocks = results.reduce((sum, r) => sum + r.blocks.length, 0);
  return message.ingested(stale.length, sources.length, lines, blocks, out, warnings.length);
});
