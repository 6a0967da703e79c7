// A scratch copy of the project for running make end to end (tests, bench) without touching this one.
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sha256 } from './sha256.ts';

const ENTRIES = ['Makefile', 'package.json', 'package-lock.json', 'pipeline', 'raw'];

/**
 * Copies what `make all` reads into a new temporary folder and links this checkout's node_modules,
 * with the install stamp set, so make there never runs `npm ci` through the link. `extraEntries`
 * (such as `processed`) are copied too. With `sources`, raw/ keeps only those sources (by id), its
 * manifest listing them alone.
 */
export function scratchProject(prefix: string, extraEntries: string[] = [], sources?: string[]): string {
  const project = mkdtempSync(join(tmpdir(), prefix));
  for (const entry of [...ENTRIES, ...extraEntries])
    cpSync(entry, join(project, entry), { recursive: true, preserveTimestamps: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
  writeFileSync(join(project, '.npm-installed'), '');
  if (sources) keepSources(join(project, 'raw'), sources);
  return project;
}

function keepSources(raw: string, ids: string[]): void {
  const manifestPath = join(raw, 'sources.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const [kept, dropped] = [true, false].map((keep) =>
    manifest.sources.filter((s: { source_id: string }) => ids.includes(s.source_id) === keep),
  );
  if (dropped!.length === 0) return;
  for (const source of dropped!) rmSync(join(raw, source.file), { force: true });
  writeFileSync(manifestPath, `${JSON.stringify({ ...manifest, sources: kept }, null, 2)}\n`);
}

/**
 * Adds a source to a scratch copy as the README says a user does: the file into raw/ and its entry, with
 * its sha256, into raw/sources.json. The entry is a one-off English commentary on the 2021 election
 * unless `fields` says otherwise.
 */
export function addScratchSource(
  project: string,
  file: string,
  text: string | Buffer,
  fields: Record<string, unknown> = {},
): void {
  writeFileSync(join(project, 'raw', file), text);
  const manifestPath = join(project, 'raw/sources.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  manifest.sources.push({
    source_id: file.replace(/^\d+_|\.txt$/g, '').replaceAll('_', '-'),
    file,
    title: `A test note, ${file}`,
    kind: 'commentary',
    language: 'en',
    revision_of: null,
    revision: null,
    layout: 'line-per-paragraph',
    election_id: 'kz-mazhilis-2021',
    description: 'A text written for the tests.',
    sha256: sha256(text),
    ...fields,
  });
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

/**
 * Adds an entity to a scratch copy's registry as a user does: appended to the entities of
 * `pipeline/registry/<file>` (`pollsters.json`, `parties.json`, …), the file rewritten as JSON.
 */
export function addScratchRegistryEntity(project: string, file: string, entity: Record<string, unknown>): void {
  const path = join(project, 'pipeline/registry', file);
  const registry = JSON.parse(readFileSync(path, 'utf8'));
  registry.entities.push(entity);
  writeFileSync(path, `${JSON.stringify(registry, null, 2)}\n`);
}
