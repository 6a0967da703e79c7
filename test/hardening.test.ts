// Hostile input, mistakes and interruptions, through the real entry point: `make all` in a scratch copy.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readManifest } from '../pipeline/lib/manifest.ts';
import { message } from '../pipeline/lib/messages.ts';
import { addScratchSource, scratchProject } from '../pipeline/lib/scratch.ts';
import { reportMessage } from '../pipeline/lib/report-messages.ts';
import { fromSpreadsheetSafe } from '../pipeline/lib/spreadsheet.ts';
import { canRunAsNobody, filesIn, folderSnapshot, makeIn } from './scratch-make.ts';
import { seedProject } from './seed-corpus.ts';

let project = '';
const make = (env: Record<string, string> = {}) => makeIn(project, ['all'], env);
const makeAsync = (onStart?: (pid: number) => void) =>
  new Promise<{ status: number | null; out: string }>((done) => {
    const child = spawn('make', ['all'], { cwd: project, env: { ...process.env, STRICT: '' }, detached: true });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (status) => done({ status, out }));
    onStart?.(child.pid!);
  });
const snapshot = () => folderSnapshot(join(project, 'processed'));
const leftovers = () => [
  ...readdirSync(project).filter((f) => /\.(?:tmp|old)-\d+$/.test(f)),
  ...readdirSync(join(project, 'build'), { recursive: true })
    .map(String)
    .filter((f) => f.includes('.tmp-')),
];
const addSource = (file: string, text: string | Buffer, fields: Record<string, unknown> = {}) =>
  addScratchSource(project, file, text, fields);
type ClaimRow = Record<
  | 'claim_id'
  | 'source_id'
  | 'line'
  | 'extraction'
  | 'metric'
  | 'party_id'
  | 'value'
  | 'figure'
  | 'linked'
  | 'note'
  | 'surface'
  | 'excerpt'
  | 'excerpt_column',
  string
>;
const claims = () => parse(readFileSync(join(project, 'processed/claims.csv')), { columns: true }) as ClaimRow[];
const touch = (path: string) => {
  const now = new Date();
  utimesSync(join(project, path), now, now);
};

// a source written for these tests: every fault of issue 13 that a text can carry
const DISTRICTS = Array.from({ length: 3000 }, (_, i) => `Ak Zhol got ${(i % 9) + 1}% in district ${i}`);
const LONG_LINE = `In the districts, ${DISTRICTS.join(', ')}.`;
const HOSTILE = [
  'Hostile test note',
  'Party | Votes | Seats |',
  '---|---|---|',
  'Nur Otan | 5,148,074 | 76 |',
  'Ak Zhol | 540,406 | 12 |',
  'Adal | 258,618 |',
  '',
  '== Results ==',
  '',
  '| Party | Votes | % |',
  '| Nur Otan | 5 148 074 | 71,09 |',
  '| Ak Zhol | 1 000 | 10,95 |',
  '| Auyl | 383\u202f023 | 5,29 |',
  '',
  '== Notes ==',
  '',
  'Nur Otan won 100 000 votes and 71,09% of the vote.',
  '',
  '=HYPERLINK("http://example.com","Nur Otan won 71% of the vote")',
  '',
  '+cmd Ak Zhol won 12 seats.',
  '',
  '@SUM(1) Nur Otan won 76 seats.',
  '',
  LONG_LINE,
  '',
].join('\n');

// a document in two revisions, written for the spreadsheet guard: text that begins like a formula wherever a
// cell can start (a name in a table, a line, a line after a CR, an excerpt's window cut, a title, a publisher)
const LEADS = ['=', '+', '@', '-', '\t'];
// every token 16 characters long, its figure at 11: a 600-character excerpt centred on a 2-character figure
// starts 299 characters before it, on the first character (a lead) of the token 18 before
const WINDOW_CUTS = Array.from({ length: 200 }, (_, i) => `${LEADS[i % 5]}yyyyyyyyy ${(i % 9) + 1}%   `).join('');
const STEPPE = (rows: string[]) =>
  [
    'Steppe results',
    '',
    '| Party | Seats | Change |',
    ...rows,
    '| +Ak Zhol | 12 | +5 |',
    '| @Auyl | 5 | +5 |',
    '| -Adal | 0 | -1 |',
    '',
    '=Nur Otan won 71% of the vote.\r+Ak Zhol won 10.95%.\r@Auyl won 5.29%.\r-x Adal won 3.57%.',
    '',
    WINDOW_CUTS,
    '',
  ].join('\n');
const STEPPE_ENTRY = {
  kind: 'news',
  publisher: '@Steppe News',
  published: '2021-01-11',
  revision_of: 'steppe-results',
  description: 'Made up for the spreadsheet guard.',
};
// the ids addScratchSource gives the two files (a user's own source may start with steppe- too)
const STEPPE_IDS = ['steppe-older', 'steppe-newer'];
const addSteppe = () => {
  addSource('008_steppe_older.txt', STEPPE(['| =Nur Otan | 76 | -8 |']), {
    ...STEPPE_ENTRY,
    revision: 1,
    title: '=HYPERLINK("http://example.com","Steppe results")',
  });
  addSource('009_steppe_newer.txt', STEPPE(['| =Nur Otan | 77 | -7 |', '| -Aq Jol | 3 | +1 |']), {
    ...STEPPE_ENTRY,
    revision: 2,
    title: '\t+Steppe results, corrected',
  });
};

let before = '';
let after = '';
const cut: { at: string; processed: string }[] = [];

beforeAll(() => {
  project = seedProject('hardening-');
  const first = make();
  if (first.status !== 0) throw new Error(first.out);
  before = snapshot();
  // a whole `make` of the scratch copy: far longer than the default ten seconds on a busy machine
}, 240_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a run killed at any point leaves processed/ whole: the old folder or the new', { timeout: 240_000 }, () => {
  it('keeps the old processed/ when killed before the swap, and has the new one when killed between its halves', () => {
    addSource('005_hostile.txt', HOSTILE);
    addSource('007_russian.txt', '«Нур Отан» набрала 71,09% голосов: 5 148 074 голоса.\n', { language: 'ru' });
    addSteppe();
    const early = make({ PIPELINE_KILL_AT: 'before-swap' });
    expect(early.status).not.toBe(0);
    expect(snapshot()).toBe(before);
    cut.push({ at: 'before the swap', processed: snapshot() });

    const middle = make({ PIPELINE_KILL_AT: 'mid-swap' });
    expect(middle.status).not.toBe(0);
    expect(middle.out).not.toMatch(/Deleting file 'processed/);
    cut.push({ at: 'between the swap and removing the old folder', processed: snapshot() });
  });

  it('survives make all killed (with all its processes) at several moments', async () => {
    for (const delay of [150, 400, 800, 1200, 1600, 2400]) {
      touch('pipeline/lib/cli.ts');
      await makeAsync((pid) =>
        setTimeout(() => {
          try {
            process.kill(-pid, 'SIGKILL');
          } catch {
            // the run had already finished
          }
        }, delay),
      );
      cut.push({ at: `${delay} ms`, processed: snapshot() });
    }
  });

  it('runs to the end afterwards, and cleans what the killed runs left', () => {
    const { status, out } = make();
    expect(status, out).toBe(0);
    after = snapshot();
    expect(after).not.toBe(before);
    expect(leftovers()).toEqual([]);
    expect(cut.find((c) => c.at.startsWith('between'))!.processed).toBe(after);
    for (const c of cut) expect([before, after].includes(c.processed), `killed ${c.at}`).toBe(true);
  });
});

describe('the hostile source', { timeout: 120_000 }, () => {
  const ofSource = () => claims().filter((c) => c.source_id === 'hostile');
  const claim = (id: string) => ofSource().find((c) => c.claim_id === id);

  it('reads spaced thousands, a % column of decimal commas and a decimal comma before %, and leaves a figure it cannot read whole unlinked, with the reason', () => {
    expect(claim('hostile:11:c1')).toMatchObject({
      metric: 'votes',
      party_id: 'nur-otan',
      value: '5148074',
      figure: '5 148 074',
      linked: 'true',
    });
    expect(claim('hostile:11:c2')).toMatchObject({
      metric: 'vote_share',
      party_id: 'nur-otan',
      value: '71.09',
      figure: '71,09',
      linked: 'true',
    });
    expect(claim('hostile:13:c1')).toMatchObject({
      metric: 'votes',
      party_id: 'auyl',
      value: '383023',
      linked: 'true',
    });
    expect(claim('hostile:17:13')).toMatchObject({
      value: '',
      figure: '100 000',
      linked: 'false',
      note:
        '"100 000" is not read: digits grouped by plain spaces are one number only in a whole table cell or ' +
        'in a source whose language groups digits so (raw/sources.json "language")',
    });
    // a comma decimal right before a percent sign is read in any text (`1,234` stays a grouped count)
    expect(claim('hostile:17:31')).toMatchObject({
      metric: 'vote_share',
      party_id: 'nur-otan',
      value: '71.09',
      figure: '71,09%',
      linked: 'true',
    });
    expect(ofSource().filter((c) => ['1', '148', '74', '71'].includes(c.value) && c.line === '11')).toEqual([]);
  });

  it('reads a table with one short row as a table and reports the row', () => {
    expect(
      ['hostile:4:c1', 'hostile:4:c2', 'hostile:5:c1', 'hostile:6:c1'].map((id) => [
        claim(id)?.extraction,
        claim(id)?.linked,
        claim(id)?.value,
      ]),
    ).toEqual([
      ['table', 'true', '5148074'],
      ['table', 'true', '76'],
      ['table', 'true', '540406'],
      ['table', 'true', '258618'],
    ]);
    expect(claim('hostile:6:c2')).toBeUndefined();
    const index = JSON.parse(readFileSync(join(project, 'build/ingest/index.json'), 'utf8')) as {
      sources: { source_id: string; warnings: { message: string }[] }[];
    };
    expect(index.sources.find((s) => s.source_id === 'hostile')!.warnings.map((w) => w.message)).toEqual([
      'raw/005_hostile.txt:6: table row has 2 cells, expected 3 like the rows around it; ' +
        'the missing cells are kept empty (missing, not zero)',
    ]);
  });

  it('reads decimal commas and spaced thousands in a source whose language writes them', () => {
    const russian = claims()
      .filter((c) => c.source_id === 'russian')
      .map((c) => [c.figure, c.value]);
    expect(russian).toEqual([
      ['71,09%', '71.09'],
      ['5 148 074', '5148074'],
    ]);
  });

  it('bounds every excerpt to a window of its line, so a long line costs its claims no more than a short one', () => {
    const raw = readFileSync(join(project, 'raw/005_hostile.txt'), 'utf8').split('\n');
    const rows = ofSource();
    const long = rows.filter((c) => c.line === '25');
    expect(long.length).toBeGreaterThan(3000);
    for (const c of rows) {
      const excerpt = c.excerpt.replace(/^'(?=[=+\-@])/, '');
      expect(excerpt.length).toBeLessThanOrEqual(600);
      const column = Number(c.excerpt_column) - 1;
      expect(raw[Number(c.line) - 1]!.slice(column, column + excerpt.length), c.claim_id).toBe(excerpt);
    }
    // linear: the CSV grows by a bounded number of bytes per claim
    const bytes = readFileSync(join(project, 'processed/claims.csv')).length;
    expect(bytes / claims().length).toBeLessThan(900);
  });

  it('writes text cells a spreadsheet would run as formulas with a leading apostrophe, in the CSV only', () => {
    const csv = readFileSync(join(project, 'processed/claims.csv'), 'utf8');
    expect(csv).toContain(`,"'=HYPERLINK(""http://example.com"",""Nur Otan won 71% of the vote"")"\n`);
    expect(csv).toContain(",'+cmd Ak Zhol won 12 seats.\n");
    expect(csv).toContain(",'@SUM(1) Nur Otan won 76 seats.\n");
    expect(
      csv
        .split('\n')
        .filter((line) => /,(?:"?)[=+\-@](?!\d+(?:\.\d+)?(?:,|$))/.test(line) && !/,"?'[=+\-@]/.test(line)),
    ).toEqual([]);
    const built = JSON.parse(readFileSync(join(project, 'build/claims/hostile.json'), 'utf8')) as {
      claims: { claim_id: string; excerpt: string }[];
    };
    expect(built.claims.find((c) => c.claim_id === 'hostile:21:17')?.excerpt).toBe('+cmd Ak Zhol won 12 seats.');
  });
});

describe('text that begins like a formula, in every table and field', { timeout: 120_000 }, () => {
  // what a spreadsheet runs: = + @ or a tab or CR first, or - before anything but a digit; a number is a number
  const formulaLike = (cell: string) => /^(?:[=+@\t\r]|-(?!\d)|-$)/.test(cell) && !/^[+-]\d+(?:\.\d+)?$/.test(cell);
  const table = (file: string) =>
    parse(readFileSync(join(project, 'processed', file)), { columns: true }) as Record<string, string>[];
  const steppe = () => claims().filter((c) => STEPPE_IDS.includes(c.source_id));

  it('writes no cell of any CSV file that a spreadsheet would run, and keeps -8 and +5 as they are', () => {
    const csvFiles = filesIn(join(project, 'processed')).filter((f) => f.endsWith('.csv'));
    expect(csvFiles.length).toBeGreaterThan(15);
    for (const file of csvFiles) {
      const cells = table(file).flatMap((row) => Object.entries(row).map(([field, cell]) => `${field}: ${cell}`));
      expect(
        cells.filter((cell) => formulaLike(cell.slice(cell.indexOf(': ') + 2))),
        file,
      ).toEqual([]);
    }
    const changes = steppe().filter((c) => c.source_id === 'steppe-older' && /^[+-]\d$/.test(c.figure));
    expect(changes.map((c) => [c.surface, c.figure])).toEqual([
      ["'=Nur Otan", '-8'],
      ["'+Ak Zhol", '+5'],
      ["'@Auyl", '+5'],
      ["'-Adal", '-1'],
    ]);
  });

  it('guards every place a cell can start: names, lines, window cuts, titles and publishers', () => {
    const rows = steppe();
    const leading = /^[=+@\t-]/;
    const cuts = rows.filter((c) => c.excerpt_column !== '1' && leading.test(fromSpreadsheetSafe(c.excerpt)));
    // the made-up line puts each lead at a window cut, and each is guarded
    expect([...new Set(cuts.map((c) => fromSpreadsheetSafe(c.excerpt)[0]))].sort()).toEqual(['\t', '+', '-', '=', '@']);
    expect(cuts.filter((c) => !c.excerpt.startsWith("'"))).toEqual([]);
    // lines that begin with a lead, the second to fourth after a CR
    for (const excerpt of [
      "'=Nur Otan won 71% of the vote.",
      "'+Ak Zhol won 10.95%.",
      "'@Auyl won 5.29%.",
      "'-x Adal won 3.57%.",
    ])
      expect(rows.map((c) => c.excerpt)).toContain(excerpt);
    const aliases = table('aliases.csv').map((a) => a.alias);
    for (const alias of ["'=Nur Otan", "'+Ak Zhol", "'@Auyl", "'-Adal", "'-Aq Jol"]) expect(aliases).toContain(alias);
    const sources = table('sources.csv').filter((s) => STEPPE_IDS.includes(s.source_id!));
    expect(sources.map((s) => [s.title, s.publisher])).toEqual([
      ["'\t+Steppe results, corrected", "'@Steppe News"],
      ['\'=HYPERLINK("http://example.com","Steppe results")', "'@Steppe News"],
    ]);
  });

  it('reads back as the source wrote it: the excerpt on its raw line, the title in the manifest and the report', () => {
    const manifest = readManifest(join(project, 'raw/sources.json'));
    for (const c of steppe()) {
      const file = manifest.find((s) => s.source_id === c.source_id)!.file;
      const line = readFileSync(join(project, 'raw', file), 'utf8').split(/\r|\n/)[Number(c.line) - 1]!;
      const excerpt = fromSpreadsheetSafe(c.excerpt);
      expect(line.slice(Number(c.excerpt_column) - 1).startsWith(excerpt), c.claim_id).toBe(true);
    }
    for (const s of table('sources.csv').filter((s) => STEPPE_IDS.includes(s.source_id!))) {
      const entry = manifest.find((m) => m.source_id === s.source_id)!;
      expect([fromSpreadsheetSafe(s.title!), fromSpreadsheetSafe(s.publisher!)]).toEqual([
        entry.title,
        entry.publisher,
      ]);
    }
    const page = readFileSync(join(project, 'reports/sources.html'), 'utf8');
    expect(page).toContain('<td>@Steppe News</td>');
    expect(page).toContain('=HYPERLINK(&quot;http://example.com&quot;,&quot;Steppe results&quot;)');
    expect(page).not.toMatch(/(?:'|&#39;|&#x27;)(?:@Steppe|=HYPERLINK)/);
  });
});

describe('three make all at once', { timeout: 240_000 }, () => {
  it('all succeed: one runs, the others wait and then find everything up to date', async () => {
    touch('pipeline/lib/cli.ts');
    const runs = await Promise.all([makeAsync(), makeAsync(), makeAsync()]);
    for (const run of runs) expect(run.status, run.out).toBe(0);
    expect(
      runs.filter((r) => r.out.includes('make: another make all is running in this checkout; waiting for it to finish'))
        .length,
    ).toBeGreaterThanOrEqual(1);
    expect(runs.map((r) => r.out).join('')).not.toMatch(/\n\s+at /);
    expect(snapshot()).toBe(after);
    expect(leftovers()).toEqual([]);
  });
});

describe(
  'bad input stops the run with the file, line and column, and leaves processed/ as it was',
  { timeout: 120_000 },
  () => {
    /** What make all printed with raw/ changed by `edit`, checked to be a clean refusal; raw/ is then put back. */
    const refusal = (edit: (raw: string) => void): string => {
      const raw = join(project, 'raw');
      const kept = mkdtempSync(join(tmpdir(), 'hardening-raw-'));
      cpSync(raw, kept, { recursive: true, preserveTimestamps: true });
      const reports = () => folderSnapshot(join(project, 'reports'));
      const [processedBefore, reportsBefore] = [snapshot(), reports()];
      try {
        edit(raw);
        const { status, out } = make();
        expect(status, out).not.toBe(0);
        expect(out).toContain('ingest: stopped, nothing was written\n');
        expect(out).not.toMatch(/\n\s+at |No rule to make target/);
        expect(snapshot()).toBe(processedBefore);
        expect(reports()).toBe(reportsBefore);
        return out;
      } finally {
        rmSync(raw, { recursive: true, force: true });
        cpSync(kept, raw, { recursive: true, preserveTimestamps: true });
        rmSync(kept, { recursive: true, force: true });
      }
    };
    const manifest = 'raw/sources.json';
    const listedAs = (file: string, text: string) => {
      addSource(file, text);
      rmSync(join(project, 'raw', file));
    };

    it("a link to a text outside raw/, listed with that text's sha256: its text never reaches processed/", () => {
      const out = refusal(() => {
        writeFileSync(join(project, 'outside.txt'), 'Nur Otan won 71% of the vote.\n');
        listedAs('010_link.txt', 'Nur Otan won 71% of the vote.\n');
        symlinkSync('../outside.txt', join(project, 'raw/010_link.txt'));
      });
      const link = message.rawNotRegular(manifest, 'raw/010_link.txt', 'a symbolic link to ../outside.txt', true);
      expect(out).toContain(`ingest: stopped, nothing was written\n  ${link}\n`);
    });

    it('links that point nowhere, listed and not, and a folder listed as a file: make reaches the check', () => {
      const out = refusal((raw) => {
        listedAs('010_gone.txt', 'x\n');
        symlinkSync('gone.txt', join(raw, '010_gone.txt'));
        symlinkSync('/nowhere/notes.txt', join(raw, 'notes.txt'));
        listedAs('011_folder', 'x\n');
        mkdirSync(join(raw, '011_folder'));
      });
      expect(out).toContain(
        [
          message.rawNotRegular(manifest, 'raw/010_gone.txt', 'a symbolic link to gone.txt', true),
          message.rawNotRegular(manifest, 'raw/011_folder', 'a folder', true),
          message.rawNotRegular(manifest, 'raw/notes.txt', 'a symbolic link to /nowhere/notes.txt', false),
        ]
          .map((m) => `  ${m}\n`)
          .join(''),
      );
    });

    it('a folder, a named pipe and a link to another raw file, none of them listed: the pipe is never opened', () => {
      const out = refusal((raw) => {
        mkdirSync(join(raw, 'drafts'));
        expect(spawnSync('mkfifo', [join(raw, 'pipe')]).status).toBe(0);
        symlinkSync('004_ff7a2770d6b12e1c.txt', join(raw, 'copy.txt'));
      });
      expect(out).toContain(
        [
          message.rawNotRegular(manifest, 'raw/copy.txt', 'a symbolic link to 004_ff7a2770d6b12e1c.txt', false),
          message.rawNotRegular(manifest, 'raw/drafts', 'a folder', false),
          message.rawNotRegular(manifest, 'raw/pipe', 'a named pipe (FIFO)', false),
        ]
          .map((m) => `  ${m}\n`)
          .join(''),
      );
    });

    it('"file": ".", "../x" or an absolute path in the manifest', () => {
      const expected = 'the name of a regular file inside raw/ (a plain name: no "/", not "." or "..")';
      const out = refusal(() => {
        for (const [i, file] of ['.', '../outside.txt', '/etc/hostname'].entries()) {
          listedAs(`01${i}_odd.txt`, 'x\n');
          const path = join(project, manifest);
          const entries = JSON.parse(readFileSync(path, 'utf8'));
          entries.sources.at(-1).file = file;
          writeFileSync(path, JSON.stringify(entries, null, 2));
        }
      });
      for (const file of ['.', '../outside.txt', '/etc/hostname'])
        expect(out).toContain(
          `  ${message.manifestField(manifest, `the entry for ${file}`, 'file', expected, file)}\n`,
        );
    });

    it('a bidirectional override in a source', () => {
      const out = refusal(() => addSource('010_bidi.txt', 'Nur Otan won 71% of the vote.\nTurnout was \u202E%3.36.\n'));
      expect(out).toContain(`  ${message.bidiCharacter('raw/010_bidi.txt', 2, 13, 0x202e)}\n`);
    });

    it('a control character in a source', () => {
      addSource('006_control.txt', Buffer.from('Nur Otan won 71% of the vote.\nAk Zhol won\u0000 12 seats.\n'));
      const { status, out } = make();
      expect(status).not.toBe(0);
      expect(out).toContain(
        'ingest: stopped, nothing was written\n  raw/006_control.txt:2: control character U+0000 at column 12; ' +
          'expected text (tabs and line ends only): remove it, or re-save the file as plain UTF-8 text\n',
      );
      expect(out).not.toMatch(/\n\s+at /);
      expect(snapshot()).toBe(after);
    });

    it('a JSON syntax error in raw/sources.json', () => {
      const manifestPath = join(project, 'raw/sources.json');
      const lines = readFileSync(manifestPath, 'utf8').split('\n');
      // the control source's entry, with its kind's quotes lost: `"kind": commentary,`
      const line = lines.findLastIndex((l) => l.includes('"kind": "commentary"')) + 1;
      lines[line - 1] = lines[line - 1]!.replace('"commentary"', 'commentary');
      writeFileSync(manifestPath, lines.join('\n'));
      const { status, out } = make();
      expect(status).not.toBe(0);
      expect(out).toContain(
        `  raw/sources.json:${line}: not valid JSON at column 15 (Unexpected token 'c'); ` +
          `expected a JSON object with a "sources" list\n`,
      );
      expect(out).not.toMatch(/\n\s+at /);
      expect(snapshot()).toBe(after);
    });
  },
);

// a project on a small disk of its own (root only: it mounts a tmpfs), to fill it and to make it read-only
const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;
describe.skipIf(!canMount)('a full disk and a read-only disk', { timeout: 180_000 }, () => {
  let disk = '';
  const onDisk = (env: Record<string, string> = {}) => makeIn(join(disk, 'project'), ['all'], env);
  const processedOnDisk = () => folderSnapshot(join(disk, 'project/processed'));

  beforeAll(() => {
    disk = mkdtempSync(join(tmpdir(), 'hardening-disk-'));
    spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', disk]);
    for (const entry of ['Makefile', 'package.json', 'package-lock.json', 'pipeline', 'raw'])
      cpSync(entry, join(disk, 'project', entry), { recursive: true, preserveTimestamps: true });
    symlinkSync(resolve('node_modules'), join(disk, 'project/node_modules'));
    writeFileSync(join(disk, 'project/.npm-installed'), '');
    const first = onDisk();
    if (first.status !== 0) throw new Error(first.out);
  }, 240_000);
  afterAll(() => {
    spawnSync('umount', [disk]);
    rmSync(disk, { recursive: true, force: true });
  });

  it('names the folder when the disk is full, keeps processed/ and leaves no temporary file', () => {
    const kept = processedOnDisk();
    const { bavail, bsize } = statfsSync(disk);
    writeFileSync(join(disk, 'filler'), Buffer.alloc(Math.max(0, bavail * bsize - 300_000)));
    const now = new Date();
    utimesSync(join(disk, 'project/build/claims/index.json'), now, now);
    const { status, out } = onDisk();
    expect(status).not.toBe(0);
    expect(out).toMatch(
      /^ {2}(?:build\/reconcile|processed)\/: the disk is full \(ENOSPC\); nothing was replaced: free some space, then run make all again$/m,
    );
    expect(out).not.toMatch(/\n\s+at /);
    expect(processedOnDisk()).toBe(kept);
    expect(readdirSync(join(disk, 'project')).filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(
      readdirSync(join(disk, 'project/build'), { recursive: true })
        .map(String)
        .filter((f) => f.includes('.tmp-')),
    ).toEqual([]);
    rmSync(join(disk, 'filler'));
    expect(onDisk().status).toBe(0);
  });

  it('names the folder when it cannot be written', () => {
    const kept = processedOnDisk();
    const now = new Date();
    utimesSync(join(disk, 'project/build/claims/index.json'), now, now);
    spawnSync('mount', ['-o', 'remount,ro', disk]);
    const { status, out } = onDisk();
    spawnSync('mount', ['-o', 'remount,rw', disk]);
    expect(status).not.toBe(0);
    expect(out).toMatch(
      /^ {2}build\/reconcile\/: cannot write here \(EROFS\); nothing was replaced: make the folder and the one it is in writable \(chmod u\+w\), then run make all again$/m,
    );
    expect(out).not.toMatch(/\n\s+at /);
    expect(processedOnDisk()).toBe(kept);
  });
});

// issue 20: folders a normal user cannot write, a processed/ that is a link or a mount point, and a run that
// fails after emit; in a scratch copy of their own, owned by nobody for the runs as nobody
describe('output folders that cannot be swapped, and a run that fails after emit', { timeout: 300_000 }, () => {
  let own = '';
  const at = (path: string) => join(own, path);
  const both = () => ({ processed: folderSnapshot(at('processed')), reports: folderSnapshot(at('reports')) });
  const beside = () => readdirSync(own).filter((f) => /\.(?:tmp|old)-\d+$/.test(f));
  const giveToNobody = () => spawnSync('chown', ['-R', 'nobody:', own]);
  const chmodR = (mode: string, path: string) => spawnSync('chmod', ['-R', mode, at(path)]);
  // a source with one more figure, so that processed/ has to change
  let added = 0;
  const change = () => {
    added++;
    addScratchSource(own, `01${added}_note_${added}.txt`, `Note ${added}\nNur Otan won ${70 + added}% of the vote.\n`);
  };
  const refusal = (run: { status: number | null; out: string }, stage: string, line: string) => {
    expect(run.status, run.out).not.toBe(0);
    expect(run.out).toContain(`${stage}: stopped, nothing was written\n  ${line}\n`);
    expect(run.out).not.toMatch(/\n\s+at /);
  };

  beforeAll(() => {
    own = scratchProject('hardening-folders-');
    const first = makeIn(own);
    if (first.status !== 0) throw new Error(first.out);
  }, 240_000);
  afterAll(() => {
    spawnSync('umount', [at('processed')]);
    rmSync(own, { recursive: true, force: true });
  });

  describe.skipIf(!canRunAsNobody())('as a normal user (nobody)', () => {
    it('refuses a read-only processed/, parquet/ in it and project folder, changing nothing', () => {
      change();
      giveToNobody();
      const before = both();
      chmodR('a-w', 'processed');
      refusal(
        makeIn(own, ['all'], {}, true),
        'emit',
        'processed/: it cannot be written (EACCES); nothing was replaced: ' +
          'make the folder and everything in it writable (chmod -R u+w processed), then run make all again',
      );
      chmodR('u+w', 'processed');
      chmodSync(at('processed/parquet'), 0o555);
      refusal(
        makeIn(own, ['all'], {}, true),
        'emit',
        message.folderEntryNotWritable('processed', 'processed/parquet/', 'processed', 'EACCES'),
      );
      chmodSync(at('processed/parquet'), 0o755);
      chmodSync(own, 0o555);
      refusal(makeIn(own, ['all'], {}, true), 'emit', message.folderParentNotWritable('processed', own, 'EACCES'));
      chmodSync(own, 0o755);
      expect(both()).toEqual(before);
      expect(beside()).toEqual([]);
    });

    it('refuses a read-only reports/ after emit replaced processed/; once writable, the next run catches up', () => {
      const before = both();
      chmodR('a-w', 'reports');
      refusal(
        makeIn(own, ['all'], {}, true),
        'report',
        message.folderEntryNotWritable('reports', 'reports/', 'reports', 'EACCES'),
      );
      // the state a run failing after emit leaves: the new processed/, the previous reports/
      expect(both().processed).not.toBe(before.processed);
      expect(both().reports).toBe(before.reports);
      chmodR('u+w', 'reports');
      // and what the swap of a read-only folder left before it was checked: the old files, read-only
      const stale = at(`processed.tmp-${spawnSync('true').pid}`);
      cpSync(at('processed'), stale, { recursive: true });
      giveToNobody();
      spawnSync('chmod', ['-R', 'a-w', stale]);
      const run = makeIn(own, ['all'], {}, true);
      expect(run.status, run.out).toBe(0);
      expect(run.out).not.toContain('cannot be removed');
      expect(both().reports).not.toBe(before.reports);
      expect(beside()).toEqual([]);
    });
  });

  it('writes processed/ through a link: the folder it leads to gets the new files, and the link stays', () => {
    mkdirSync(at('data'));
    spawnSync('mv', [at('processed'), at('data/processed')]);
    symlinkSync('data/processed', at('processed'));
    change();
    const before = folderSnapshot(at('data/processed'));
    const run = makeIn(own);
    expect(run.status, run.out).toBe(0);
    expect(lstatSync(at('processed')).isSymbolicLink()).toBe(true);
    expect(folderSnapshot(at('data/processed'))).not.toBe(before);
    expect(readFileSync(at('data/processed/sources.csv'), 'utf8')).toContain(`note-${added}`);
    expect(readdirSync(at('data'))).toEqual(['processed']);
    rmSync(at('processed'));
    spawnSync('mv', [at('data/processed'), at('processed')]);
    rmSync(at('data'), { recursive: true });
  });

  const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;
  it.skipIf(!canMount)('refuses a processed/ that is a mount point, changing nothing', () => {
    change();
    expect(spawnSync('mount', ['--bind', at('processed'), at('processed')]).status).toBe(0);
    const before = both();
    const run = makeIn(own);
    spawnSync('umount', [at('processed')]);
    refusal(run, 'emit', message.folderMountPoint('processed', 'processed'));
    expect(both()).toEqual(before);
    expect(beside()).toEqual([]);
  });

  it('a party with votes but no seats: analyse notes the indices it cannot compute, the report names that note', () => {
    // JSDP did not stand in 2021; this made-up table gives it votes, and no seats
    addScratchSource(own, '019_jsdp.txt', 'JSDP note\n\nParty | Votes |\n---|---|\nJSDP | 12,345 |\n');
    const before = both();
    const run = makeIn(own);
    const note = message.indexNoSeats(['jsdp']);
    expect(run.out).toContain(`\n  not computed: kz-mazhilis-2021 enp_seats: ${note}\n`);
    const indices = parse(readFileSync(at('processed/indices.csv')), { columns: true }) as Record<string, string>[];
    expect(indices.filter((i) => i.election_id === 'kz-mazhilis-2021')).toEqual([
      { election_id: 'kz-mazhilis-2021', index: 'enp_seats', value: '', note },
      // 1 / Σ p² of 5,148,074, 792,828, 659,019, 383,023, 258,618 and JSDP's 12,345 of 7,241,562 valid votes:
      // 1 / 0.529733 = 1.8877
      { election_id: 'kz-mazhilis-2021', index: 'enp_votes', value: '1.8877', note: '' },
      { election_id: 'kz-mazhilis-2021', index: 'gallagher_lsq', value: '', note },
    ]);
    const filter = (index: string) => `election_id=kz-mazhilis-2021, index=${index}`;
    refusal(
      run,
      'report',
      reportMessage.emptyWithNote(
        'pipeline/report/pages/seats.md',
        10,
        'indices',
        filter('gallagher_lsq'),
        'value',
        note,
      ),
    );
    expect(run.out).toContain(
      'pipeline/report/pages/seats.md:10: indices[election_id=kz-mazhilis-2021, index=enp_seats].value is empty, ' +
        "and its row's note says why: no seats figure for jsdp, which has a vote share",
    );
    // emit replaced processed/; reports/ stays the previous build's until a run gets through the report
    expect(both().processed).not.toBe(before.processed);
    expect(both().reports).toBe(before.reports);
  });
});
