// The made-up sources of test/fixtures/ (tables/ by default, prose/) or a text given inline, ingested and
// extracted as the stages do, for tests that read them.
import { readFileSync } from 'node:fs';
import type { Claim } from '../../pipeline/extract/claims.ts';
import { sourceContext } from '../../pipeline/extract/context.ts';
import { extractClaims, type ExtractedSource } from '../../pipeline/extract/extract.ts';
import type { IngestedSource } from '../../pipeline/ingest/blocks.ts';
import { ingestSource } from '../../pipeline/ingest/ingest.ts';
import { namesFor, tools } from './real-claims.ts';

export interface FixtureOptions {
  language?: string;
  election_id?: string;
  /** The folder of test/fixtures/ the fixture is in. */
  folder?: 'tables' | 'prose';
}

export const fixtureFile = (name: string, folder: FixtureOptions['folder'] = 'tables') =>
  `test/fixtures/${folder}/${name}.txt`;

/** A fixture cut into blocks, as source `name`. */
export function ingestFixture(name: string, options: FixtureOptions = {}): IngestedSource {
  const file = fixtureFile(name, options.folder);
  return ingestText(name, readFileSync(file, 'utf8'), options);
}

/** A text cut into blocks, as source `name` (a file of the fixtures' folder by that name). */
export function ingestText(name: string, text: string, options: FixtureOptions = {}): IngestedSource {
  const file = fixtureFile(name, options.folder);
  const source = {
    source_id: name,
    file,
    sha256: '0'.repeat(64),
    layout: 'line-per-paragraph' as const,
    election_id: options.election_id ?? 'kz-mazhilis-2021',
    language: options.language ?? 'en',
  };
  return ingestSource(source, text);
}

/** A fixture's claims and polls. */
export function extractFixture(name: string, options: FixtureOptions = {}): ExtractedSource {
  return extractIngested(ingestFixture(name, options));
}

/** A text's claims and polls, the text given inline. */
export function extractText(name: string, text: string, options: FixtureOptions = {}): ExtractedSource {
  return extractIngested(ingestText(name, text, options));
}

const extractIngested = (ingested: IngestedSource) =>
  extractClaims(ingested, sourceContext(tools, ingested, namesFor(ingested)));

/** The linked claims of a fixture as [line, metric, party or region, value] rows, to compare with the text read by hand. */
export const linkedRows = (claims: Claim[]) =>
  claims.filter((c) => c.linked).map((c) => [c.line, c.metric, c.party_id ?? c.region_id, c.value]);

/** The unlinked claims as [line, figure, note]. */
export const unlinkedRows = (claims: Claim[]) => claims.filter((c) => !c.linked).map((c) => [c.line, c.figure, c.note]);
