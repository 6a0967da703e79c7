// The staleness rule, in one place (the Makefile's header says the same):
// - make decides by time stamps, and every step writes a file only when its bytes change
//   (`unchanged` below), so a time stamp moves only with the content: a step that reran and produced
//   the same bytes leaves the steps after it alone;
// - where time stamps mislead, content decides: ingest re-reads a source only when its sha256, its
//   manifest entry or ingest's own code changed (`contentKey`), so a touched raw file reruns nothing
//   after ingest's hash check.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from './sha256.ts';

/** Whether `path` already holds exactly `content` (checked by size first, so a changed file is rarely read). */
export function unchanged(path: string, content: string | Uint8Array): boolean {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  try {
    if (statSync(path).size !== bytes.length) return false;
    return readFileSync(path).equals(bytes);
  } catch {
    return false;
  }
}

let running: string | null = null;
/** The hash of the running stage's own bundle: its code, as content rather than as a time stamp. */
export function codeHash(): string {
  return (running ??= sha256(readFileSync(process.argv[1]!)));
}

/** A key for everything an output was made from: when it differs from the one recorded, the output is stale. */
export const contentKey = (...parts: string[]) => sha256(parts.join('\0'));

/**
 * The per-source index a stage wrote on its last run (`{ sources: [...] }`), by source id: what it lists
 * with a matching key need not be read again. A missing or unreadable index lists nothing.
 */
function previousIndex<T extends { source_id: string }>(path: string): Map<string, T> {
  if (!existsSync(path)) return new Map();
  try {
    const { sources } = JSON.parse(readFileSync(path, 'utf8')) as { sources: T[] };
    return new Map(sources.map((s) => [s.source_id, s]));
  } catch {
    return new Map();
  }
}

/** A source's entry in a per-source stage's index: its key, and the file its output is in. */
export interface CachedSource {
  source_id: string;
  key: string;
  output: string;
}

/**
 * The per-source cache of a stage (ingest, extract): the entry its last run's index (`indexPath`) gives a
 * source, when its key is the one the source has now and its output is still there; else null, and the
 * source is read again.
 */
export function sourceCache<T extends CachedSource>(indexPath: string): (sourceId: string, key: string) => T | null {
  const previous = previousIndex<T>(indexPath);
  return (sourceId, key) => {
    const entry = previous.get(sourceId);
    return entry?.key === key && existsSync(entry.output) ? entry : null;
  };
}

/** Removes from a stage's folder every file but `names`: the outputs of sources the manifest no longer lists. */
export function keepOnly(folder: string, names: string[]): void {
  const kept = new Set(names);
  for (const name of readdirSync(folder)) if (!kept.has(name)) rmSync(join(folder, name));
}
