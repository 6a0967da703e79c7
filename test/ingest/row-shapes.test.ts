// Rows that do not fit their columns, placed or mended by their figures' shapes, or left alone.
import { describe, expect, it } from 'vitest';
import { columnShapes, mendSplitCell, placeShortRow, shapeOf } from '../../pipeline/ingest/row-shapes.ts';

const rows = (...cells: string[][]) => cells.map((c, k) => ({ line: k + 1, last_line: k + 1, raw: '', cells: c }));
// Party | Votes | % | Seats | +/–, from two whole rows
const columns = columnShapes(
  rows(['Nur Otan', '5,148,074', '71.09', '76', '–8'], ['Ak Zhol', '792,828', '10.95', '12', '+5']),
  5,
);

describe('shapeOf', () => {
  it.each([
    ['5,148,074', 'count'],
    ['7 241 562', 'count'],
    ['12', 'integer'],
    ['71.09', 'decimal'],
    ['71,09%', 'decimal'],
    ['–8', 'signed'],
    ['Increase8', 'signed'],
    ['▼ 2', 'signed'],
    ['n/a', 'missing'],
    ['–', 'missing'],
    ['Nur Otan', 'text'],
    ['6,183,757, 82.20% (1)', 'mixed'],
    ['', 'empty'],
  ])('%s is %s', (cell, shape) => expect(shapeOf(cell)).toBe(shape));
});

describe('placeShortRow', () => {
  it('puts a count under Votes and a decimal under %: the one reading the shapes allow', () => {
    expect(placeShortRow(['Auyl', '383,023', '5.29'], columns)).toEqual(['Auyl', '383,023', '5.29', '', '']);
    expect(placeShortRow(['Adal', '258,618', '3.57', '–1'], columns)).toEqual(['Adal', '258,618', '3.57', '', '–1']);
  });

  it('never guesses: two small integers fit Seats and +/– (a change may have lost its sign) or Votes', () => {
    expect(placeShortRow(['Auyl', '12', '3'], columns)).toBeNull();
    expect(placeShortRow(['Auyl', 'Village party'], columns)).toBeNull();
  });
});

describe('mendSplitCell', () => {
  it('joins the one pair of text cells a `|` split, when the joined row fits every column', () => {
    expect(mendSplitCell(['Ak Zhol', 'Aq Jol', '792,828', '10.95', '12', '+5'], columns)).toEqual([
      'Ak Zhol | Aq Jol',
      '792,828',
      '10.95',
      '12',
      '+5',
    ]);
  });

  it('declines when no pair of text cells, or a joined row that does not fit, explains the extra cell', () => {
    expect(mendSplitCell(['Auyl', '383,023', '5.29', '0', '0', '4'], columns)).toBeNull();
    expect(mendSplitCell(['Ak Zhol', '792,828', 'Aq Jol', 'Bright', '12', '+5'], columns)).toBeNull();
  });
});
