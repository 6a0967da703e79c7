// normalise: every name ingest found → the entity it names. Writes each source's resolutions
// (build/normalise/sources/<source_id>.json, what extract reads names from) and the alias table
// build/normalise/aliases.json. The only stage that resolves names against the registry.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { IngestedSource } from '../ingest/blocks.ts';
import { printAttention, progress } from '../lib/attention.ts';
import { runStage } from '../lib/cli.ts';
import { readJson, writeJsonAtomic, writeJsonIfChanged } from '../lib/files.ts';
import { message, PipelineError } from '../lib/messages.ts';
import { aliasTable, type AliasRow } from '../names/aliases.ts';
import { recordOf, registryNames, sourceNamesFile } from '../names/names.ts';
import { loadRegistry } from '../registry/registry.ts';
import { figureLabels } from '../registry/vocabulary.ts';
import { surfaceMentions } from './surfaces.ts';

await runStage('normalise', () => {
  const { values } = parseArgs({
    options: { ingest: { type: 'string' }, out: { type: 'string' }, strict: { type: 'boolean', default: false } },
  });
  if (!values.ingest || !values.out)
    throw new PipelineError([message.missingOptions('normalise', ['ingest', 'out'], ['ingest', 'out'])]);
  const index = readJson<{ sources: { source_id: string; output: string }[] }>(join(values.ingest, 'index.json'));
  const sources = index.sources.map((s) => readJson<IngestedSource>(s.output));
  const names = registryNames(loadRegistry());
  const tools = { names, labels: figureLabels() };
  const shown = progress('normalise', sources.length, 'source');
  const bySource = sources.map((s) => {
    const found = { source: s, mentions: surfaceMentions(s.blocks, tools) };
    shown.step();
    return found;
  });
  shown.end();
  const mentions = bySource.flatMap((s) => s.mentions);
  const rows = aliasTable(
    mentions,
    sources.map((s) => s.source_id),
  ).map((row) => (row.entity_id ? row : { ...row, candidates: names.resolver.suggest(row.alias) }));
  const unresolved = rows.filter((r) => r.entity_id === null);
  const files = new Map(sources.map((s) => [s.source_id, s.file]));
  const report = unresolved.flatMap((row) => row.lines.map((at) => unresolvedMessage(row, at, files)));
  if (values.strict && unresolved.length > 0)
    throw new PipelineError([message.strictNames(unresolved.length), ...report]);
  // a source's record is rewritten only when its names resolve otherwise, so extract re-reads only that source
  const folder = join(dirname(values.out), 'sources');
  mkdirSync(folder, { recursive: true });
  for (const { source, mentions: own } of bySource) {
    const record = recordOf(
      source.source_id,
      own.map((m) => m.resolution),
    );
    writeJsonIfChanged(sourceNamesFile(folder, source.source_id), record);
  }
  const kept = new Set(sources.map((s) => `${s.source_id}.json`));
  for (const name of readdirSync(folder)) if (!kept.has(name)) rmSync(join(folder, name));
  writeJsonAtomic(values.out, { aliases: rows });
  printAttention(report.map(message.unresolved), 'unresolved names', `${values.out} (method "unresolved")`);
  return message.normalised(
    mentions.length,
    rows.length,
    values.out,
    rows.length - unresolved.length,
    unresolved.length,
  );
});

function unresolvedMessage(row: AliasRow, at: string, files: Map<string, string>): string {
  const [sourceId, line] = at.split(':');
  return message.unresolvedName(
    `${files.get(sourceId!) ?? sourceId}:${line}`,
    row.alias,
    row.candidates.slice(0, 3).map((c) => `${c.id} (${c.score})`),
  );
}
