// The seed corpus the project ships, by source id: tests whose expectations were worked out by hand from
// these texts read them alone, so a source a user adds to raw/ (as docs/adding-sources.md says) leaves
// them as they were.
import type { RealSource } from '../pipeline/bench/corpus.ts';
import { readRealSources } from '../pipeline/bench/project.ts';
import { readManifest, SEED_SOURCE_IDS } from '../pipeline/lib/manifest.ts';
import { scratchProject } from '../pipeline/lib/scratch.ts';

export { SEED_SOURCE_IDS };

/** The seed sources of raw/, with their manifest entries, in manifest order. */
export const seedSources = (raw = 'raw'): RealSource[] =>
  readRealSources(raw).filter((s) => SEED_SOURCE_IDS.includes(s.entry.source_id));

/**
 * A scratch copy of the project (pipeline/lib/scratch.ts) whose raw/ holds the seed corpus alone: for the
 * end-to-end tests whose expectations were worked out from it.
 */
export const seedProject = (prefix: string, extraEntries: string[] = []) =>
  scratchProject(prefix, extraEntries, SEED_SOURCE_IDS);

/** The seed corpus's manifest entries, as raw/sources.json lists them. */
export const seedManifest = () => readManifest('raw/sources.json').filter((s) => SEED_SOURCE_IDS.includes(s.source_id));
