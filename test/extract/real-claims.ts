// Claims of the real sources, extracted once for the tests that read them.
import { buildTools, sourceContext } from '../../pipeline/extract/context.ts';
import { extractClaims, type ExtractedSource } from '../../pipeline/extract/extract.ts';
import { ingestReal } from '../ingest/real-sources.ts';

export const tools = buildTools();
const cache = new Map<string, ExtractedSource>();

export function claimsOf(sourceId: string): ExtractedSource {
  const cached = cache.get(sourceId);
  if (cached) return cached;
  const source = ingestReal(sourceId);
  const extracted = extractClaims(source, sourceContext(tools, source));
  cache.set(sourceId, extracted);
  return extracted;
}

/** The claims on one line, as [metric, party, value, qualifier] rows, for comparing with the text read by hand. */
export const onLine = (sourceId: string, line: number) =>
  claimsOf(sourceId)
    .claims.filter((c) => c.line === line && c.linked)
    .map((c) => [c.metric, c.party_id ?? c.poll_id ?? c.organisation_id, c.value, c.qualifier]);
