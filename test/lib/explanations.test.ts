import { describe, expect, it } from 'vitest';
import { explain, show } from '../../pipeline/lib/explanations.ts';

describe('show', () => {
  it('writes a figure as a reader reads it: digits grouped, a real minus sign, the unit', () => {
    expect([
      show(5148074, 'votes'),
      show(71.09, 'percent'),
      show(-11.11, 'pp'),
      show(5.8617, 'percent', 2),
      show(67, 'percent', 1),
      show(null, 'percent'),
    ]).toEqual(['5,148,074', '71.09%', '−11.11 pp', '5.86%', '67.0%', 'missing']);
  });
});

describe('explain', () => {
  const said = { source: 'the older revision', fact: 'the turnout', figure: '66.3%' };

  it('starts a sentence with a capital and names the source, the fact and the figure as written', () => {
    expect(explain.computed(said, '7,539,280 ballots of 11,919,241 registered voters', '63.25%')).toBe(
      'The older revision gives the turnout as 66.3%, but 7,539,280 ballots of 11,919,241 registered voters = 63.25%.',
    );
    expect(explain.signUnknown({ ...said, fact: 'the change in turnout', figure: '13.87 pp' })).toBe(
      'The older revision gives the change in turnout as 13.87 pp without a sign, ' +
        'and no figures of the previous election tell whether it rose or fell.',
    );
  });
});
