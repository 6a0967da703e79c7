// The reconcile stage's files: every source's claims (and ingest's tables, normalise's aliases) in,
// build/reconcile/ out: facts with their status, conflicts explained, rows matched by their figures,
// and what changed between revisions. Run by the emit entry, in the same process.
import { join } from 'node:path';
import type { ExtractedSource } from '../extract/extract.ts';
import type { IngestedSource, TableBlock } from '../ingest/blocks.ts';
import { readJson } from '../lib/files.ts';
import { readManifest } from '../lib/manifest.ts';
import { message } from '../lib/messages.ts';
import type { AliasRow } from '../normalise/aliases.ts';
import decisionsFile from '../registry/decisions.json' with { type: 'json' };
import { buildResolver } from '../normalise/resolver.ts';
import { loadRegistry } from '../registry/registry.ts';
import { checkDecisions } from './decisions.ts';
import { reconcile, type ReconcileOutput } from './reconcile.ts';
import { writeRowsJsonAtomic } from './rows-json.ts';

export interface ReconcileFiles {
  raw: string;
  ingest: string;
  claims: string;
  aliases: string;
  out: string;
}

/** Reads the stage's inputs, reconciles, writes build/reconcile/, and returns the result and its one-line summary. */
export function reconcileFiles({ raw, ingest, claims, aliases, out }: ReconcileFiles): {
  result: ReconcileOutput;
  summary: string;
} {
  const extracted = readJson<{ sources: { output: string }[] }>(join(claims, 'index.json')).sources.map((s) =>
    readJson<ExtractedSource>(s.output),
  );
  const ingested = readJson<{ sources: { source_id: string; output: string }[] }>(join(ingest, 'index.json')).sources;
  const tables = new Map(
    ingested.map((s) => [
      s.source_id,
      readJson<IngestedSource>(s.output).blocks.filter((b): b is TableBlock => b.kind === 'table'),
    ]),
  );
  const registry = loadRegistry();
  const result = reconcile({
    claims: extracted.flatMap((e) => e.claims),
    polls: extracted.flatMap((e) => e.polls),
    sources: readManifest(join(raw, 'sources.json')),
    registry,
    resolver: buildResolver(registry),
    decisions: checkDecisions('pipeline/registry/decisions.json', decisionsFile.decisions),
    aliases: readJson<{ aliases: AliasRow[] }>(aliases).aliases,
    tables,
  });
  for (const [name, rows] of Object.entries({
    claims: result.claims,
    facts: result.facts,
    conflicts: result.conflicts,
    inferences: result.inferences,
    revisions: result.revisions,
    unchecked: result.unchecked,
  })) {
    writeRowsJsonAtomic(join(out, `${name}.json`), name, rows);
  }
  for (const warning of result.warnings) process.stderr.write(`${message.warning(warning)}\n`);
  const open = result.conflicts.filter((c) => c.resolution === 'open');
  for (const c of open) process.stderr.write(`${message.openConflict(c.source_id, c.line, c.explanation)}\n`);
  const byStatus = (['agreed', 'consistent', 'derived', 'resolved', 'conflict'] as const).map((s): [string, number] => [
    s,
    result.facts.filter((f) => f.status === s).length,
  ]);
  const summary = message.reconciled(
    extracted.reduce((n, e) => n + e.claims.length, 0),
    result.facts.length,
    byStatus,
    result.conflicts.length,
    open.length,
    result.inferences.length,
    result.revisions.length,
    out,
  );
  return { result, summary };
}
