// End to end: the README's `make all` in a scratch copy of the project, with real and broken raw files.
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let project = '';
const make = (...goals: string[]) => {
  const run = spawnSync('make', goals, { cwd: project, encoding: 'utf8' });
  return { status: run.status, out: run.stdout + run.stderr };
};
const outputs = () => Object.fromEntries(readdirSync(join(project, 'build/ingest')).sort().map((f) => [f, readFileSync(join(project, 'build/ingest', f), 'utf8')]));

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'pipeline-'));
  for (const entry of ['Makefile', 'package.json', 'package-lock.json', 'pipeline', 'raw']) {
    cpSync(entry, join(project, entry), { recursive: true, preserveTimestamps: true });
  }
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('make all', () => {
  let first: Record<string, string> = {};

  it('ingests every source and prints one line for the stage', () => {
    const { status, out } = make('all');
    expect(status, out).toBe(0);
    expect(out).toMatch(/^ingest {2}5 of 5 sources re-read, 828 lines → [\d,]+ blocks in build\/ingest\/ {2}\d+ ms$/m);
    first = outputs();
    expect(Object.keys(first)).toEqual(['analysis-2021.json', 'commentary-2021.json', 'index.json', 'wiki-2021-newer.json', 'wiki-2021-older.json', 'wiki-2021-sentences.json']);
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
    expect(out).toMatch(/^ingest {2}1 of 5 sources re-read, 87 lines → /m);
  });

  it('rebuilds byte-identical outputs after make clean', () => {
    const cleaned = make('clean');
    expect(cleaned.status).toBe(0);
    expect(existsSync(join(project, 'build'))).toBe(false);
    expect(make('all').status).toBe(0);
    expect(outputs()).toEqual(first);
  });
});
