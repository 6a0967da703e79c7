// Scratch copies of the project for the benchmarks: the code and the Makefile, node_modules linked,
// and raw/ either copied or written from a synthetic corpus. The working tree's build/ is left alone.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { MANIFEST_NAME, readManifest } from '../lib/manifest.ts';
import type { RealSource, SyntheticCorpus } from './corpus.ts';

export function scratchProject(withRaw: boolean): string {
  const project = mkdtempSync(join(tmpdir(), 'bench-'));
  const entries = ['Makefile', 'package.json', 'package-lock.json', 'pipeline', ...(withRaw ? ['raw'] : [])];
  for (const entry of entries) cpSync(entry, join(project, entry), { recursive: true, preserveTimestamps: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
  return project;
}

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
  return readManifest(join(raw, MANIFEST_NAME)).map((entry) => ({ entry, text: readFileSync(join(raw, entry.file), 'utf8') }));
}

/** Writes a synthetic corpus as a raw/ folder with its manifest (never over the project's own raw/). */
export function writeCorpus(raw: string, corpus: SyntheticCorpus): void {
  mkdirSync(raw, { recursive: true });
  for (const { file, text } of corpus.files) writeFileSync(join(raw, file), text);
  writeFileSync(join(raw, MANIFEST_NAME), `${JSON.stringify({ sources: corpus.manifest }, null, 2)}\n`);
}
