import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadVerifiedManifest, readManifest } from '../../pipeline/lib/manifest.ts';
import { sha256 } from '../../pipeline/lib/sha256.ts';
import { PipelineError } from '../../pipeline/lib/messages.ts';

const temporaries: string[] = [];
afterEach(() => temporaries.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyOfRaw(): string {
  const dir = mkdtempSync(join(tmpdir(), 'raw-'));
  temporaries.push(dir);
  cpSync('raw', dir, { recursive: true });
  return dir;
}

type Manifest = { sources: Record<string, unknown>[] };

/** The problems readManifest finds in a copy of raw/sources.json changed by `edit`. */
function manifestProblems(edit: (manifest: Manifest) => void): { dir: string; problems: string[] } {
  const dir = copyOfRaw();
  const manifest = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as Manifest;
  edit(manifest);
  writeFileSync(join(dir, 'sources.json'), JSON.stringify(manifest));
  return { dir, problems: problemsOf(() => readManifest(join(dir, 'sources.json'))) };
}

const problemsOf = (run: () => unknown): string[] => {
  try {
    run();
  } catch (error) {
    if (error instanceof PipelineError) return error.messages;
    throw error;
  }
  return [];
};

describe('raw/sources.json', () => {
  it('lists the five shipped sources, each matching the original text byte for byte', () => {
    // read by id: a source a user adds is checked the same way and changes nothing here; the hashes are
    // those of the original texts, so a raw file and its manifest entry changed together are caught
    const shipped = ['wiki-2021-sentences', 'wiki-2021-older', 'wiki-2021-newer', 'analysis-2021', 'commentary-2021'];
    const sources = loadVerifiedManifest('raw').filter((s) => shipped.includes(s.source_id));
    expect(sources.map((s) => [s.source_id, s.file, s.kind, s.sha256])).toEqual([
      [
        'wiki-2021-sentences',
        '000_a385f6fd0856b627.txt',
        'sentence-extract',
        '5e080c9d00b46d67d2e791acef22b8941d7b4dc19428a22de2234ca2f363ca41',
      ],
      [
        'wiki-2021-older',
        '001_cec818f7c25b34cc.txt',
        'encyclopedia-revision',
        '6479039d1871b7ba4afa1ae2205f45f87f4db6f083adccd70c7ed2e2da45b15c',
      ],
      [
        'wiki-2021-newer',
        '002_28d5af5a016ac629.txt',
        'encyclopedia-revision',
        'fbfae10eb93dfa5a68c5f32fb4fe9654b7e831ea3c5ed97cd9fec5dd02a1beeb',
      ],
      [
        'analysis-2021',
        '003_5e84b03b9b79030b.txt',
        'analysis',
        'bb7b8199e14040be36f940d87a628916db22491d7b0f488437c2215ec6d3b887',
      ],
      [
        'commentary-2021',
        '004_ff7a2770d6b12e1c.txt',
        'commentary',
        'cb876b8217268851007aebc60fa410d4485e647c3790f52317ff2a7f66016ad5',
      ],
    ]);
  });

  it('orders the two revisions of the article, older first', () => {
    const revisions = loadVerifiedManifest('raw').filter(
      (s) => s.source_id === 'wiki-2021-older' || s.source_id === 'wiki-2021-newer',
    );
    expect(revisions.map((s) => [s.source_id, s.revision_of, s.revision])).toEqual([
      ['wiki-2021-older', 'enwiki-2021-kazakh-legislative-election', 1],
      ['wiki-2021-newer', 'enwiki-2021-kazakh-legislative-election', 2],
    ]);
  });
});

describe('checking raw/ against the manifest', () => {
  it('names a changed file and gives both ways out: restore it, or record the change in the manifest', () => {
    const dir = copyOfRaw();
    writeFileSync(join(dir, '004_ff7a2770d6b12e1c.txt'), 'changed\n');
    const changedHash = sha256(new TextEncoder().encode('changed\n'));
    // the two hashes differ in their first digits: 12 of each are shown
    expect(changedHash.slice(0, 2)).not.toBe('cb');
    expect(problemsOf(() => loadVerifiedManifest(dir))).toEqual([
      `${dir}/004_ff7a2770d6b12e1c.txt: sha256 is ${changedHash.slice(0, 12)}… but ${dir}/sources.json records ` +
        `cb876b821726…; expected the bytes the manifest records: restore the original file; or record the change ` +
        `in ${dir}/sources.json, either as a new revision (the original restored, the changed text in a new file ` +
        `whose entry has "revision_of" the document and a higher "revision") or as this entry's new "sha256": ` +
        `"${changedHash}"`,
    ]);
  });

  it('shows two hashes that share their first 20 digits as far as 4 digits past the first that differs', () => {
    const real = 'cb876b8217268851007aebc60fa410d4485e647c3790f52317ff2a7f66016ad5';
    // the recorded hash differs from the file's at its 21st digit (e → b)
    const recorded = 'cb876b8217268851007abbc60fa410d4485e647c3790f52317ff2a7f66016ad5';
    const { dir, problems } = manifestProblems((manifest) => {
      manifest.sources[4]!.sha256 = recorded;
    });
    expect(problems).toEqual([]);
    expect(problemsOf(() => loadVerifiedManifest(dir))[0]).toMatch(
      new RegExp(
        `^${dir}/004_ff7a2770d6b12e1c.txt: sha256 is cb876b8217268851007aebc6… ` +
          `but ${dir}/sources.json records cb876b8217268851007abbc6…; `,
      ),
    );
    expect(problemsOf(() => loadVerifiedManifest(dir))[0]).toContain(`"sha256": "${real}"`);
  });

  it('names a missing file and a file the manifest does not list, together', () => {
    const dir = copyOfRaw();
    unlinkSync(join(dir, '000_a385f6fd0856b627.txt'));
    writeFileSync(join(dir, 'notes.txt'), 'a stray file\n');
    expect(problemsOf(() => loadVerifiedManifest(dir))).toEqual([
      `${dir}/000_a385f6fd0856b627.txt: listed in ${dir}/sources.json but missing; restore it byte-for-byte from the original sources, or remove its entry from the manifest`,
      `${dir}/notes.txt: not listed in ${dir}/sources.json; add an entry for it (source_id, title, kind, language, revision_of, sha256) or move it out of raw/`,
    ]);
  });

  it('names a link to a text outside raw/, without reading the text: git would commit only the link', () => {
    const dir = copyOfRaw();
    const file = join(dir, '004_ff7a2770d6b12e1c.txt');
    const outside = mkdtempSync(join(tmpdir(), 'outside-'));
    temporaries.push(outside);
    // the very bytes the manifest records, so only the link itself is wrong
    cpSync(file, join(outside, 'commentary.txt'));
    unlinkSync(file);
    symlinkSync(join(outside, 'commentary.txt'), file);
    expect(problemsOf(() => loadVerifiedManifest(dir))).toEqual([
      `${file}: a symbolic link to ${outside}/commentary.txt, listed in ${dir}/sources.json; expected a regular ` +
        'file inside raw/ (the pipeline reads, and git keeps, the text of regular files only): put a copy of the ' +
        'text itself in its place',
    ]);
  });

  it('names a link that points nowhere, a link to another file of raw/ and a folder, each listed as a file', () => {
    const dir = copyOfRaw();
    const entry = (name: string) => join(dir, name);
    unlinkSync(entry('000_a385f6fd0856b627.txt'));
    symlinkSync('gone.txt', entry('000_a385f6fd0856b627.txt'));
    unlinkSync(entry('001_cec818f7c25b34cc.txt'));
    symlinkSync('002_28d5af5a016ac629.txt', entry('001_cec818f7c25b34cc.txt'));
    unlinkSync(entry('003_5e84b03b9b79030b.txt'));
    mkdirSync(entry('003_5e84b03b9b79030b.txt'));
    const expected =
      'expected a regular file inside raw/ (the pipeline reads, and git keeps, the text of regular files only): ' +
      'put a copy of the text itself in its place';
    expect(problemsOf(() => loadVerifiedManifest(dir))).toEqual([
      `${entry('000_a385f6fd0856b627.txt')}: a symbolic link to gone.txt, listed in ${dir}/sources.json; ${expected}`,
      `${entry('001_cec818f7c25b34cc.txt')}: a symbolic link to 002_28d5af5a016ac629.txt, ` +
        `listed in ${dir}/sources.json; ${expected}`,
      `${entry('003_5e84b03b9b79030b.txt')}: a folder, listed in ${dir}/sources.json; ${expected}`,
    ]);
  });

  it('names a folder, a named pipe and a link in raw/ that no entry lists, without waiting on the pipe', () => {
    const dir = copyOfRaw();
    mkdirSync(join(dir, 'notes'));
    expect(spawnSync('mkfifo', [join(dir, 'pipe')]).status).toBe(0);
    symlinkSync('/etc/hostname', join(dir, 'host.txt'));
    const expected =
      'expected a regular file inside raw/ (the pipeline reads, and git keeps, the text of regular files only): ' +
      'move it out of raw/';
    expect(problemsOf(() => loadVerifiedManifest(dir))).toEqual([
      `${dir}/host.txt: a symbolic link to /etc/hostname; ${expected}`,
      `${dir}/notes: a folder; ${expected}`,
      `${dir}/pipe: a named pipe (FIFO); ${expected}`,
    ]);
  });

  it.each([['.'], ['..'], ['../x.txt'], ['/etc/hostname'], ['sub/x.txt'], ['']])(
    'names a file that is not a plain name in raw/ (%j)',
    (file) => {
      const { dir, problems } = manifestProblems((manifest) => {
        manifest.sources[4]!.file = file;
      });
      const who = file === '' ? 'the entry "commentary-2021"' : `the entry for ${file}`;
      expect(problems).toEqual([
        `${dir}/sources.json: ${who} has "file": ${JSON.stringify(file)}; expected the name of a regular file inside ` +
          'raw/ (a plain name: no "/", not "." or "..")',
      ]);
    },
  );

  it('names a title, description or publisher holding a control character or a bidirectional control', () => {
    const { dir, problems } = manifestProblems((manifest) => {
      Object.assign(manifest.sources[4]!, { title: 'Turnout \u202E%3.36', description: 'Bell\u0007' });
      Object.assign(manifest.sources[3]!, { publisher: '\u2067Kazinform\u2069', title: 'A\ttabbed title' });
    });
    const expected =
      'a control character or a bidirectional control; expected text shown as it is read ' +
      '(tabs and line ends only): remove it';
    expect(problems).toEqual([
      `${dir}/sources.json: the entry for 003_5e84b03b9b79030b.txt has U+2067 in "publisher", ${expected}`,
      `${dir}/sources.json: the entry for 004_ff7a2770d6b12e1c.txt has U+202E in "title", ${expected}`,
      `${dir}/sources.json: the entry for 004_ff7a2770d6b12e1c.txt has U+0007 in "description", ${expected}`,
    ]);
  });

  it('names a manifest that is a link or a folder', () => {
    const dir = copyOfRaw();
    const manifest = join(dir, 'sources.json');
    unlinkSync(manifest);
    symlinkSync('../sources.json', manifest);
    const expected = 'expected the manifest itself, a regular JSON file inside raw/: put a copy of it in its place';
    expect(problemsOf(() => loadVerifiedManifest(dir))).toEqual([
      `${manifest}: a symbolic link to ../sources.json; ${expected}`,
    ]);
    unlinkSync(manifest);
    mkdirSync(manifest);
    expect(problemsOf(() => loadVerifiedManifest(dir))).toEqual([`${manifest}: a folder; ${expected}`]);
  });

  it('names each malformed field of an entry', () => {
    const { dir, problems } = manifestProblems((manifest) => {
      Object.assign(manifest.sources[1]!, { sha256: 'abc', kind: 'blog' });
      delete manifest.sources[2]!.title;
    });
    expect(problems).toEqual([
      `${dir}/sources.json: the entry for 001_cec818f7c25b34cc.txt has "kind": "blog"; expected one of encyclopedia-revision, sentence-extract, analysis, commentary, results-table, results-page, news, poll-report`,
      `${dir}/sources.json: the entry for 001_cec818f7c25b34cc.txt has "sha256": "abc"; expected the 64 hex digits of the file's sha256`,
      `${dir}/sources.json: the entry for 002_28d5af5a016ac629.txt has no "title"; expected a non-empty title`,
    ]);
  });

  it('names an entry without a file by its source_id, and one without either by its place', () => {
    const { dir, problems } = manifestProblems((manifest) => {
      delete manifest.sources[3]!.file;
      manifest.sources[4] = {};
    });
    expect(problems[0]).toBe(
      `${dir}/sources.json: the entry "analysis-2021" has no "file"; expected the name of a regular file inside raw/ ` +
        '(a plain name: no "/", not "." or "..")',
    );
    expect(problems[1]).toBe(
      `${dir}/sources.json: entry 5 has no "source_id"; expected a lowercase slug such as "wiki-2021-newer"`,
    );
  });

  it('names a revision of a document no other source is part of, and accepts one of another source', () => {
    const { dir, problems } = manifestProblems((manifest) => {
      manifest.sources[1]!.revision_of = 'enwiki-2021-kazakh-legislative-elections';
    });
    expect(problems).toEqual([
      `${dir}/sources.json: source "wiki-2021-older" is a revision of "enwiki-2021-kazakh-legislative-elections", which is not a document or source in the manifest; expected a source_id or a document id used by another source`,
    ]);
    expect(
      manifestProblems((manifest) => {
        manifest.sources[1]!.revision_of = 'wiki-2021-newer';
      }).problems,
    ).toEqual([]);
  });

  it('names a manifest that is not JSON', () => {
    const dir = copyOfRaw();
    writeFileSync(join(dir, 'sources.json'), '{"sources": [');
    expect(problemsOf(() => readManifest(join(dir, 'sources.json')))).toEqual([
      `${dir}/sources.json:1: not valid JSON at column 14 (Unexpected end of JSON input); expected a JSON object with a "sources" list`,
    ]);
  });

  it.each([
    [
      '{\n  "sources": [\n    {"a": 1,}\n  ]\n}\n',
      '3: not valid JSON at column 13 (Expected double-quoted property name)',
    ],
    ['{\n  "sources": [\n    {"a": tru}\n  ]\n}\n', "3: not valid JSON at column 14 (Unexpected token '}')"],
    ['{\n  "sources": [\n    {"kind": commentary}\n  ]\n}\n', "3: not valid JSON at column 14 (Unexpected token 'c')"],
    ['{"sources": []} x', '1: not valid JSON at column 17 (Unexpected non-whitespace character after JSON)'],
  ])('names the line and column of a JSON syntax error in %j', (text, where) => {
    const dir = copyOfRaw();
    writeFileSync(join(dir, 'sources.json'), text);
    expect(problemsOf(() => readManifest(join(dir, 'sources.json')))).toEqual([
      `${dir}/sources.json:${where}; expected a JSON object with a "sources" list`,
    ]);
  });

  it('names a source_id listed twice', () => {
    const { dir, problems } = manifestProblems((manifest) => {
      manifest.sources[4]!.source_id = 'analysis-2021';
    });
    expect(problems).toEqual([
      `${dir}/sources.json: source_id "analysis-2021" is listed twice; each source needs its own source_id`,
    ]);
  });
});

describe('news, poll reports and results pages', () => {
  const news = { kind: 'news', publisher: 'Kazinform', published: '2023-03-20' };

  it('accepts a news report with its publisher and publication date, and a commentary without them', () => {
    const { problems } = manifestProblems((manifest) => {
      Object.assign(manifest.sources[4]!, news);
      Object.assign(manifest.sources[3]!, { publisher: null, published: null });
    });
    expect(problems).toEqual([]);
  });

  it('names a news report, a poll report or a results page without a publisher or a date, and a date that is none', () => {
    const { dir, problems } = manifestProblems((manifest) => {
      Object.assign(manifest.sources[4]!, { kind: 'news' });
      Object.assign(manifest.sources[3]!, { kind: 'results-page', publisher: ' ', published: '2023-02-30x' });
      Object.assign(manifest.sources[0]!, { ...news, kind: 'poll-report', published: '20 March 2023' });
    });
    expect(problems).toEqual([
      `${dir}/sources.json: the entry for 000_a385f6fd0856b627.txt has "published": "20 March 2023"; expected the ISO date it was published, such as "2023-03-20"`,
      `${dir}/sources.json: the entry for 003_5e84b03b9b79030b.txt has "publisher": " "; expected who published it, such as "Kazinform"`,
      `${dir}/sources.json: the entry for 003_5e84b03b9b79030b.txt has "published": "2023-02-30x"; expected the ISO date it was published, such as "2023-03-20"`,
      `${dir}/sources.json: the entry for 004_ff7a2770d6b12e1c.txt has no "publisher"; expected who published it, such as "Kazinform"`,
      `${dir}/sources.json: the entry for 004_ff7a2770d6b12e1c.txt has no "published"; expected the ISO date it was published, such as "2023-03-20"`,
    ]);
  });

  it('names a publisher that is no text on any other kind', () => {
    const { dir, problems } = manifestProblems((manifest) => Object.assign(manifest.sources[4]!, { publisher: 7 }));
    expect(problems).toEqual([
      `${dir}/sources.json: the entry for 004_ff7a2770d6b12e1c.txt has "publisher": 7; expected who published it, such as "Kazinform", or null`,
    ]);
  });
});
