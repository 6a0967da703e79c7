// The reconcile stage run in-process on the real sources (or on a copy with one text changed).
import type { Claim } from '../../pipeline/extract/claims.ts';
import { sourceContext } from '../../pipeline/extract/context.ts';
import { extractClaims } from '../../pipeline/extract/extract.ts';
import type { IngestedSource, TableBlock } from '../../pipeline/ingest/blocks.ts';
import { ingestSource } from '../../pipeline/ingest/ingest.ts';
import { readManifest } from '../../pipeline/lib/manifest.ts';
import { aliasTable } from '../../pipeline/names/aliases.ts';
import { surfaceMentions } from '../../pipeline/normalise/surfaces.ts';
import { reconcile, type ReconcileOutput } from '../../pipeline/reconcile/reconcile.ts';
import type { Decision } from '../../pipeline/reconcile/decisions.ts';
import decisionsFile from '../../pipeline/registry/decisions.json' with { type: 'json' };
import { figureLabels } from '../../pipeline/registry/vocabulary.ts';
import { claimsOf, namesFor, resolving, tools } from '../extract/real-claims.ts';
import { ingestReal, rawLines } from '../ingest/real-sources.ts';

export const SOURCE_IDS = [
  'wiki-2021-sentences',
  'wiki-2021-older',
  'wiki-2021-newer',
  'analysis-2021',
  'commentary-2021',
];
const sources = readManifest('raw/sources.json');

/** Reconciles the five sources; `edit` changes one source's raw text first (a line number and its new text). */
export function reconcileReal(
  options: { decisions?: Decision[]; edit?: { sourceId: string; line: number; from: string; to: string } } = {},
): ReconcileOutput {
  const ingested = SOURCE_IDS.map((id): IngestedSource => {
    if (options.edit?.sourceId !== id) return ingestReal(id);
    const lines = rawLines(id);
    lines[options.edit.line - 1] = lines[options.edit.line - 1]!.replace(options.edit.from, options.edit.to);
    const source = sources.find((s) => s.source_id === id)!;
    return ingestSource({ ...source, file: `raw/${source.file}` }, lines.join('\n'));
  });
  const extracted = ingested.map((s) =>
    options.edit?.sourceId === s.source_id
      ? extractClaims(s, sourceContext(tools, s, namesFor(s)))
      : claimsOf(s.source_id),
  );
  const surfaceTools = { names: resolving, labels: figureLabels() };
  const aliases = aliasTable(
    ingested.flatMap((s) => surfaceMentions(s.blocks, surfaceTools)),
    SOURCE_IDS,
  );
  const claims: Claim[] = extracted.flatMap((e) => e.claims);
  return reconcile({
    claims,
    polls: extracted.flatMap((e) => e.polls),
    sources,
    registry: tools.registry,
    aliases,
    decisions: options.decisions ?? decisionsFile.decisions,
    tables: new Map(ingested.map((s) => [s.source_id, s.blocks.filter((b): b is TableBlock => b.kind === 'table')])),
  });
}
