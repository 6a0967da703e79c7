// Ingests a real raw file, for tests whose expectations were read off the texts by hand.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, IngestedSource } from '../../pipeline/ingest/blocks.ts';
import { ingestSource } from '../../pipeline/ingest/ingest.ts';
import { decodeSourceText } from '../../pipeline/lib/files.ts';
import { loadVerifiedManifest } from '../../pipeline/lib/manifest.ts';

const cache = new Map<string, IngestedSource>();

export function ingestReal(sourceId: string): IngestedSource {
  const cached = cache.get(sourceId);
  if (cached) return cached;
  const source = loadVerifiedManifest('raw').find((s) => s.source_id === sourceId);
  if (!source) throw new Error(`no source ${sourceId} in raw/sources.json`);
  const file = join('raw', source.file);
  const ingested = ingestSource({ ...source, file }, decodeSourceText(file, readFileSync(file)));
  cache.set(sourceId, ingested);
  return ingested;
}

export const blocksOf = <K extends Block['kind']>(sourceId: string, kind: K) =>
  ingestReal(sourceId).blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);

export const rawLines = (sourceId: string) => {
  const source = loadVerifiedManifest('raw').find((s) => s.source_id === sourceId)!;
  return readFileSync(join('raw', source.file), 'utf8').split('\n');
};
