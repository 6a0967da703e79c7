// make diff on real git history: a scratch git repository made from a copy of the project, where
// sources are changed and added, the pipeline is run and the results committed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareSides, type DataDiff } from '../../pipeline/diff/diff.ts';
import { readSide } from '../../pipeline/diff/side.ts';
import { addScratchSource, scratchProject } from '../../pipeline/lib/scratch.ts';

let project = '';
const run = (command: string, args: string[], cwd = project) => {
  const done = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    env: { ...process.env, STRICT: '', CHECK: '', FROM: '', TO: '', LIMIT: '' },
  });
  return { status: done.status, stdout: done.stdout, stderr: done.stderr };
};
const make = (...goals: string[]) => run('make', goals);
const git = (...args: string[]) => {
  const done = run('git', [
    '-c',
    'user.name=diff test',
    '-c',
    'user.email=diff-test@example.invalid',
    '-c',
    'core.hooksPath=/dev/null',
    ...args,
  ]);
  if (done.status !== 0) throw new Error(`git ${args.join(' ')}: ${done.stderr}`);
  return done.stdout;
};
const commit = (message: string, tag: string) => {
  git('add', '-A');
  git('commit', '-q', '-m', message);
  git('tag', tag);
};
const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');
const side = (revision: string) =>
  readSide(revision, 'processed', async (path) => {
    const shown = run('git', ['show', `${revision}:processed/${path}`]);
    return shown.status === 0 ? shown.stdout : null;
  });
const between = async (from: string, to: string) => compareSides(await side(from), await side(to));

/** Every difference as one line: `table key column: old → new`, `table + key`, `table - key`. */
const differences = (diff: DataDiff) =>
  diff.tables.flatMap((t) => [
    ...t.schema.map((change) => `${t.name} schema ${JSON.stringify(change)}`),
    ...t.added.map((key) => `${t.name} + ${key.join(' · ')}`),
    ...t.removed.map((key) => `${t.name} - ${key.join(' · ')}`),
    ...t.changed.flatMap((row) =>
      row.cells.map((c) => `${t.name} ${row.key.join(' · ')} ${c.column}: ${c.from} → ${c.to}`),
    ),
  ]);

const NEWER = 'raw/002_28d5af5a016ac629.txt';
function editSource(file: string, edit: (text: string) => string): void {
  const path = join(project, file);
  const old = readFileSync(path, 'utf8');
  const text = edit(old);
  rmSync(path);
  writeFileSync(path, text);
  const manifest = join(project, 'raw/sources.json');
  writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(sha256(old), sha256(text)));
}

beforeAll(() => {
  // the install stamp (git-ignored) stays newer than the lock file: make never runs npm ci through the linked
  // node_modules
  project = scratchProject('diff-history-', ['.gitignore', 'processed']);
  git('init', '-q');
  commit('the project as it is', 'v1');
  const built = make('all');
  if (built.status !== 0) throw new Error(built.stdout + built.stderr);
}, 120_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('make diff on real git history', { timeout: 120_000 }, () => {
  it('finds nothing when the working tree is as committed, and exits 0 even with CHECK=1', () => {
    const plain = make('diff');
    expect(plain.status, plain.stderr).toBe(0);
    expect(plain.stdout.split('\n').slice(0, 3)).toEqual([
      'processed/ at HEAD (' +
        git('rev-parse', '--short=7', 'HEAD').trim() +
        '), version ' +
        JSON.parse(readFileSync(join(project, 'processed/datapackage.json'), 'utf8')).version,
      '        against the working tree, version ' +
        JSON.parse(readFileSync(join(project, 'processed/datapackage.json'), 'utf8')).version,
      'no differences',
    ]);
    expect(plain.stdout).toMatch(/^results_national +unchanged, 11 rows$/m);
    expect(make('diff', 'CHECK=1').status).toBe(0);
    const badLimit = make('diff', 'LIMIT=many');
    expect(badLimit.status).not.toBe(0);
    expect(badLimit.stderr).toContain(
      'diff: stopped, nothing was written\n' +
        '  LIMIT="many": not a whole number; expected the rows listed per table, such as LIMIT=20 (the default)',
    );
  });

  it('shows a figure changed in a raw source as exactly the cells it changes, and nothing else', async () => {
    // raw/002 line 287, Akmola Region: Auyl's votes 7,529 → 7,530 (the older revision, line 185, keeps 7,529)
    const oldText = readFileSync(join(project, NEWER), 'utf8');
    const oldLine = oldText.split('\n')[286]!;
    editSource(NEWER, (text) => text.replace(oldLine, oldLine.replace('| 7,529 |', '| 7,530 |')));
    const newLine = readFileSync(join(project, NEWER), 'utf8').split('\n')[286]!;
    expect(make('all').status).toBe(0);
    // make itself exits 2 whenever a recipe fails (GNU make's only failure status); the command exits 1
    expect(make('diff', 'CHECK=1')).toMatchObject({ status: 2, stderr: expect.stringContaining('[Makefile:') });
    expect(run('node', ['build/bin/diff.mjs', '--check']).status).toBe(1);
    commit('Akmola: Auyl 7,530 in the newer revision', 'v2');

    const claimsOnTheLine = Array.from({ length: 10 }, (_, i) => `wiki-2021-newer:287:c${i + 1}`).sort();
    expect(differences(await between('v1', 'v2')).sort()).toEqual(
      [
        // the region's votes: 278,209 + 33,474 + 39,780 + 7,529 + 4,728 = 363,720, now 363,721
        'results_regional kz-mazhilis-2021 · akmola · auyl votes: 7529 → 7530',
        // 7,529 / 363,720 = 2.0700 %; 7,530 / 363,721 = 2.0703 %
        'results_regional kz-mazhilis-2021 · akmola · auyl vote_share: 2.07 → 2.0703',
        // 278,209 / 363,720, then / 363,721
        'results_regional kz-mazhilis-2021 · akmola · nur-otan vote_share: 76.4899 → 76.4897',
        // (Ak Zhol 9.2032, People's Party 10.9370, Adal 1.2999: the same at 4 decimals either way)
        // the 17 regions now add up to 383,024, the national row says 383,023
        'conflicts + regions-sum:wiki-2021-newer:304:c7',
        'conflicts + sources:wiki-2021-older:185:c7', // the older revision's 7,529 against the newer's 7,530
        // and so a figure the newer revision changed
        'revisions + wiki-2021-older..wiki-2021-newer:figure-changed:votes:kz-mazhilis-2021:auyl:akmola',
        'facts votes:kz-mazhilis-2021:auyl:akmola value: 7529 → 7530',
        'facts votes:kz-mazhilis-2021:auyl:akmola rule: every source gives the same figure → source priority: ' +
          'the newer revision (table) over the figures that disagree',
        'facts votes:kz-mazhilis-2021:auyl:akmola status: agreed → resolved',
        'facts votes:kz-mazhilis-2021:auyl rule: every source gives the same figure → 1 open conflict: ' +
          "The newer revision gives Auyl People's Democratic Patriotic Party's votes as 383,023 (wiki-2021-newer), " +
          'but its 17 regions add up to 383,024.',
        'facts votes:kz-mazhilis-2021:auyl status: agreed → conflict',
        ...claimsOnTheLine.map((id) => `claims ${id} excerpt: ${oldLine} → ${newLine}`),
        'claims wiki-2021-newer:287:c7 figure: 7,529 → 7,530',
        'claims wiki-2021-newer:287:c7 value: 7529 → 7530',
        `sources wiki-2021-newer sha256: ${sha256(oldText)} → ${sha256(readFileSync(join(project, NEWER)))}`,
        "openelections-20210110 Akmola Region · Auyl People's Democratic Patriotic Party votes: 7529 → 7530",
      ].sort(),
    );

    const shown = make('diff', 'FROM=v1', 'TO=v2');
    expect(shown.status).toBe(0);
    expect(shown.stdout).not.toContain('\u001b[');
    expect(shown.stdout).toContain(
      '\nresults_regional        rows 2 changed; 85 rows\n' +
        '  → kz-mazhilis-2021 · akmola · auyl  votes 7529 → 7530; vote_share 2.07 → 2.0703\n',
    );
    const conflictsBefore = git('show', 'v1:processed/conflicts.csv').trimEnd().split('\n').slice(1);
    const openBefore = conflictsBefore.filter((row) => row.includes(',open,')).length;
    expect(shown.stdout).toContain(
      `\nopen conflicts          ${openBefore} → ${openBefore + 1}\nconflicts               rows 2 added; ` +
        `${conflictsBefore.length} rows → ${conflictsBefore.length + 2}\n`,
    );
    expect(shown.stdout).toMatch(/^results_national +unchanged, 11 rows$/m);
    expect(run('node', ['build/bin/diff.mjs', '--from', 'v1', '--to', 'v2', '--check']).status).toBe(1);
    expect(run('node', ['build/bin/diff.mjs', '--from', 'v1', '--to', 'v1', '--check']).status).toBe(0);
  });

  it('shows an added source as added claims', async () => {
    const text = 'The Nur Otan party won 71.09% of the vote, and Ak Zhol won 10.95%.\n';
    addScratchSource(project, '005_added_note.txt', text, {
      title: 'An added note',
      description: 'Two shares in one sentence.',
    });
    expect(make('all').status).toBe(0);
    commit('An added source', 'v3');
    const diff = await between('v2', 'v3');
    const claims = diff.tables.find((t) => t.name === 'claims')!;
    expect(claims.added.map((key) => key[0]!.replace(/:c?\d+$/, ''))).toEqual(['added-note:1', 'added-note:1']);
    expect([claims.removed, claims.changed]).toEqual([[], []]);
    expect(diff.tables.find((t) => t.name === 'sources')!.added).toEqual([['added-note']]);
  });

  it('shows a column added to a table, with its schema, as a schema change and not as every row changed', async () => {
    const csv = join(project, 'processed/indices.csv');
    writeFileSync(
      csv,
      readFileSync(csv, 'utf8')
        .trimEnd()
        .split('\n')
        .map((line, i) => `${line},${i === 0 ? 'remark' : ''}`)
        .join('\n') + '\n',
    );
    const packagePath = join(project, 'processed/datapackage.json');
    const descriptor = JSON.parse(readFileSync(packagePath, 'utf8'));
    descriptor.resources
      .find((r: { name: string }) => r.name === 'indices')
      .schema.fields.push({ name: 'remark', type: 'string' });
    writeFileSync(packagePath, JSON.stringify(descriptor, null, 1));
    // a name indices does not have (its note column came with analyse's notes)
    commit('indices: a remark column', 'v4');
    expect(differences(await between('v3', 'v4'))).toEqual([
      'indices schema {"kind":"column-added","column":"remark","type":"string"}',
    ]);
    expect(make('diff', 'FROM=v3', 'TO=v4').stdout).toMatch(
      /^indices +rows the same; 6 rows\n {2}column added: remark \(string\)\n/m,
    );
  });

  it('shows nothing for formatting only: trailing zeros and row order', () => {
    const csv = join(project, 'processed/results_national.csv');
    const [header, ...rows] = readFileSync(csv, 'utf8').trimEnd().split('\n');
    writeFileSync(
      csv,
      [header, ...rows.reverse().map((row) => row.replace(/(\d\.\d+)(,|$)/g, '$10$2'))].join('\n') + '\n',
    );
    expect(run('git', ['status', '--short']).stdout).toBe(' M processed/results_national.csv\n');
    const shown = make('diff', 'CHECK=1');
    expect(shown.status, shown.stdout).toBe(0);
    expect(shown.stdout.split('\n')[2]).toBe('no differences');
    git('checkout', '--', 'processed');
  });

  it('writes reports/diff.html and leaves the other pages in reports/ alone', () => {
    mkdirSync(join(project, 'reports'), { recursive: true });
    writeFileSync(join(project, 'reports/index.html'), '<p>the index</p>\n');
    expect(make('diff', 'FROM=v1', 'TO=v2').status).toBe(0);
    const page = readFileSync(join(project, 'reports/diff.html'), 'utf8');
    expect(page).toContain('<td class="modify">7,529→7,530</td>');
    expect(readFileSync(join(project, 'reports/index.html'), 'utf8')).toBe('<p>the index</p>\n');
  });

  it('names two unknown revisions at once, how to fix them, and exits 2 (never 1, which CHECK=1 means "differs")', () => {
    const shown = run('node', ['build/bin/diff.mjs', '--from', 'no-such-tag', '--to', '0123abc', '--check']);
    expect(shown.status).toBe(2);
    expect(make('diff', 'FROM=no-such-tag', 'TO=0123abc').stderr).toContain(
      '  FROM="no-such-tag": no commit of that name',
    );
    expect(shown.stdout).toBe('');
    expect(shown.stderr).toContain(
      [
        'diff: stopped, nothing was written',
        '  FROM="no-such-tag": no commit of that name in this repository; ' +
          'expected a branch, a tag or a commit hash (git log --oneline lists them)',
        '  TO="0123abc": no commit of that name in this repository; ' +
          'expected a branch, a tag or a commit hash (git log --oneline lists them)',
      ].join('\n'),
    );
  });

  it('says what it looked for when a side has no data package, or an invalid one', () => {
    const packagePath = join(project, 'processed/datapackage.json');
    renameSync(packagePath, `${packagePath}.away`);
    expect(make('diff').stderr).toContain(
      '  the working tree: processed/datapackage.json not found; expected the data package that make all writes: ' +
        'run make all (and commit processed/) at that revision, or compare another one\n',
    );
    writeFileSync(packagePath, '{"resources": 3}');
    expect(make('diff').stderr).toContain(
      '  the working tree: processed/datapackage.json is not a valid data package (no "resources" list); ' +
        'expected {"resources": [{"name", "path", "schema": {"fields": [...]}}]}: run make all to rewrite it\n',
    );
    renameSync(`${packagePath}.away`, packagePath);
  });

  it('says so outside a git repository', () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'not-a-repo-'));
    const shown = run('node', [join(project, 'build/bin/diff.mjs')], elsewhere);
    expect(shown.status).toBe(2);
    expect(shown.stderr).toContain(
      `  ${elsewhere}: not a git repository (git rev-parse found no .git above it); ` +
        `run make diff inside a clone of the project, or run git init and commit processed/ first\n`,
    );
    rmSync(elsewhere, { recursive: true, force: true });
  });
});
