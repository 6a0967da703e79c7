// The terminal summary and the page, from two small inline versions of processed/.
import { describe, expect, it } from 'vitest';
import { compareSides, differs } from '../../pipeline/diff/diff.ts';
import { renderDiffPage } from '../../pipeline/diff/page.ts';
import { CSP } from '../../pipeline/report/page-shell.ts';
import type { DataSide, SideTable } from '../../pipeline/diff/side.ts';
import { formatSummary } from '../../pipeline/diff/summary.ts';

const field = (name: string, type = 'string') => ({ name, type });
const tableOf = (
  name: string,
  primaryKey: string[],
  fields: { name: string; type: string }[],
  csv: string,
): SideTable => ({ name, path: `${name}.csv`, schema: { fields, primaryKey, missingValues: [''] }, csv });
const conflicts = (open: number) =>
  tableOf(
    'conflicts',
    ['conflict_id'],
    [field('conflict_id'), field('resolution')],
    `conflict_id,resolution\n${Array.from({ length: open }, (_, i) => `c${i},open\n`).join('')}`,
  );
const claims = (excerpt: string) =>
  tableOf('claims', ['claim_id'], [field('claim_id'), field('excerpt')], `claim_id,excerpt\nx:1:c1,"${excerpt}"\n`);
const results = (csv: string) =>
  tableOf('results_national', ['party_id'], [field('party_id'), field('votes', 'integer')], `party_id,votes\n${csv}`);
const aliases = tableOf('aliases', ['alias'], [field('alias')], 'alias\nAq Jol\nAk Zhol\n');
const before: DataSide = {
  label: 'v1 (1234567)',
  version: 'sha256:aaaa',
  tables: [
    aliases,
    claims('A row | 7,529 | of a table that goes on and on for a long way | 2.07% |'),
    conflicts(2),
    results('adal,258618\nauyl,7529\n'),
  ],
};
const after: DataSide = {
  label: 'the working tree',
  version: 'sha256:bbbb',
  tables: [
    aliases,
    claims('A row | 7,530 | of a table that goes on and on for a long way | 2.07% |'),
    conflicts(3),
    results('auyl,7530\nnur-otan,5148074\n'),
  ],
};

describe('formatSummary', () => {
  it('leads with the results, names both versions, lists each change with its key, and gives unchanged tables one line', () => {
    expect(formatSummary(compareSides(before, after), { colour: false, limit: 20, page: 'reports/diff.html' }))
      .toBe(`processed/ at v1 (1234567), version sha256:aaaa
        against the working tree, version sha256:bbbb
3 of 4 tables differ

results_national  rows 1 added, 1 removed, 1 changed; 2 rows
  + nur-otan
  - adal
  → auyl  votes 7529 → 7530
open conflicts    2 → 3
conflicts         rows 1 added; 2 rows → 3
  + c2
claims            rows 1 changed; 1 row
  → x:1:c1  excerpt "A row | 7,529 | of a table that goes on and on for a long w…" → "A row | 7,530 | of a table that goes on and on for a long w…"
aliases           unchanged, 2 rows
`);
  });

  it('counts what it leaves out past the limit, and colours only when asked', () => {
    const text = formatSummary(compareSides(before, after), { colour: true, limit: 0, page: 'reports/diff.html' });
    expect(text).toContain('\u001b[2m  … 1 more added: reports/diff.html lists them all\u001b[0m');
    expect(text).toContain('\u001b[1mresults_national  \u001b[0m');
  });

  it('says so when nothing differs', () => {
    const diff = compareSides(before, { ...before, label: 'the working tree' });
    expect(differs(diff)).toBe(false);
    expect(formatSummary(diff, { colour: false, limit: 20, page: 'reports/diff.html' }).split('\n')[2]).toBe(
      'no differences',
    );
  });
});

describe('renderDiffPage', () => {
  const withoutAliases = [
    after.tables[1]!,
    after.tables[2]!,
    results('auyl,7530\nnur-otan,5148074\n<script>alert(1)</script>,1\n'),
  ];
  const page = renderDiffPage(compareSides(before, { ...after, tables: withoutAliases }));

  it('is one offline page: a strict content security policy, no network address, no script', () => {
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP}">`);
    // the reports' navigation, with this page marked as the current one
    expect(page).toContain('<a href="diff.html" aria-current="page">Data changes</a>');
    expect(page).toContain('<a href="index.html">Overview</a>');
    expect(page).not.toMatch(/https?:\/\//);
    expect(page).not.toContain('<script');
  });

  it("escapes every cell and shows changes in daff's highlighter", () => {
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).toContain('<td class="modify">7529→7530</td>');
    expect(page).toContain('<section id="table-aliases">');
    expect(page).toContain('<p class="table-status">Table removed, 2 rows.</p>');
  });
});
