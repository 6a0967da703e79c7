// How a table's header, a row's first cell or an infobox key is matched with the vocabulary's labels.
import { describe, expect, it } from 'vitest';
import { labelFinder } from '../../pipeline/extract/context.ts';

const labels = [
  { label: 'Votes' },
  { label: '%' },
  { label: '+/–' },
  { label: 'Last election results' },
  { label: 'Seats' },
  { label: 'Seats won' },
  { label: 'Total', prefix: true },
];
const find = labelFinder(
  labels,
  (l) => l.label,
  (l) => !!l.prefix,
);
const found = (text: string) => find(text)?.label;

describe('labelFinder', () => {
  it('matches a label as written, in any case and with spaces around it', () => {
    expect(found('Votes')).toBe('Votes');
    expect(found('  VOTES ')).toBe('Votes');
  });

  it('matches once folded: marks, quotes and punctuation do not count', () => {
    expect(found('Vótes')).toBe('Votes');
    expect(found('"Seats won"')).toBe('Seats won');
  });

  it('matches a cell that goes on with a bracket, and not one that goes on with a word', () => {
    expect(found('Last election results (2016)')).toBe('Last election results');
    expect(found('Last election results were')).toBeUndefined();
  });

  it('matches labels of signs alone only as written, since they fold to nothing', () => {
    expect(found('%')).toBe('%');
    expect(found('+/–')).toBe('+/–');
    expect(found('–')).toBeUndefined();
  });

  it('matches a prefix label at the start of a cell, and nothing for an empty cell', () => {
    expect(found('Total valid votes')).toBe('Total');
    expect(found('Grand total')).toBeUndefined();
    expect(found('')).toBeUndefined();
    expect(found('   ')).toBeUndefined();
  });

  it('gives the first label in the vocabulary that matches', () => {
    const twice = labelFinder(
      [
        { id: 1, label: 'Seats' },
        { id: 2, label: 'SEATS' },
      ],
      (l) => l.label,
    );
    expect(twice('seats')?.id).toBe(1);
  });
});
