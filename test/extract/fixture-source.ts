// A made-up source of test/fixtures/prose/, ingested and extracted as a source about the 2021 election.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceContext } from '../../pipeline/extract/context.ts';
import { extractClaims, type ExtractedSource } from '../../pipeline/extract/extract.ts';
import { ingestSource } from '../../pipeline/ingest/ingest.ts';
import { namesFor, tools } from './real-claims.ts';

export function extractFixture(name: string): ExtractedSource {
  const file = join('test/fixtures/prose', name);
  return extractText(name, readFileSync(file, 'utf8'));
}

/** A made-up text given inline, read as a whole source (headings, lists and sentences). */
export function extractText(name: string, text: string): ExtractedSource {
  const file = join('test/fixtures/prose', name);
  const source = {
    source_id: name.replace(/\.txt$/, ''),
    file,
    sha256: '',
    layout: 'line-per-paragraph' as const,
    election_id: 'kz-mazhilis-2021',
    language: 'en',
  };
  const ingested = ingestSource(source, text);
  return extractClaims(ingested, sourceContext(tools, source, namesFor(ingested)));
}

/** The linked claims of a fixture as [line, metric, party or poll, value] rows. */
export const linkedRows = (extracted: ExtractedSource) =>
  extracted.claims
    .filter((c) => c.linked)
    .map((c) => [c.line, c.metric, c.party_id ?? c.poll_id, c.poll_id ? c.poll_id : null, c.value]);
