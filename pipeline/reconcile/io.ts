// The reconcile stage's files: every source's claims (and ingest's tables, normalise's aliases) in,
// build/reconcile/ out: facts with their status, conflicts explained, rows matched by their figures,
// and what changed between revisions. Used by the stage's entry and by the runner that keeps
// reconcile, analyse and emit in one process.
import { join } from 'node:path';
import type { Claim, Poll } from '../extract/claims.ts';
import type { ExtractedSource } from '../extract/extract.ts';
import type { IngestedSource, TableBlock } from '../ingest/blocks.ts';
import { printAttention, printUnder } from '../lib/attention.ts';
import { readJson } from '../lib/files.ts';
import { readManifest } from '../lib/manifest.ts';
import { message, PipelineError } from '../lib/messages.ts';
import type { AliasRow } from '../names/aliases.ts';
import { registryFile } from '../registry/files.ts';
import type { Registry } from '../registry/registry.ts';
import { checkDecisions } from './decisions.ts';
import type { ReconcileInput, ReconcileOutput } from './reconcile.ts';
import { isRevision } from './revisions.ts';
import { writeRowsJsonAtomic } from './rows-json.ts';

export interface ReconcileFiles {
  raw: string;
  ingest: string;
  claims: string;
  aliases: string;
}

/** What extract wrote: every source's claims and polls, in the order of build/claims/index.json. */
export function readExtracted(claims: string): { claims: Claim[]; polls: Poll[] } {
  const extracted = readJson<{ sources: { output: string }[] }>(join(claims, 'index.json')).sources.map((s) =>
    readJson<ExtractedSource>(s.output),
  );
  return { claims: extracted.flatMap((e) => e.claims), polls: extracted.flatMap((e) => e.polls) };
}

/** The stage's inputs, read from the files earlier stages wrote and the registry. */
export function readReconcileInput(
  { raw, ingest, aliases }: ReconcileFiles,
  extracted: { claims: Claim[]; polls: Poll[] },
  registry: Registry,
): ReconcileInput {
  const sources = readManifest(join(raw, 'sources.json'));
  // the tables are read only for comparing revisions of a document: a source that is no revision is not
  // parsed again (a long line's blocks are several times its size, and it holds no table)
  const revisions = new Set(sources.filter(isRevision).map((s) => s.source_id));
  const ingested = readJson<{ sources: { source_id: string; output: string }[] }>(join(ingest, 'index.json')).sources;
  const tables = new Map(
    ingested
      .filter((s) => revisions.has(s.source_id))
      .map((s) => [
        s.source_id,
        readJson<IngestedSource>(s.output).blocks.filter((b): b is TableBlock => b.kind === 'table'),
      ]),
  );
  return {
    claims: extracted.claims,
    polls: extracted.polls,
    sources,
    registry,
    decisions: readDecisions(),
    aliases: readJson<{ aliases: AliasRow[] }>(aliases).aliases,
    tables,
  };
}

/** The reviewers' decisions on conflicts (pipeline/registry/decisions.json), checked. */
export function readDecisions() {
  const { file, content } = registryFile('decisions.json');
  const decisions = (content as { decisions?: unknown } | null)?.decisions;
  if (!Array.isArray(decisions))
    throw new PipelineError([message.registryField(file, 'the file', 'decisions', 'a list of decisions', decisions)]);
  return checkDecisions(file, decisions);
}

const OUTPUTS = ['claims', 'facts', 'conflicts', 'inferences', 'revisions', 'unchecked'] as const;

/** Writes build/reconcile/, prints the warnings and open conflicts, and returns the stage's one-line summary. */
export function writeReconciled(out: string, claimsRead: Claim[], result: ReconcileOutput): string {
  for (const name of OUTPUTS) writeRowsJsonAtomic(join(out, `${name}.json`), name, result[name]);
  printUnder(result.warnings.map(message.warning));
  const open = result.conflicts.filter((c) => c.resolution === 'open');
  const openLines = open.map((c) => message.openConflict(c.source_id, c.line, c.explanation));
  printAttention(openLines, 'open conflicts', `${join(out, 'conflicts.json')} and on reports/sources.html#conflicts`);
  const byStatus = (['agreed', 'consistent', 'derived', 'resolved', 'conflict'] as const).map((s): [string, number] => [
    s,
    result.facts.filter((f) => f.status === s).length,
  ]);
  const unlinked = (claims: Claim[]) => claims.filter((c) => !c.linked).length;
  return message.reconciled(
    claimsRead.length,
    unlinked(claimsRead) - unlinked(result.claims),
    unlinked(result.claims),
    result.facts.length,
    byStatus,
    result.conflicts.length,
    open.length,
    result.inferences.length,
    result.revisions.length,
    out,
  );
}
