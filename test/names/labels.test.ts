import { describe, expect, it } from 'vitest';
import { yearLabel, yearsIn } from '../../pipeline/names/labels.ts';

const labels = [{ label: 'Results' }, { label: 'Final count' }];

describe('yearLabel', () => {
  it.each([
    ['2016 Results', 'Results', ['2016']],
    ['2021 results', 'Results', ['2021']],
    ['2016 result', 'Results', ['2016']],
    ['Results (2030)', 'Results', ['2030']],
    ['Final count, 1999', 'Final count', ['1999']],
  ])('%s is the label %s and the year %j', (text, label, years) => {
    expect(yearLabel(text, labels)).toEqual({ label: { label }, years });
  });

  it.each(['Results', '2016 legislative election', 'Results of the 2016 vote', '2016', 'Results 20161'])(
    '%s is no year label',
    (text) => {
      expect(yearLabel(text, labels)).toBeNull();
    },
  );

  it('reads years from 1800 to 2099 only, as whole numbers', () => {
    expect(yearsIn('Last election results (2016), 20161 or 2100 or 1799 or 1905')).toEqual(['2016', '1905']);
  });
});
