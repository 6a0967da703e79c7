// End to end: the README's `make all` in a scratch copy of the project, with real and broken raw files.
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let project = '';
const make = (...goals: string[]) => {
  const run = spawnSync('make', goals, { cwd: project, encoding: 'utf8', env: { ...process.env, STRICT: '' } });
  return { status: run.status, out: run.stdout + run.stderr };
};
// every file under a folder, sub-folders included (processed/parquet/), by its path in the folder
const filesIn = (dir: string) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
const outputs = () => Object.fromEntries(
  ['build/ingest', 'build/normalise', 'build/claims', 'build/reconcile', 'processed'].flatMap((dir) => filesIn(join(project, dir)).map((f) => [`${dir}/${f}`, readFileSync(join(project, dir, f)).toString(f.endsWith('.parquet') ? 'base64' : 'utf8')])),
);

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'pipeline-'));
  for (const entry of ['Makefile', 'package.json', 'package-lock.json', 'pipeline', 'raw']) {
    cpSync(entry, join(project, entry), { recursive: true, preserveTimestamps: true });
  }
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('make all', { timeout: 60_000 }, () => {
  let first: Record<string, string> = {};

  it('ingests every source and prints one line for the stage', () => {
    const { status, out } = make('all');
    expect(status, out).toBe(0);
    expect(out).toMatch(/^ingest {4}5 of 5 sources re-read, 828 lines → [\d,]+ blocks in build\/ingest\/ {2}\d+ ms$/m);
    expect(out).toMatch(/^normalise [\d,]+ mentions → [\d,]+ aliases in build\/normalise\/aliases.json, [\d,]+ resolved {2}\d+ ms$/m);
    expect(out).toMatch(/^extract {3}5 of 5 sources re-read → [\d,]+ claims, [\d,]+ unlinked, in build\/claims\/ {2}\d+ ms$/m);
    expect(out).toMatch(/^ {2}wiki-2021-older: [\d,]+ claims, [\d,]+ unlinked \(linked: false in build\/claims\/wiki-2021-older.json\), 10 polls$/m);
    expect(out).toMatch(/^reconcile [\d,]+ claims → [\d,]+ facts \([\d,]+ agreed, [\d,]+ consistent, [\d,]+ derived, [\d,]+ resolved, [\d,]+ conflict\), [\d,]+ conflicts \(10 open\), 4 rows matched by figures, [\d,]+ revision changes, in build\/reconcile\/ {2}\d+ ms$/m);
    expect(out).toContain('  open: wiki-2021-older:187 The older revision prints Adal\'s share in Almaty as 5.21%');
    expect(out).toMatch(/^emit {6}[\d,]+ facts → 18 tables, [\d,]+ rows in processed\/ \(version sha256:[0-9a-f]{16}\) {2}\d+ ms$/m);
    first = outputs();
    expect(Object.keys(first)).toEqual([
      'build/ingest/analysis-2021.json', 'build/ingest/commentary-2021.json', 'build/ingest/index.json', 'build/ingest/wiki-2021-newer.json',
      'build/ingest/wiki-2021-older.json', 'build/ingest/wiki-2021-sentences.json', 'build/normalise/aliases.json',
      'build/claims/analysis-2021.json', 'build/claims/commentary-2021.json', 'build/claims/index.json', 'build/claims/wiki-2021-newer.json',
      'build/claims/wiki-2021-older.json', 'build/claims/wiki-2021-sentences.json',
      'build/reconcile/claims.json', 'build/reconcile/conflicts.json', 'build/reconcile/facts.json', 'build/reconcile/inferences.json', 'build/reconcile/revisions.json',
      ...filesIn('processed').map((f) => `processed/${f}`),
    ]);
  });

  it('produces the processed/ that is committed, byte for byte (commit processed/ after changing code or data)', () => {
    expect(filesIn(join(project, 'processed'))).toEqual(filesIn('processed'));
    for (const file of filesIn('processed')) {
      expect(readFileSync(join(project, 'processed', file)).equals(readFileSync(join('processed', file))), `processed/${file} differs from what make all produces`).toBe(true);
    }
  });

  it('does nothing when nothing changed', () => {
    const { status, out } = make('all');
    expect(status).toBe(0);
    expect(out).not.toMatch(/^ingest/m);
  });

  it('stops on a changed raw file, names it, and leaves the previous outputs as they were', () => {
    const file = join(project, 'raw/003_5e84b03b9b79030b.txt');
    const original = readFileSync(file);
    chmodSync(file, 0o644);
    appendFileSync(file, 'an added line\n');
    const { status, out } = make('all');
    expect(status).not.toBe(0);
    expect(out).toContain('raw/003_5e84b03b9b79030b.txt: sha256 is ');
    expect(out).toContain('but raw/sources.json records bb7b8199e140…; raw/ is immutable');
    expect(outputs()).toEqual(first);
    writeFileSync(file, original);
  });

  it('re-ingests only the source whose raw file is newer than its output', () => {
    const { status, out } = make('all');
    expect(status, out).toBe(0);
    expect(out).toMatch(/^ingest {4}1 of 5 sources re-read, 87 lines → /m);
    expect(out).toMatch(/^extract {3}1 of 5 sources re-read → /m);
  });

  it('rebuilds byte-identical outputs after make clean', () => {
    const cleaned = make('clean');
    expect(cleaned.status).toBe(0);
    expect(existsSync(join(project, 'build'))).toBe(false);
    expect(make('all').status).toBe(0);
    expect(outputs()).toEqual(first);
  });
});

describe('names make all cannot resolve', { timeout: 60_000 }, () => {
  it('are reported with file, line and suggestions, and fail a STRICT=1 run', () => {
    const text = 'The Aq Jolo Party won 3% of the vote.\n';
    writeFileSync(join(project, 'raw/005_made_up.txt'), text);
    const manifestPath = join(project, 'raw/sources.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    manifest.sources.push({
      source_id: 'made-up', file: '005_made_up.txt', title: 'A made-up note', kind: 'commentary', language: 'en', revision_of: null, revision: null,
      layout: 'line-per-paragraph', election_id: 'kz-mazhilis-2021', description: 'Names a party no registry knows.', sha256: createHash('sha256').update(text).digest('hex'),
    });
    writeFileSync(manifestPath, JSON.stringify(manifest));

    const lenient = make('all');
    expect(lenient.status, lenient.out).toBe(0);
    expect(lenient.out).toContain('  unresolved: raw/005_made_up.txt:1: "Aq Jolo Party" names no entity in pipeline/registry; closest: ak-zhol (');
    expect(lenient.out).toMatch(/, 1 unresolved \(method "unresolved" in build\/normalise\/aliases.json; STRICT=1 fails on them\)/);

    const strict = spawnSync('make', ['all'], { cwd: project, encoding: 'utf8', env: { ...process.env, STRICT: '1' } });
    expect(strict.status).not.toBe(0);
    expect(strict.stderr).toContain('STRICT=1: 1 name resolved to no entity; every name must resolve');
    expect(strict.stderr).toContain('raw/005_made_up.txt:1: "Aq Jolo Party" names no entity');
  });
});
