// End to end: the registry is data the stages read when they run, and each source's cache key holds what of
// it that source used, so a one-line registry edit re-reads only the sources it concerns (counted from the
// stages' own lines: `ingest  1 of 6 sources re-read`).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addScratchRegistryEntity, addScratchSource } from '../pipeline/lib/scratch.ts';
import { folderSnapshot, makeIn } from './scratch-make.ts';
import { seedProject } from './seed-corpus.ts';

let project = '';
let sources = 0;
const make = () => {
  // file times advance in clock ticks: an edit in the tick of the last stamp would look no newer than it
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
  const run = makeIn(project, ['all']);
  expect(run.status, run.out).toBe(0);
  return run.out;
};
/** How many sources a stage's line says it re-read, or null when the stage did not run. */
const reread = (out: string, stage: 'ingest' | 'extract') => {
  const line = new RegExp(`^${stage} +([\\d,]+) of ([\\d,]+) sources? re-read`, 'm').exec(out);
  if (line) expect(Number(line[2])).toBe(sources);
  return line ? Number(line[1]) : null;
};
const editRegistry = (file: string, edit: (content: Record<string, unknown[]>) => void) => {
  const path = join(project, 'pipeline/registry', file);
  const content = JSON.parse(readFileSync(path, 'utf8'));
  edit(content);
  writeFileSync(path, `${JSON.stringify(content, null, 2)}\n`);
};
type Party = { id: string; aliases: string[] };

beforeAll(() => {
  project = seedProject('registry-rebuild-');
  // a note of our own: the only source that says "Auyl Village Front" or "ballots dropped"
  const note = [
    'Notes on the rural vote',
    '',
    'The Auyl Village Front, as its posters call it, did not pass the threshold.',
    'Ballots dropped in the boxes of Zhetysu were counted twice, the observers said.',
    '',
  ].join('\n');
  addScratchSource(project, '005_rural_note.txt', note);
  sources = JSON.parse(readFileSync(join(project, 'raw/sources.json'), 'utf8')).sources.length;
  make();
}, 120_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a registry edit re-reads only the sources it concerns', { timeout: 120_000 }, () => {
  it('an alias re-reads only the source that contains it, in extract; ingest reads no entity', () => {
    editRegistry('parties.json', (c) => {
      (c.entities as Party[]).find((p) => p.id === 'auyl')!.aliases.push('Auyl Village Front');
    });
    const out = make();
    expect(reread(out, 'ingest')).toBeNull();
    expect(reread(out, 'extract')).toBe(1);
    const names = readFileSync(join(project, 'build/normalise/sources/rural-note.json'), 'utf8');
    expect(JSON.parse(names).names).toContainEqual(
      expect.objectContaining({ input: 'Auyl Village Front', id: 'auyl' }),
    );
  });

  it('an entity no source names re-reads none', () => {
    addScratchRegistryEntity(project, 'parties.json', {
      id: 'made-up-front',
      name_en: 'Made-Up Front of Nowhere',
      name_kk: null,
      name_kk_latn: null,
      name_ru: null,
      abbreviations: [],
      translations: [],
      former_names: [],
      later_names: [],
      aliases: [],
      colour: '#123456',
    });
    const out = make();
    expect(reread(out, 'ingest')).toBeNull();
    expect(reread(out, 'extract')).toBe(0);
  });

  it('a label re-reads only the source whose text holds it, in ingest and extract; editing it, the same', () => {
    editRegistry('labels.json', (c) => c.row_labels!.push({ label: 'Ballots dropped', metrics: ['valid_votes'] }));
    const added = make();
    expect([reread(added, 'ingest'), reread(added, 'extract')]).toEqual([1, 1]);
    editRegistry('labels.json', (c) => {
      (c.row_labels as { label: string; metrics: string[] }[]).at(-1)!.metrics = ['invalid_votes'];
    });
    const edited = make();
    expect([reread(edited, 'ingest'), reread(edited, 'extract')]).toEqual([1, 1]);
  });

  it('a code change still re-reads every source', () => {
    // an export of the stage's entry survives bundling (a comment would not)
    const file = join(project, 'pipeline/extract/main.ts');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nexport const changedBy = 'the registry-rebuild test';\n`);
    const out = make();
    expect(reread(out, 'extract')).toBe(sources);
  });

  it('leaves, after all these edits, what a clean build makes: no source kept a stale reading', () => {
    const kept = ['build/claims', 'build/ingest', 'processed'].map((dir) => folderSnapshot(join(project, dir)));
    expect(spawnSync('make', ['clean'], { cwd: project }).status).toBe(0);
    make();
    expect(['build/claims', 'build/ingest', 'processed'].map((dir) => folderSnapshot(join(project, dir)))).toEqual(
      kept,
    );
  });

  it('a registry file that is not JSON stops the run with its file, line and column', () => {
    const path = join(project, 'pipeline/registry/pollsters.json');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('"entities": [', '"entities": [,'));
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    const run = makeIn(project, ['all']);
    writeFileSync(path, text);
    expect(run.status).not.toBe(0);
    const line = text.slice(0, text.indexOf('"entities": [')).split('\n').length;
    expect(run.out).toMatch(new RegExp(`pipeline/registry/pollsters.json:${line}: not valid JSON at column \\d+`));
    expect(run.out).not.toMatch(/\n\s+at /);
  });
});
