// Claims of the real sources, extracted once for the tests that read them, each with its names as the
// normalise stage records them (as in the pipeline).
import { buildTools, sourceContext } from '../../pipeline/extract/context.ts';
import { extractClaims, type ExtractedSource } from '../../pipeline/extract/extract.ts';
import type { IngestedSource } from '../../pipeline/ingest/blocks.ts';
import { recordedNames, recordOf, registryNames, type NameReader } from '../../pipeline/names/names.ts';
import { surfaceMentions } from '../../pipeline/normalise/surfaces.ts';
import { figureLabels } from '../../pipeline/registry/vocabulary.ts';
import { ingestReal } from '../ingest/real-sources.ts';

export const tools = buildTools();
/** The registry's names, resolving: what normalise reads with (and made-up sentences are read with here). */
export const resolving = registryNames(tools.registry);
const labels = figureLabels();

/** A source's names as normalise records them, read as extract reads them. */
export const namesFor = (source: Pick<IngestedSource, 'source_id' | 'blocks'>): NameReader =>
  recordedNames(
    recordOf(
      source.source_id,
      surfaceMentions(source.blocks, { names: resolving, labels }).map((m) => m.resolution),
    ),
    tools.scanner,
  );

const cache = new Map<string, ExtractedSource>();

export function claimsOf(sourceId: string): ExtractedSource {
  const cached = cache.get(sourceId);
  if (cached) return cached;
  const source = ingestReal(sourceId);
  const extracted = extractClaims(source, sourceContext(tools, source, namesFor(source)));
  cache.set(sourceId, extracted);
  return extracted;
}

/** The claims on one line, as [metric, party, value, qualifier] rows, for comparing with the text read by hand. */
export const onLine = (sourceId: string, line: number) =>
  claimsOf(sourceId)
    .claims.filter((c) => c.line === line && c.linked)
    .map((c) => [c.metric, c.party_id ?? c.poll_id ?? c.organisation_id, c.value, c.qualifier]);
