import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadVerifiedManifest, readManifest, sha256 } from '../../pipeline/lib/manifest.ts';
import { PipelineError } from '../../pipeline/lib/messages.ts';

const temporaries: string[] = [];
afterEach(() => temporaries.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function copyOfRaw(): string {
  const dir = mkdtempSync(join(tmpdir(), 'raw-'));
  temporaries.push(dir);
  cpSync('raw', dir, { recursive: true });
  return dir;
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
  it('lists the five sources, each matching its file byte for byte', () => {
    const sources = loadVerifiedManifest('raw');
    expect(sources.map((s) => [s.source_id, s.file, s.kind])).toEqual([
      ['wiki-2021-sentences', '000_a385f6fd0856b627.txt', 'sentence-extract'],
      ['wiki-2021-older', '001_cec818f7c25b34cc.txt', 'encyclopedia-revision'],
      ['wiki-2021-newer', '002_28d5af5a016ac629.txt', 'encyclopedia-revision'],
      ['analysis-2021', '003_5e84b03b9b79030b.txt', 'analysis'],
      ['commentary-2021', '004_ff7a2770d6b12e1c.txt', 'commentary'],
    ]);
  });

  // CI lays shared/ beside the clone; a clone elsewhere has no copy to compare with
  it.skipIf(!existsSync(join('..', 'shared', 'sources')))('keeps raw/ byte-identical to the shared sources', () => {
    for (const source of loadVerifiedManifest('raw')) {
      const shared = join('..', 'shared', 'sources', source.file);
      expect(sha256(readFileSync(shared)), shared).toBe(source.sha256);
    }
  });

  it('orders the two revisions of the article, older first', () => {
    const revisions = loadVerifiedManifest('raw').filter((s) => s.kind === 'encyclopedia-revision');
    expect(revisions.map((s) => [s.source_id, s.revision_of, s.revision])).toEqual([
      ['wiki-2021-older', 'enwiki-2021-kazakh-legislative-election', 1],
      ['wiki-2021-newer', 'enwiki-2021-kazakh-legislative-election', 2],
    ]);
  });
});

describe('checking raw/ against the manifest', () => {
  it('names a changed file and says how to fix it', () => {
    const dir = copyOfRaw();
    writeFileSync(join(dir, '004_ff7a2770d6b12e1c.txt'), 'changed\n');
    const changedHash = sha256(new TextEncoder().encode('changed\n')).slice(0, 12);
    expect(problemsOf(() => loadVerifiedManifest(dir))).toEqual([
      `${dir}/004_ff7a2770d6b12e1c.txt: sha256 is ${changedHash}… but ${dir}/sources.json records cb876b821726…; raw/ is immutable: restore the original file, or add a changed text as a new source with its own manifest entry`,
    ]);
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

  it('names each malformed field of an entry', () => {
    const dir = copyOfRaw();
    const manifest = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
    manifest.sources[1].sha256 = 'abc';
    manifest.sources[1].kind = 'blog';
    delete manifest.sources[2].title;
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(manifest));
    expect(problemsOf(() => readManifest(join(dir, 'sources.json')))).toEqual([
      `${dir}/sources.json: source 2 has "kind": "blog"; expected one of encyclopedia-revision, sentence-extract, analysis, commentary, results-table`,
      `${dir}/sources.json: source 2 has "sha256": "abc"; expected the 64 hex digits of the file's sha256`,
      `${dir}/sources.json: source 3 has no "title"; expected a non-empty title`,
    ]);
  });

  it('names a manifest that is not JSON', () => {
    const dir = copyOfRaw();
    writeFileSync(join(dir, 'sources.json'), '{"sources": [');
    expect(problemsOf(() => readManifest(join(dir, 'sources.json')))).toEqual([`${dir}/sources.json:1: not valid JSON at column 14 (Unexpected end of JSON input); expected a JSON object with a "sources" list`]);
  });

  it.each([
    ['{\n  "sources": [\n    {"a": 1,}\n  ]\n}\n', '3: not valid JSON at column 13 (Expected double-quoted property name)'],
    ['{\n  "sources": [\n    {"a": tru}\n  ]\n}\n', "3: not valid JSON at column 14 (Unexpected token '}')"],
    ['{\n  "sources": [\n    {"kind": commentary}\n  ]\n}\n', "3: not valid JSON at column 14 (Unexpected token 'c')"],
    ['{"sources": []} x', '1: not valid JSON at column 17 (Unexpected non-whitespace character after JSON)'],
  ])('names the line and column of a JSON syntax error in %j', (text, where) => {
    const dir = copyOfRaw();
    writeFileSync(join(dir, 'sources.json'), text);
    expect(problemsOf(() => readManifest(join(dir, 'sources.json')))).toEqual([`${dir}/sources.json:${where}; expected a JSON object with a "sources" list`]);
  });

  it('names a source_id listed twice', () => {
    const dir = copyOfRaw();
    const manifest = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8'));
    manifest.sources[4].source_id = 'analysis-2021';
    writeFileSync(join(dir, 'sources.json'), JSON.stringify(manifest));
    expect(problemsOf(() => readManifest(join(dir, 'sources.json')))).toEqual([
      `${dir}/sources.json: source_id "analysis-2021" is listed twice; each source needs its own source_id`,
    ]);
  });
});
