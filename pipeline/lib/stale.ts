// The staleness rule, in one place (the Makefile's header says the same):
// - make decides by time stamps, and every step writes a file only when its bytes change
//   (`unchanged` below), so a time stamp moves only with the content: a step that reran and produced
//   the same bytes leaves the steps after it alone;
// - where time stamps mislead, content decides: ingest re-reads a source only when its sha256, its
//   manifest entry or ingest's own code changed (`contentKey`), so a touched raw file reruns nothing
//   after ingest's hash check.
import { existsSync, readFileSync, statSync } from 'node:fs';
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
export function previousIndex<T extends { source_id: string }>(path: string): Map<string, T> {
  if (!existsSync(path)) return new Map();
  try {
    const { sources } = JSON.parse(readFileSync(path, 'utf8')) as { sources: T[] };
    return new Map(sources.map((s) => [s.source_id, s]));
  } catch {
    return new Map();
  }
}
