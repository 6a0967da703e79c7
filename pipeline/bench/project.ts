// Running builds in the scratch copies of the project the benchmarks make (lib/scratch.ts), and
// putting a synthetic corpus in place of a copy's raw/. The working tree's build/ is left alone.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MANIFEST_NAME, readManifest } from '../lib/manifest.ts';
import type { RealSource, SyntheticCorpus } from './corpus.ts';

/**
 * The environment a scratch build runs in: not STRICT, and out of the `make bench` that started it (a
 * make inside make would share its job server and run one job at a time, not the Makefile's one a core).
 */
export function buildEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const { MAKEFLAGS: _flags, MFLAGS: _mflags, MAKELEVEL: _level, MAKEOVERRIDES: _overrides, ...env } = process.env;
  return { ...env, STRICT: '', ...extra };
}

export const removeProject = (project: string) => rmSync(project, { recursive: true, force: true });

/** The real sources as the generator reads them: each manifest entry with its text. */
export function readRealSources(raw: string): RealSource[] {
  return readManifest(join(raw, MANIFEST_NAME)).map((entry) => ({
    entry,
    text: readFileSync(join(raw, entry.file), 'utf8'),
  }));
}

/** Writes a synthetic corpus as a raw/ folder with its manifest, in place of what was there (never the project's own raw/). */
export function writeCorpus(raw: string, corpus: SyntheticCorpus): void {
  rmSync(raw, { recursive: true, force: true });
  mkdirSync(raw, { recursive: true });
  for (const { file, text } of corpus.files) writeFileSync(join(raw, file), text);
  writeFileSync(join(raw, MANIFEST_NAME), `${JSON.stringify({ sources: corpus.manifest }, null, 2)}\n`);
}
