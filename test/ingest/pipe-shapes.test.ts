// Pipe tables in every common shape, on fixtures written for them (test/fixtures/tables/pipe-*.txt).
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../pipeline/ingest/blocks.ts';
import { isSeparatorLine, splitCells } from '../../pipeline/ingest/pipe-lines.ts';
import { extractFixture, ingestFixture, linkedRows, unlinkedRows } from '../extract/fixture-claims.ts';

const tablesOf = (name: string) => ingestFixture(name).blocks.filter((b): b is TableBlock => b.kind === 'table');

describe('rows without a trailing pipe under a ---|--- separator', () => {
  it('reads each line as its own row, not one long row glued together', () => {
    const [table] = tablesOf('pipe-no-trailing');
    expect(table!.columns).toEqual(['Party', 'Votes', '%', 'Seats']);
    expect(table!.rows.map((r) => [r.line, r.cells])).toEqual([
      [5, ['Nur Otan', '5,148,074', '71.09', '76']],
      [6, ['Ak Zhol', '792,828', '10.95', '12']],
      [7, ['Adal', '258,618', '3.57', '0']],
    ]);
    expect(ingestFixture('pipe-no-trailing').warnings).toEqual([]);
  });

  it("gives each party its own figures (Adal's 258,618 votes, not Nur Otan's)", () => {
    expect(linkedRows(extractFixture('pipe-no-trailing').claims)).toEqual([
      [5, 'votes', 'nur-otan', 5148074],
      [5, 'vote_share', 'nur-otan', 71.09],
      [5, 'seats', 'nur-otan', 76],
      [6, 'votes', 'ak-zhol', 792828],
      [6, 'vote_share', 'ak-zhol', 10.95],
      [6, 'seats', 'ak-zhol', 12],
      [7, 'votes', 'adal', 258618],
      [7, 'vote_share', 'adal', 3.57],
      [7, 'seats', 'adal', 0],
    ]);
  });
});

describe('GitHub tables: leading pipes and an alignment row', () => {
  it('recognises `| :--- | ---: | :---: |` as the separator and keeps every column', () => {
    expect(isSeparatorLine('| :--- | ---: | ---: | :---: |')).toBe(true);
    expect(isSeparatorLine('|---|---|')).toBe(true);
    expect(isSeparatorLine('---|---|---|--')).toBe(true);
    expect(isSeparatorLine('----')).toBe(false);
    const [table] = tablesOf('pipe-github');
    expect(table!.columns).toEqual(['Party', 'Votes', '%', 'Seats']);
    expect(table!.rows.map((r) => r.cells)).toEqual([
      ['Nur Otan', '5,148,074', '71.09', '76'],
      ['Ak Zhol', '792,828', '10.95', '12'],
      ["People's Party", '658,302', '9.10', '10'],
    ]);
  });

  it('reads its figures with their parties', () => {
    expect(linkedRows(extractFixture('pipe-github').claims).filter((r) => r[2] === 'peoples-party')).toEqual([
      [7, 'votes', 'peoples-party', 658302],
      [7, 'vote_share', 'peoples-party', 9.1],
      [7, 'seats', 'peoples-party', 10],
    ]);
  });
});

describe('a ragged table that opens the document', () => {
  it('stays a table, and places a short row by the shapes of its figures: Adal 258,618 votes and 0 seats, no share', () => {
    const source = ingestFixture('pipe-opening-ragged');
    expect(source.blocks[0]!.kind).toBe('table');
    expect(linkedRows(extractFixture('pipe-opening-ragged').claims).filter((r) => (r[0] as number) >= 5)).toEqual([
      [5, 'votes', 'auyl', 383023],
      [5, 'vote_share', 'auyl', 5.29],
      [6, 'votes', 'adal', 258618],
      [6, 'seats', 'adal', 0],
    ]);
  });

  it('a two-column table headed `Party | Votes` is a table, not an infobox', () => {
    const source = ingestFixture('pipe-opening-two-columns');
    expect(source.blocks.map((b) => b.kind)).toEqual(['table']);
    expect(linkedRows(extractFixture('pipe-opening-two-columns').claims)).toEqual([
      [3, 'votes', 'nur-otan', 5148074],
      [4, 'votes', 'ak-zhol', 792828],
      [6, 'votes', 'adal', 258618],
    ]);
  });
});

describe('a | inside a cell', () => {
  it('reads an escaped \\| as part of the cell', () => {
    expect(splitCells('| Nur Otan \\| Amanat | 5,148,074 |', true)).toEqual(['Nur Otan | Amanat', '5,148,074']);
  });

  it('mends a row one cell too wide where one pair of text cells explains it, and names the row by both halves', () => {
    const [table] = tablesOf('pipe-in-cell');
    expect(table!.rows.map((r) => r.cells.slice(0, 3))).toEqual([
      ['Nur Otan | Amanat', '5,148,074', '71.09'],
      ['Ak Zhol | Aq Jol', '792,828', '10.95'],
      ["People's Party", '658,302', '9.10'],
      ['Auyl', '383,023', '5.29'],
      ['Adal', '258,618', '0'],
    ]);
    expect(linkedRows(extractFixture('pipe-in-cell').claims)).toEqual([
      [5, 'votes', 'nur-otan', 5148074],
      [5, 'vote_share', 'nur-otan', 71.09],
      [6, 'votes', 'ak-zhol', 792828],
      [6, 'vote_share', 'ak-zhol', 10.95],
      [7, 'votes', 'peoples-party', 658302],
      [7, 'vote_share', 'peoples-party', 9.1],
      [8, 'votes', 'auyl', 383023],
      [8, 'vote_share', 'auyl', 5.29],
    ]);
  });

  it('reads a row whose cells fit their columns with an extra cell at its end; leaves a row that fits no reading unlinked', () => {
    const note =
      'the row has 4 cells for 3 columns, and neither a cell holding a "|" nor extra cells at its end explain the extra one: its figures are not put under a column';
    expect(unlinkedRows(extractFixture('pipe-in-cell').claims)).toEqual([
      [8, '4', 'no metric could be read next to the figure'],
      [9, '258,618', note],
      [9, '0', note],
      [9, '3.57', note],
    ]);
    expect(ingestFixture('pipe-in-cell').warnings.map((w) => w.message)).toEqual([
      'test/fixtures/tables/pipe-in-cell.txt:8: table row has 4 cells, expected 3 like the header; the extra cells are kept at the end of the row',
      'test/fixtures/tables/pipe-in-cell.txt:9: table row has 4 cells, expected 3 like the header; the extra cells are kept at the end of the row',
    ]);
  });
});
