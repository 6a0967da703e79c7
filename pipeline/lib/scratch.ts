// A scratch copy of the project for running make end to end (tests, bench) without touching this one.
import { cpSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ENTRIES = ['Makefile', 'package.json', 'package-lock.json', 'pipeline', 'raw'];

/**
 * Copies what `make all` reads into a new temporary folder and links this checkout's node_modules,
 * with the install stamp set, so make there never runs `npm ci` through the link. `extraEntries`
 * (such as `processed`) are copied too.
 */
export function scratchProject(prefix: string, extraEntries: string[] = []): string {
  const project = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of [...ENTRIES, ...extraEntries]) cpSync(entry, join(project, entry), { recursive: true, preserveTimestamps: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
  writeFileSync(join(project, '.npm-installed'), '');
  return project;
}
