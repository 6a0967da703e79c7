// Tables that lost their delimiters, and short data lines, on fixtures written for them.
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../pipeline/ingest/blocks.ts';
import { readHeader } from '../../pipeline/ingest/flat-tables.ts';
import { extractFixture, ingestFixture, linkedRows, unlinkedRows } from '../extract/fixture-claims.ts';

const tablesOf = (name: string) => ingestFixture(name).blocks.filter((b): b is TableBlock => b.kind === 'table');
const header = (text: string) => readHeader({ line: 1, text })?.columns.map((c) => c.name) ?? null;

describe('readHeader', () => {
  it('reads a line of column labels with a name column first, several-word labels whole', () => {
    expect(header('Party Votes % Seats +/–')).toEqual(['Party', 'Votes', '%', 'Seats', '+/–']);
    expect(header('   Party          Votes     Pct    Seats')).toEqual(['Party', 'Votes', 'Pct', 'Seats']);
    expect(header('Party No. of candidates Votes')).toEqual(['Party', 'No. of candidates', 'Votes']);
    expect(header('Партия Голосов % Мест')).toEqual(['Партия', 'Голосов', '%', 'Мест']);
  });

  it('is not a header: a sentence, labels without a name column, or a name column alone', () => {
    expect(header('Party votes were counted twice')).toBeNull();
    expect(header('Votes % Seats')).toBeNull();
    expect(header('Party Votes')).toBeNull();
  });
});

describe('space-flattened tables', () => {
  it('splits each row into a name of several words and the figures the header names', () => {
    const [table] = tablesOf('flattened');
    expect(table!.dialect).toBe('flattened');
    expect(table!.columns).toEqual(['Party', 'Votes', '%', 'Seats', '+/–']);
    expect(table!.rows.map((r) => r.cells)).toEqual([
      ['Nur Otan', '5,148,074', '71.09', '76', '–8'],
      ['Ak Zhol Democratic Party', '792,828', '10.95', '12', '+5'],
      ["People's Party of Kazakhstan", '658,302', '9.10', '10', '+3'],
      ['Nationwide Social Democratic Party', '34,567', '0.52', '0', '–'],
      ['Total', '7,240,845', '100', '98'],
    ]);
  });

  it("reads every party's figures, a missing change as missing, and the total row's figures in order", () => {
    const { claims } = extractFixture('flattened');
    expect(linkedRows(claims).filter((r) => r[0] === 7 || r[0] === 8)).toEqual([
      [7, 'votes', 'jsdp', 34567],
      [7, 'vote_share', 'jsdp', 0.52],
      [7, 'seats', 'jsdp', 0],
      [7, 'seat_change', 'jsdp', null],
      [8, 'valid_votes', null, 7240845],
      [8, 'vote_share_total', null, 100],
      [8, 'seats_total', null, 98],
    ]);
    expect(linkedRows(claims).filter((r) => r[0] === 4)).toEqual([
      [4, 'votes', 'nur-otan', 5148074],
      [4, 'vote_share', 'nur-otan', 71.09],
      [4, 'seats', 'nur-otan', 76],
      [4, 'seat_change', 'nur-otan', -8],
    ]);
  });
});

describe('fixed-width tables from a news wire', () => {
  it('takes the numbers off the rows, joins a wrapped name, skips dashed rules, reads n/a as missing', () => {
    const [table] = tablesOf('fixed-width');
    expect(table!.columns).toEqual(['Party', 'Votes', 'Pct', 'Seats']);
    expect(table!.rows.map((r) => [r.line, r.last_line, r.cells])).toEqual([
      [6, 6, ['Nur Otan', '5,148,074', '71.09', '76']],
      [7, 8, ['Ak Zhol Democratic Party', '792,828', '10.95', '12']],
      [9, 10, ["People's Party of Kazakhstan", '658,302', '9.10', '10']],
      [11, 11, ['Auyl', '383,023', '5.29', 'n/a']],
      [12, 12, ['Adal', '258,618', '3.57', '']],
      [14, 14, ['Total', '7,240,845', '100.00', '98']],
    ]);
  });

  it('links each figure to its party and column; a blank cell makes no claim', () => {
    const rows = linkedRows(extractFixture('fixed-width').claims);
    expect(rows.filter((r) => r[2] === 'peoples-party' || r[2] === 'adal' || r[2] === 'auyl')).toEqual([
      [9, 'votes', 'peoples-party', 658302],
      [9, 'vote_share', 'peoples-party', 9.1],
      [9, 'seats', 'peoples-party', 10],
      [11, 'votes', 'auyl', 383023],
      [11, 'vote_share', 'auyl', 5.29],
      [11, 'seats', 'auyl', null],
      [12, 'votes', 'adal', 258618],
      [12, 'vote_share', 'adal', 3.57],
    ]);
    expect(rows.filter((r) => r[0] === 14)).toEqual([
      [14, 'valid_votes', null, 7240845],
      [14, 'vote_share_total', null, 100],
      [14, 'seats_total', null, 98],
    ]);
  });

  it('leaves a flattened row whose figures fit no single set of columns unlinked, with the reason', () => {
    const { claims } = extractFixture('flattened-ambiguous');
    const note =
      'the row has 3 cells for 4 columns, and the shapes of its figures fit more than one set of columns, or none: its figures are not put under a column';
    expect(unlinkedRows(claims)).toEqual([
      [5, '12', note],
      [5, '3', note],
    ]);
    expect(linkedRows(claims).filter((r) => r[0] === 5)).toEqual([]);
  });
});

describe('short data lines are data, not headings', () => {
  it('reads `Valid votes: 7,241,562` as a figure, keeps `Seats before the election: 7` out of the headings', () => {
    const source = ingestFixture('data-lines');
    expect(source.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''))).toEqual([
      'Final count of a made-up vote',
      'Results by region',
    ]);
    expect(linkedRows(extractFixture('data-lines').claims)).toEqual([
      [3, 'valid_votes', null, 7241562],
      [13, 'votes', 'nur-otan', 5148074],
      [21, 'turnout', null, 63.25],
    ]);
  });

  it('reads no metric from a line whose label counts different things: `Total: 98` (votes or seats?) stays unlinked', () => {
    expect(unlinkedRows(extractFixture('data-lines').claims).filter((r) => r[0] === 19)).toEqual([
      [19, '98', 'no metric could be read next to the figure'],
    ]);
  });

  it('the block after a data line sits in the section of the heading before it, not under the data line', () => {
    const sentence = ingestFixture('data-lines').blocks.find((b) => b.kind === 'sentence' && b.first_line === 5);
    expect(sentence?.section).toEqual(['Final count of a made-up vote']);
  });

  it('reads a results table rendered one cell a line, blank lines between, each figure on its own line', () => {
    const [table] = tablesOf('one-cell-a-line');
    expect(table!.columns).toEqual(['Party', 'Votes', '%', 'Seats']);
    const { claims } = extractFixture('one-cell-a-line');
    expect(linkedRows(claims)).toEqual([
      [13, 'votes', 'nur-otan', 5148074],
      [15, 'vote_share', 'nur-otan', 71.09],
      [17, 'seats', 'nur-otan', 76],
      [21, 'votes', 'adal', 258618],
      [23, 'vote_share', 'adal', 3.57],
      [25, 'seats', 'adal', null],
    ]);
    expect(claims.find((c) => c.line === 15)).toMatchObject({ excerpt: '71.09', excerpt_column: 1 });
    expect(ingestFixture('one-cell-a-line').blocks.at(-2)).toMatchObject({
      kind: 'heading',
      text: 'Results by region',
    });
  });

  it('a row of bare lines with no header: the name is not a heading, and its figures are not given a metric they do not state', () => {
    const source = ingestFixture('bare-row');
    expect(source.blocks.filter((b) => b.kind === 'heading').map((b) => b.first_line)).toEqual([1]);
    expect(linkedRows(extractFixture('bare-row').claims)).toEqual([]);
    expect(unlinkedRows(extractFixture('bare-row').claims).map((r) => r.slice(0, 2))).toEqual([
      [5, '5,148,074'],
      [7, '71.09%'],
    ]);
  });
});
