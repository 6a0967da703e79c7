// End to end: the README's `make all` in a scratch copy of the project, with real and broken raw files.
// Figures are computed from the raw files and the manifest, so a source a user adds does not break them.
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../pipeline/lib/sha256.ts';
import { message } from '../pipeline/lib/messages.ts';
import { addScratchSource, scratchProject } from '../pipeline/lib/scratch.ts';
import { filesIn, makeIn } from './scratch-make.ts';
import { seedManifest, seedProject } from './seed-corpus.ts';

let project = '';
const make = (...goals: string[]) => makeIn(project, goals);
const outputs = () =>
  Object.fromEntries(
    ['build/ingest', 'build/normalise', 'build/claims', 'build/reconcile', 'processed'].flatMap((dir) =>
      filesIn(join(project, dir)).map((f) => [
        `${dir}/${f}`,
        readFileSync(join(project, dir, f)).toString(f.endsWith('.parquet') ? 'base64' : 'utf8'),
      ]),
    ),
  );
// the seed corpus alone (test/seed-corpus.ts): the figures below were worked out from it
const sources = seedManifest();
const fileOf = (id: string) => `raw/${sources.find((s) => s.source_id === id)!.file}`;
// lines as an editor numbers them: a final line end starts no new line
const linesOf = (file: string) => readFileSync(file, 'utf8').replace(/\n$/, '').split('\n').length;

beforeAll(() => {
  project = seedProject('pipeline-');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('make all', { timeout: 60_000 }, () => {
  let first: Record<string, string> = {};

  it('runs every stage and prints one line for each', () => {
    const { status, out } = make('all');
    expect(status, out).toBe(0);
    const lines = sources.reduce((sum, s) => sum + linesOf(`raw/${s.file}`), 0);
    const n = sources.length;
    expect(out).toMatch(
      new RegExp(
        `^ingest {4}${n} of ${n} sources re-read, ${lines.toLocaleString('en-US')} lines → [\\d,]+ blocks in build/ingest/ {2}\\d+ ms$`,
        'm',
      ),
    );
    expect(out).toMatch(
      /^normalise [\d,]+ mentions → [\d,]+ aliases in build\/normalise\/aliases.json, [\d,]+ resolved {2}\d+ ms$/m,
    );
    expect(out).toMatch(
      new RegExp(
        `^extract {3}${n} of ${n} sources re-read → [\\d,]+ claims, [\\d,]+ unlinked, in build/claims/ {2}\\d+ ms$`,
        'm',
      ),
    );
    // no shipped source needs attention (each has most of its figures linked), so none is named
    expect(out).not.toMatch(/^ {2}attention: /m);
    // the older revision's 7 opinion polls (its 2016 and 2021 result rows are no polls) and 3 exit polls
    const index = JSON.parse(readFileSync(join(project, 'build/claims/index.json'), 'utf8'));
    expect(index.sources.find((s: { source_id: string }) => s.source_id === 'wiki-2021-older')).toMatchObject({
      output: 'build/claims/wiki-2021-older.json',
      polls: 10,
    });
    expect(out).toMatch(
      /^reconcile [\d,]+ claims → [\d,]+ facts \([\d,]+ agreed, [\d,]+ consistent, [\d,]+ derived, [\d,]+ resolved, [\d,]+ disputed\), [\d,]+ conflicts found \([\d,]+ open\), [\d,]+ rows? matched by figures \([\d,]+ more claims? linked, [\d,]+ left unlinked\), [\d,]+ revision changes, in build\/reconcile\/ {2}\d+ ms$/m,
    );
    // extract's unlinked figures, less those reconcile linked by matching rows, are claims.csv's unlinked ones
    const number = (pattern: RegExp) => Number(out.match(pattern)![1]!.replace(/,/g, ''));
    const unlinkedByExtract = number(/^extract .* claims, ([\d,]+) unlinked/m);
    const linkedByReconcile = number(/^reconcile .*\(([\d,]+) more claims? linked/m);
    const leftUnlinked = number(/^reconcile .* ([\d,]+) left unlinked\)/m);
    expect(unlinkedByExtract - linkedByReconcile).toBe(leftUnlinked);
    const claims: { linked: string }[] = parse(readFileSync(join(project, 'processed/claims.csv')), { columns: true });
    expect(claims.filter((c) => c.linked === 'false').length).toBe(leftUnlinked);
    // the open conflicts as a short list under the reconcile line: the first few, then where all of them are
    // (the full list: test/rebuild.test.ts)
    const printed = out.trimEnd().split('\n');
    const reconcileAt = printed.findIndex((line) => line.startsWith('reconcile '));
    expect(printed.slice(reconcileAt + 1, reconcileAt + 5).map((line) => line.slice(0, 8))).toEqual([
      '  open: ',
      '  open: ',
      '  open: ',
      '  … 9 mo',
    ]);
    expect(printed[reconcileAt + 4]).toMatch(
      /^ {2}… 9 more: all 12 open conflicts in build\/reconcile\/conflicts.json /,
    );
    // a run that rebuilt the reports ends with where to open them
    expect(printed.at(-1)).toBe(`  open file://${resolve(project, 'reports/index.html')} in a browser`);
    // the analysis in the same process: its tables go to emit without a file
    expect(out).toMatch(/^analyse {3}[\d,]+ facts, [\d,]+ polls → 10 tables, [\d,]+ rows {2}\d+ ms$/m);
    const tables = JSON.parse(readFileSync('processed/datapackage.json', 'utf8')).resources.length;
    expect(out).toMatch(
      new RegExp(
        `^emit {6}[\\d,]+ facts → ${tables} tables, [\\d,]+ rows in processed/ \\(version sha256:[0-9a-f]{16}\\) {2}\\d+ ms$`,
        'm',
      ),
    );
    first = outputs();
    const perSource = (dir: string) =>
      [...sources.map((s) => `${dir}/${s.source_id}.json`), `${dir}/index.json`].sort();
    expect(Object.keys(first)).toEqual([
      ...perSource('build/ingest'),
      'build/normalise/aliases.json',
      ...sources.map((s) => `build/normalise/sources/${s.source_id}.json`).sort(),
      ...perSource('build/claims'),
      'build/reconcile/claims.json',
      'build/reconcile/conflicts.json',
      'build/reconcile/facts.json',
      'build/reconcile/inferences.json',
      'build/reconcile/revisions.json',
      'build/reconcile/unchecked.json',
      ...filesIn('processed').map((f) => `processed/${f}`),
    ]);
  });

  it('produces the processed/ that is committed, byte for byte (commit processed/ after changing code or data)', () => {
    // from all of raw/, a user's own sources included, as the committed processed/ was made
    const whole = scratchProject('pipeline-whole-');
    try {
      const { status, out } = makeIn(whole, ['all']);
      expect(status, out).toBe(0);
      expect(filesIn(join(whole, 'processed'))).toEqual(filesIn('processed'));
      for (const file of filesIn('processed')) {
        expect(
          readFileSync(join(whole, 'processed', file)).equals(readFileSync(join('processed', file))),
          `processed/${file} differs from what make all produces`,
        ).toBe(true);
      }
    } finally {
      rmSync(whole, { recursive: true, force: true });
    }
  });

  it('runs reconcile, analyse and emit each alone from its own entry, to the same files as the one process', () => {
    const alone = mkdtempSync(join(tmpdir(), 'stages-alone-'));
    const [reconciled, analysis] = [`${alone}/reconcile`, `${alone}/analysis.json`];
    const inputs = ['--raw', 'raw', '--aliases', 'build/normalise/aliases.json'];
    const run = (stage: string, args: string[]) => {
      const done = spawnSync('node_modules/.bin/tsx', [`pipeline/${stage}/main.ts`, ...args], {
        cwd: project,
        encoding: 'utf8',
      });
      expect(done.status, done.stderr).toBe(0);
      return done.stderr;
    };
    try {
      run('reconcile', [...inputs, '--ingest', 'build/ingest', '--claims', 'build/claims', '--out', reconciled]);
      expect(run('analyse', ['--reconcile', reconciled, '--claims', 'build/claims', '--out', analysis])).toMatch(
        /^analyse {3}[\d,]+ facts, [\d,]+ polls → 10 tables, [\d,]+ rows in \S+analysis.json {2}\d+ ms$/m,
      );
      run('emit', [...inputs, '--reconcile', reconciled, '--analysis', analysis, '--out', `${alone}/processed`]);
      const pairs: [string, string][] = [
        ['build/reconcile', `${alone}/reconcile`],
        ['processed', `${alone}/processed`],
      ];
      for (const [dir, from] of pairs) {
        expect(filesIn(from)).toEqual(filesIn(join(project, dir)));
        for (const file of filesIn(from))
          expect(readFileSync(join(from, file)).equals(readFileSync(join(project, dir, file))), file).toBe(true);
      }
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });

  it('does nothing when nothing changed, and says so in one line', () => {
    const { status, out } = make('all');
    expect(status).toBe(0);
    expect(out).toBe(
      'make: up to date: nothing in raw/, the registry, the pages or the code changed since the last run\n',
    );
  });

  it('stops on a changed raw file, names it, and leaves the previous outputs as they were', () => {
    const file = join(project, fileOf('analysis-2021'));
    const original = readFileSync(file);
    chmodSync(file, 0o644);
    appendFileSync(file, 'an added line\n');
    const { status, out } = make('all');
    expect(status).not.toBe(0);
    const recorded = sources.find((s) => s.source_id === 'analysis-2021')!.sha256;
    expect(out).toContain(
      `  ${message.rawChanged('raw/sources.json', fileOf('analysis-2021'), sha256(readFileSync(file)), recorded)}\n`,
    );
    expect(outputs()).toEqual(first);
    writeFileSync(file, original);
  });

  it('re-reads no source once the raw file is back byte for byte: its sha256 decides, not its time stamp', () => {
    const { status, out } = make('all');
    expect(status, out).toBe(0);
    expect(out).toMatch(new RegExp(`^ingest {4}0 of ${sources.length} sources re-read, 0 lines → 0 blocks in `, 'm'));
    expect(out).not.toMatch(/^(normalise|extract|reconcile|emit|report) /m);
  });

  it('stops on a spelling two parties share, naming both, and leaves the previous outputs as they were', () => {
    const file = join(project, 'pipeline/registry/parties.json');
    const original = readFileSync(file, 'utf8');
    const registry = JSON.parse(original);
    registry.entities.find((e: { id: string }) => e.id === 'adal').aliases.push('Ak Zhol');
    writeFileSync(file, JSON.stringify(registry, null, 2));
    const { status, out } = make('all');
    expect(status, out).not.toBe(0);
    expect(out).toContain(
      'pipeline/registry/parties.json: "Ak Zhol" names both party "ak-zhol" (aliases) and party "adal" (aliases), so it would resolve to neither; remove it from the party it does not name',
    );
    expect(outputs()).toEqual(first);
    writeFileSync(file, original);
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
    addScratchSource(project, '005_made_up.txt', text, { description: 'Names a party no registry knows.' });

    const lenient = make('all');
    expect(lenient.status, lenient.out).toBe(0);
    expect(lenient.out).toContain(
      '  unresolved: raw/005_made_up.txt:1: "Aq Jolo Party" names no entity in pipeline/registry; closest: ak-zhol (',
    );
    expect(lenient.out).toMatch(
      /, 1 unresolved \(method "unresolved" in build\/normalise\/aliases.json; STRICT=1 fails on them\)/,
    );

    const strict = spawnSync('make', ['all'], { cwd: project, encoding: 'utf8', env: { ...process.env, STRICT: '1' } });
    expect(strict.status).not.toBe(0);
    expect(strict.stderr).toContain('STRICT=1: 1 name resolved to no entity; every name must resolve');
    expect(strict.stderr).toContain('raw/005_made_up.txt:1: "Aq Jolo Party" names no entity');
  });
});

describe('the dependency rule', () => {
  it('never runs npm ci through a node_modules that links to another checkout', () => {
    // a stand-in for a developer's node_modules: if the rule ran npm ci through the link, this would be emptied
    const other = mkdtempSync(join(tmpdir(), 'node-modules-'));
    const scratch = mkdtempSync(join(tmpdir(), 'deps-'));
    try {
      writeFileSync(join(other, '.package-lock.json'), '{}');
      for (const file of ['Makefile', 'package.json', 'package-lock.json'])
        writeFileSync(join(scratch, file), readFileSync(file));
      symlinkSync(other, join(scratch, 'node_modules'));
      const run = spawnSync('make', ['.npm-installed'], { cwd: scratch, encoding: 'utf8' });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain(
        `make: node_modules is a link to ${other}; not running npm ci through it: install there, then touch .npm-installed here`,
      );
      expect(readdirSync(other)).toEqual(['.package-lock.json']);
    } finally {
      rmSync(other, { recursive: true, force: true });
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
