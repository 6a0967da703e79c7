// Made-up sentences: a figure the extractor cannot link stays unlinked, never wrongly linked.
import { describe, expect, it } from 'vitest';
import { sourceContext } from '../../pipeline/extract/context.ts';
import { proseClaims, type ProseMemory } from '../../pipeline/extract/prose.ts';
import { resolving, tools } from './real-claims.ts';

const read = (...sentences: string[]) => {
  const context = sourceContext(tools, { source_id: 'made-up', election_id: 'kz-mazhilis-2021' }, resolving);
  const memory: ProseMemory = { parties: [] };
  return sentences.flatMap((text, k) =>
    proseClaims(
      { text, spans: [{ line: k + 1, column: 0, text }], extraction: 'prose', sentence: text },
      context,
      memory,
    ).map((c) => [c.figure, c.metric, c.party_id, c.value, c.linked]),
  );
};

describe('figures that cannot be linked', () => {
  it.each([
    ['Turnout in some districts reached 90%.', [['90%', null, null, 90, false]]],
    [
      'The party list had 38 names, 12 of them new.',
      [
        ['38', 'candidates', null, 38, false],
        ['12', null, null, 12, false],
      ],
    ],
    ['Tokayev was elected president with 71% of the votes in 2019.', [['71%', 'vote_share', null, 71, false]]],
    ['The party hopes to win 30% of the vote.', [['30%', null, null, 30, false]]],
    ['Nur Otan needed to win more than 50% of the vote to keep its majority.', [['50%', null, null, 50, false]]],
    ['A team of 11 experts arrived.', [['11', null, null, 11, false]]],
  ])('%s', (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it('makes no claim of a date, a clock time, an age or money', () => {
    expect(read('On 10 January 2021 at 7:00 the 35-year-old mayor paid 42,500 ₸ and US$5 billion was frozen.')).toEqual(
      [],
    );
  });
});

describe('figures linked by the words around them', () => {
  it('finds the party before a share and the seats after it', () => {
    expect(read('Ak Zhol won 10.95% of the vote and 12 seats.')).toEqual([
      ['10.95%', 'vote_share', 'ak-zhol', 10.95, true],
      ['12', 'seats', 'ak-zhol', 12, true],
    ]);
  });

  it('carries a party to "It" in the next sentence, and signs a loss', () => {
    expect(read('Nur Otan won the vote.', 'It lost 8 seats.')).toEqual([['8', 'seat_change', 'nur-otan', -8, true]]);
  });

  it('keeps the qualifier of a hedged figure', () => {
    const context = sourceContext(tools, { source_id: 'made-up', election_id: 'kz-mazhilis-2021' }, resolving);
    const [claim] = proseClaims(
      {
        text: 'Adal got no more than 3% of the votes.',
        spans: [{ line: 1, column: 0, text: 'Adal got no more than 3% of the votes.' }],
        extraction: 'prose',
        sentence: null,
      },
      context,
      { parties: [] },
    );
    expect(claim).toMatchObject({
      party_id: 'adal',
      metric: 'vote_share',
      value: 3,
      qualifier: 'le',
      claim_id: 'made-up:1:22',
    });
  });
});

describe('prose extraction properties', () => {
  it('never throws on made-up sentences, and quotes each figure from its passage', async () => {
    const fc = (await import('fast-check')).default;
    const word = fc.constantFrom(
      'Nur Otan',
      'Ak Zhol',
      'won',
      'lost',
      'seats',
      'of the vote',
      '71%',
      '8',
      '% 11',
      'turnout',
      'more than',
      'the first one',
      'respectively',
      'It',
      'poll',
      'Sanj',
      'on 10 January 2021',
      '–',
      ',',
      '.',
      '3,426',
    );
    const context = sourceContext(tools, { source_id: 'made-up', election_id: 'kz-mazhilis-2021' }, resolving);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 14 }), (words) => {
        const text = words.join(' ');
        for (const claim of proseClaims(
          { text, spans: [{ line: 1, column: 0, text }], extraction: 'prose', sentence: text },
          context,
          { parties: [] },
        )) {
          expect(text).toContain(claim.excerpt);
          expect(claim.excerpt.replace(/\s+/g, ' ')).toContain(claim.figure.replace(/\s+/g, ' '));
        }
      }),
      { numRuns: 300 },
    );
  });
});
