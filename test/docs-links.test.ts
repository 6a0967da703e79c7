// The README and docs/: every relative link and #anchor resolves, the README stays short, and its first lines
// hold the two set-up commands. Links are found with markdown-it, as GitHub renders them, not by a regex.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import MarkdownIt, { type Token } from 'markdown-it';
import { afterAll, describe, expect, it } from 'vitest';

const markdown = new MarkdownIt({ html: true });

/** GitHub's heading slug: lowercase, punctuation dropped (letters, digits, `_` and `-` kept), spaces → '-'. */
export function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

const inlineText = (token: Token | undefined) =>
  (token?.children ?? []).map((child) => (child.type === 'text' || child.type === 'code_inline' ? child.content : ''));

/** The anchors a Markdown file offers: its headings' slugs (a repeated one as `-1`, `-2` …) and explicit ids. */
function anchorsOf(text: string): Set<string> {
  const tokens = markdown.parse(text, {});
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  tokens.forEach((token, i) => {
    if (token.type === 'heading_open') {
      const base = slug(inlineText(tokens[i + 1]).join(''));
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      anchors.add(count === 0 ? base : `${base}-${count}`);
    }
    const html = [token, ...(token.children ?? [])].filter((t) => t.type === 'html_block' || t.type === 'html_inline');
    for (const t of html) for (const m of t.content.matchAll(/\b(?:id|name)="([^"]+)"/g)) anchors.add(m[1]!);
  });
  return anchors;
}

/** Every link and image target of a Markdown file, with the line it is on. */
function linksOf(text: string): { target: string; line: number }[] {
  const links: { target: string; line: number }[] = [];
  for (const token of markdown.parse(text, {})) {
    for (const child of token.children ?? []) {
      const target =
        child.type === 'link_open' ? child.attrGet('href') : child.type === 'image' ? child.attrGet('src') : null;
      if (target !== null) links.push({ target: String(target), line: (token.map?.[0] ?? 0) + 1 });
    }
  }
  return links;
}

/** The Markdown files of a project this test checks: README.md and every docs/*.md. */
export const docFiles = (root: string) => [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => `docs/${f}`),
];

/** What is wrong with a relative link `target` in the file `from` (a path under root), or null when it resolves. */
function linkProblem(root: string, from: string, target: string): string | null {
  const hash = target.indexOf('#');
  const pathPart = decodeURIComponent(hash < 0 ? target : target.slice(0, hash));
  const anchor = hash < 0 ? null : decodeURIComponent(target.slice(hash + 1));
  const resolved = pathPart === '' ? join(root, from) : resolve(dirname(join(root, from)), pathPart);
  const shown = relative(root, resolved);
  if (!existsSync(resolved)) return `${target} leads to ${shown}, which does not exist`;
  if (anchor === null) return null;
  if (!resolved.endsWith('.md')) return `${target} has an anchor, but ${shown} is not a Markdown file`;
  if (!anchorsOf(readFileSync(resolved, 'utf8')).has(anchor))
    return `${target}: ${shown} has no heading or id "${anchor}"`;
  return null;
}

/** Each relative link or anchor in the files that leads nowhere, as `file:line: …`. */
export function brokenLinks(root: string, files: string[]): string[] {
  return files.flatMap((file) =>
    linksOf(readFileSync(join(root, file), 'utf8'))
      .filter(({ target }) => !/^[a-z][a-z0-9+.-]*:/i.test(target)) // https:, mailto: … are not this project's files
      .flatMap(({ target, line }) => {
        const problem = linkProblem(root, file, target);
        return problem === null ? [] : [`${file}:${line}: ${problem}`];
      }),
  );
}

/** What users read that may point into docs/: the message catalogues, the tables' schemas, the metrics. */
const CATALOGUES = [
  ...readdirSync('pipeline/lib')
    .filter((f) => /messages/.test(f) && f.endsWith('.ts'))
    .map((f) => `pipeline/lib/${f}`),
  ...readdirSync('pipeline/emit/schemas').map((f) => `pipeline/emit/schemas/${f}`),
  'pipeline/registry/metrics.json',
];
const docPointers = (text: string) => [...text.matchAll(/\bdocs\/[\w-]+\.md(?:#[\w-]+)?/g)].map((m) => m[0]);

describe('slug', () => {
  it('makes the anchors GitHub gives these headings', () => {
    expect(slug('Data versions (`make diff`)')).toBe('data-versions-make-diff');
    expect(slug('Metrics (pipeline/registry/metrics.json)')).toBe('metrics-pipelineregistrymetricsjson');
    expect(slug('What make all reruns (the staleness rule)')).toBe('what-make-all-reruns-the-staleness-rule');
    expect(slug('Long lines: 5 MB, 1 000 lines')).toBe('long-lines-5-mb-1-000-lines');
    expect(slug('Голоса и «места»')).toBe('голоса-и-места');
  });
});

describe('brokenLinks', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'docs-links-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('flags a missing file, a missing anchor and an anchor in a file that is not Markdown, and nothing else', () => {
    const root = join(scratch, 'made-up');
    mkdirSync(join(root, 'docs'), { recursive: true });
    writeFileSync(join(root, 'picture.png'), '');
    writeFileSync(
      join(root, 'README.md'),
      [
        '# Title',
        '',
        'See [one](docs/a.md#section-one), [the id](docs/a.md#here), [again](docs/a.md#same-1) and [top](#title).',
        '',
        '![a picture](picture.png) and [the web](https://example.org/x#y).',
        '',
        '[gone](docs/missing.md) and [no anchor](docs/a.md#section-two)',
        '',
        '[anchor in a picture](picture.png#top)',
      ].join('\n'),
    );
    writeFileSync(
      join(root, 'docs/a.md'),
      '# Section `one`\n\n<a id="here"></a>\n\n## Same\n\n## Same\n\n[back](../README.md)\n',
    );
    expect(brokenLinks(root, ['README.md', 'docs/a.md'])).toEqual([
      'README.md:7: docs/missing.md leads to docs/missing.md, which does not exist',
      'README.md:7: docs/a.md#section-two: docs/a.md has no heading or id "section-two"',
      'README.md:9: picture.png#top has an anchor, but picture.png is not a Markdown file',
    ]);
  });

  it('flags a link planted in a copy of the real docs', () => {
    const root = join(scratch, 'copy');
    mkdirSync(root);
    cpSync('README.md', join(root, 'README.md'));
    cpSync('docs', join(root, 'docs'), { recursive: true });
    cpSync('reports/index.png', join(root, 'reports/index.png'));
    expect(brokenLinks(root, docFiles(root))).toEqual([]);
    const measures = join(root, 'docs/measures.md');
    writeFileSync(measures, `${readFileSync(measures, 'utf8')}\nSee [the seats](datasets.md#seat-allocations).\n`);
    const line = readFileSync(measures, 'utf8').split('\n').length - 1;
    expect(brokenLinks(root, docFiles(root))).toEqual([
      `docs/measures.md:${line}: datasets.md#seat-allocations: docs/datasets.md has no heading or id "seat-allocations"`,
    ]);
  });
});

describe('README.md and docs/', () => {
  it('every relative link and #anchor resolves', () => {
    const files = docFiles('.');
    expect(files.length).toBeGreaterThan(5);
    expect(brokenLinks('.', files)).toEqual([]);
  });

  it('every pointer into docs/ that a message or a schema gives resolves, and none points to the README', () => {
    const text = CATALOGUES.map((f) => readFileSync(f, 'utf8')).join('\n');
    const pointers = docPointers(text);
    expect(pointers).toContain('docs/writing-pages.md#figures-charts-tables-and-registers');
    expect(pointers).toContain('docs/measures.md');
    expect(pointers.flatMap((p) => linkProblem('.', 'README.md', p) ?? [])).toEqual([]);
    // the project's README, that is: another folder's README (test/eval/README.md) is a pointer of its own
    expect(text).not.toMatch(/(?<![\w/])README/);
    expect(linkProblem('.', 'README.md', 'docs/writing-pages.md#figures')).toBe(
      'docs/writing-pages.md#figures: docs/writing-pages.md has no heading or id "figures"',
    );
  });

  it('README.md is at most 150 lines and links to every file of docs/', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme.split('\n').length).toBeLessThanOrEqual(150);
    const linked = new Set(linksOf(readme).map((l) => l.target.split('#')[0]));
    expect(docFiles('.').filter((f) => f !== 'README.md' && !linked.has(f))).toEqual([]);
  });

  it('the two set-up commands are in an sh block within the first 15 lines', () => {
    const fence = markdown
      .parse(readFileSync('README.md', 'utf8'), {})
      .find((t) => t.type === 'fence' && t.info === 'sh' && t.map !== null && t.map[1] <= 15);
    const commands = (fence?.content ?? '').split('\n').map((l) => l.split('#')[0]!.trim());
    expect(commands.slice(0, 2)).toEqual(['make all', 'make test']);
  });
});
