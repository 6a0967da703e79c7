// normalise: every name ingest found → the entity it names, as the alias table build/normalise/aliases.json.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { IngestedSource } from '../ingest/blocks.ts';
import { runStage } from '../lib/cli.ts';
import { readJson, writeJsonAtomic } from '../lib/files.ts';
import { message, PipelineError } from '../lib/messages.ts';
import { loadRegistry } from '../registry/registry.ts';
import { figureLabels } from '../registry/vocabulary.ts';
import { aliasTable, type AliasRow } from './aliases.ts';
import { buildResolver } from './resolver.ts';
import { buildScanner } from './scanner.ts';
import { surfaceMentions } from './surfaces.ts';

await runStage('normalise', () => {
  const { values } = parseArgs({
    options: { ingest: { type: 'string' }, out: { type: 'string' }, strict: { type: 'boolean', default: false } },
  });
  if (!values.ingest || !values.out)
    throw new PipelineError([message.missingOptions('normalise', ['ingest', 'out'], ['ingest', 'out'])]);
  const index = readJson<{ sources: { source_id: string; output: string }[] }>(join(values.ingest, 'index.json'));
  const sources = index.sources.map((s) => readJson<IngestedSource>(s.output));
  const resolver = buildResolver(loadRegistry());
  const tools = { resolver, scan: buildScanner(resolver), labels: figureLabels() };
  const mentions = sources.flatMap((s) => surfaceMentions(s.blocks, tools));
  const rows = aliasTable(
    mentions,
    sources.map((s) => s.source_id),
  ).map((row) => (row.entity_id ? row : { ...row, candidates: resolver.suggest(row.alias) }));
  const unresolved = rows.filter((r) => r.entity_id === null);
  const files = new Map(sources.map((s) => [s.source_id, s.file]));
  const report = unresolved.flatMap((row) => row.lines.map((at) => unresolvedMessage(row, at, files)));
  if (values.strict && unresolved.length > 0)
    throw new PipelineError([message.strictNames(unresolved.length), ...report]);
  writeJsonAtomic(values.out, { aliases: rows });
  for (const line of report) process.stderr.write(`${message.unresolved(line)}\n`);
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
