// The terminal summary and the page, from two small inline versions of processed/.
import { describe, expect, it } from 'vitest';
import { compareSides, differs } from '../../pipeline/diff/diff.ts';
import { sideFacts } from '../../pipeline/diff/facts.ts';
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
  const changed = { ...after, tables: withoutAliases };
  const page = renderDiffPage(compareSides(before, changed), { from: sideFacts(before), to: sideFacts(changed) });

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
    // an integer column: thousands separators, as in the list of changed figures
    expect(page).toContain('<td class="modify">7,529→7,530</td>');
    expect(page).toContain('<section id="table-aliases">');
    expect(page).toContain('<p class="table-status">Table removed, 2 rows.</p>');
  });

  it('leads with the count of changed figures, rows and tables, and lists each change in words', () => {
    // results_national: auyl 7529 → 7530 (one figure), adal removed, nur-otan and the script row added (2);
    // claims: one excerpt changed; conflicts: c2 added (1); aliases: removed. 4 of 4 tables differ.
    expect(page).toContain(
      '<p class="lead"><strong>2 changed figures (cells) in 2 tables</strong>; 3 rows added, 1 row removed; ' +
        '1 table removed. 4 of 4 tables differ.</p>',
    );
    // an integer with thousands separators; no facts table here, so no fact stands behind it
    expect(page).toContain(
      '<li><strong>results_national</strong>, row party_id = auyl: <code>votes</code> 7,529 → 7,530; ' +
        '<span class="no-fact">no single fact stands behind this figure',
    );
    expect(page).toContain('<li><strong>results_national</strong>, row party_id = adal</li>');
    expect(page).toContain('<li><strong>conflicts</strong>, row conflict_id = c2</li>');
  });

  it('links an added row to its own fact_id, found by every column when the table has no primary key', () => {
    const noKey = (csv: string) =>
      tableOf(
        'conflicts',
        [],
        [field('conflict_id'), field('fact_id'), field('resolution')],
        `conflict_id,fact_id,resolution\n${csv}`,
      );
    const old: DataSide = { label: 'v1', version: null, tables: [noKey('c1,f:a,open\nc2,f:b,open\n')] };
    const now: DataSide = { label: 'v2', version: null, tables: [noKey('c1,f:a,resolved\nc2,f:b,open\n')] };
    const html = renderDiffPage(compareSides(old, now), { from: sideFacts(old), to: sideFacts(now) });
    // matched by all three columns, c1's row is one removed and one added: the added one is fact f:a's
    expect(html).toContain(
      '<li><strong>conflicts</strong>, row conflict_id = c1, fact_id = f:a, resolution = resolved; ' +
        '<a href="sources.html#fact-f:a">fact <code>f:a</code></a></li>',
    );
  });

  it('says "No differences" when nothing differs', () => {
    const same = renderDiffPage(compareSides(before, { ...before, label: 'the working tree' }), {
      from: sideFacts(before),
      to: sideFacts(before),
    });
    expect(same).toContain('<p class="lead"><strong>No differences.</strong> All 4 tables are the same');
    expect(same).not.toContain('Changed figures');
  });

  it('links a changed figure to its fact on the sources page, at the precision its table writes', () => {
    const facts = (value: string) =>
      tableOf(
        'facts',
        ['fact_id'],
        [field('fact_id'), field('metric'), field('election_id'), field('party_id'), field('value', 'number')],
        `fact_id,metric,election_id,party_id,value\nvotes:e:auyl,votes,e,auyl,7529\n` +
          `vote_share:e:auyl,vote_share,e,auyl,${value}\n`,
      );
    const national = (share: string) =>
      tableOf(
        'results_national',
        ['election_id', 'party_id'],
        [field('election_id'), field('party_id'), field('vote_share_reported', 'number')],
        `election_id,party_id,vote_share_reported\ne,auyl,${share}\ne,adal,1234.50\n`,
      );
    const old: DataSide = { label: 'v1', version: null, tables: [facts('2.07'), national('2.07')] };
    const now: DataSide = { label: 'v2', version: null, tables: [facts('2.1'), national('2.1')] };
    const html = renderDiffPage(compareSides(old, now), { from: sideFacts(old), to: sideFacts(now) });
    // results_national.vote_share_reported is the fact of metric vote_share (provenance.ts); two decimals
    // as the column is written (1234.50), so 2.1 reads 2.10
    expect(html).toContain(
      '<li><strong>results_national</strong>, row election_id = e, party_id = auyl: ' +
        '<code>vote_share_reported</code> 2.07 → 2.10; ' +
        '<a href="sources.html#fact-vote_share:e:auyl">fact <code>vote_share:e:auyl</code></a></li>',
    );
    // the facts table: its row's own fact_id; its value column is written with two decimals at v1 only
    expect(html).toContain(
      '<li><strong>facts</strong>, row fact_id = vote_share:e:auyl: <code>value</code> 2.07 → 2.1; ' +
        '<a href="sources.html#fact-vote_share:e:auyl">',
    );
  });
});
