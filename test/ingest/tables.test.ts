import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IngestWarning } from '../../pipeline/ingest/blocks.ts';
import { columnNames, parsePipeTable, splitCells } from '../../pipeline/ingest/tables.ts';

const numbered = (...texts: string[]) => texts.map((text, k) => ({ line: 10 + k, text }));
const parse = (...texts: string[]) => {
  const warnings: IngestWarning[] = [];
  return { tables: parsePipeTable('raw/t.txt', numbered(...texts), warnings), warnings };
};

describe('leading-pipe tables', () => {
  it('keeps blank cells blank and pads nothing when rows are whole', () => {
    const { tables, warnings } = parse('| Party | Votes | % |', '| | 5,148,074 | 71.09 |', '| Adal | | 3.57 |');
    expect(tables[0]!.rows.map((r) => r.cells)).toEqual([
      ['', '5,148,074', '71.09'],
      ['Adal', '', '3.57'],
    ]);
    expect(warnings).toEqual([]);
  });

  it('warns about a row with a missing cell, naming file and line, and keeps the cell empty', () => {
    const { tables, warnings } = parse('| Party | Votes | % |', '| Nur Otan | 5,148,074 |');
    expect(tables[0]!.rows[0]!.cells).toEqual(['Nur Otan', '5,148,074', '']);
    expect(warnings).toEqual([
      {
        line: 11,
        message:
          'raw/t.txt:11: table row has 2 cells, expected 3 like the rows around it; the missing cells are kept empty (missing, not zero)',
      },
    ]);
  });

  it('warns about a row with an extra cell', () => {
    const { warnings } = parse('| Party | Votes |', '| Adal | 258,618 | 3.57 |');
    expect(warnings.map((w) => w.message)).toEqual([
      'raw/t.txt:11: table row has 3 cells, expected 2 like the header; the extra cells are kept at the end of the row',
    ]);
  });

  it('reads a label-only row above rows with figures as a second header row', () => {
    const { tables } = parse(
      '| Region | Nur Otan | Adal | |',
      '| Votes | % | Votes | % |',
      '| Akmola Region | 278,209 | 76.49% | 4,728 |',
    );
    expect(tables[0]!.header_rows).toHaveLength(2);
    expect(tables[0]!.rows).toHaveLength(1);
  });

  it('keeps a label-only row as a body row when the rows after it carry no figures either', () => {
    const { tables } = parse(
      '| Party | Leader |',
      '| Nur Otan | Nursultan Nazarbayev |',
      '| Aq Jol | Azat Peruashev |',
    );
    expect(tables[0]!.header_rows).toHaveLength(1);
    expect(tables[0]!.rows).toHaveLength(2);
  });
});

describe('separator tables', () => {
  it('drops filler rows and reads the grid width from the separator', () => {
    const { tables } = parse(
      'Party | Votes | ||',
      '---|---|---|---|',
      'Nur Otan | 5,148,074 | ||',
      '| |||',
      'Adal | 258,618 |',
    );
    expect(tables).toHaveLength(1);
    expect(tables[0]!).toMatchObject({ width: 4, columns: ['Party', 'Votes', '', ''] });
    expect(tables[0]!.rows.map((r) => [r.line, r.cells])).toEqual([
      [12, ['Nur Otan', '5,148,074', '', '']],
      [14, ['Adal', '258,618', '', '']],
    ]);
  });

  it('joins a row cut short onto its continuation line', () => {
    const { tables } = parse('Party | Last election results', '(2016) | |', '---|---|---|', 'NO | 82.20% |');
    expect(tables[0]!.header_rows).toEqual([
      {
        line: 10,
        last_line: 11,
        raw: 'Party | Last election results',
        cells: ['Party', 'Last election results (2016)', ''],
      },
    ]);
  });

  it('returns the rows above the header as a headerless table of their own', () => {
    const { tables } = parse('↓ | |||', '76 | 12 | 10 | |', 'Party | Seats |', '---|---|', 'Nur Otan | 76 |');
    expect(tables.map((t) => [t.first_line, t.header_rows.length, t.rows.length])).toEqual([
      [10, 0, 2],
      [12, 1, 1],
    ]);
  });

  it('splits a run of lines with two separators into two tables', () => {
    const { tables } = parse('Caption | |', '---|---|', 'Turnout | 63.25% |', 'Sidebar |', '---|');
    expect(tables.map((t) => [t.header_rows[0]!.cells[0], t.rows.length])).toEqual([
      ['Caption', 1],
      ['Sidebar', 0],
    ]);
  });
});

describe('columnNames', () => {
  const row = (...cells: string[]) => ({ line: 1, last_line: 1, raw: cells.join(' | '), cells });

  it('spreads spanning names over a second row of labels', () => {
    expect(columnNames([row('Region', 'Nur Otan', 'Adal'), row('Votes', '%', 'Votes', '%')], 5)).toEqual([
      'Region',
      'Nur Otan Votes',
      'Nur Otan %',
      'Adal Votes',
      'Adal %',
    ]);
  });

  it('falls back to the top row when the second does not divide among the spanning names', () => {
    expect(columnNames([row('Date', 'Organiser', 'Moderator', ''), row('NO', 'AJ', 'QHP', 'AUYL')], 4)).toEqual([
      'Date',
      'Organiser',
      'Moderator',
      '',
    ]);
  });
});

describe('splitCells properties', () => {
  const cell = fc
    .string({ maxLength: 8 })
    .filter((c) => !c.includes('|'))
    .map((c) => c.trim());

  it('reads back the cells of any leading-pipe row', () => {
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 10 }), (cells) => {
        expect(splitCells(`| ${cells.join(' | ')} |`, true)).toEqual(cells);
      }),
    );
  });

  it('never throws on any run of table-like lines', () => {
    const line = fc.stringMatching(/^[|\- a-z0-9%]{0,20}$/);
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 8 }), (texts) => {
        parsePipeTable(
          'raw/t.txt',
          texts.map((text, k) => ({ line: k + 1, text })),
          [],
        );
      }),
      { numRuns: 500 },
    );
  });
});
