import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName, skeleton, transliterate, withoutNoise } from '../../pipeline/names/fold.ts';

describe('foldName', () => {
  it.each([
    ["People's Party", 'people party'],
    ['Peoples Party', 'people party'],
    ['Nur-Otan', 'nur otan'],
    ['"Aq Jol" Democratic Party', 'aq jol democratic party'],
    ['Mäjilis', 'majili'],
    ['Köşe', 'kose'],
    ['Almaty oblysy', 'almaty region'],
    ['Алматинская область', 'алматинская region'],
    ['Партия Бірлік', 'party бірлік'],
    ['Мажилис', 'мажили'],
  ])('%s → %s', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });
});

describe('withoutNoise', () => {
  it('drops party, democratic party, region and the, and keeps what tells names apart', () => {
    expect(withoutNoise(foldName('Ak Zhol Democratic Party'))).toBe('ak zhol');
    expect(withoutNoise(foldName('Democratic Party of Kazakhstan'))).toBe('of kazakhstan');
    expect(withoutNoise(foldName('Democratic Choice of Kazakhstan'))).toBe('democratic choice of kazakhstan');
    expect(withoutNoise(foldName('Almaty Region'))).toBe('almaty');
  });
});

describe('transliterate and skeleton', () => {
  it('writes Kazakh and Russian Cyrillic in Latin letters', () => {
    expect(transliterate('Ақ жол')).toBe('Aq zhol');
    expect(transliterate('Маңғыстау')).toBe('Mañğystau');
    expect(transliterate('Шымкент')).toBe('Shymkent');
  });

  it.each([
    ['Aq Jol', 'Ak Zhol', 'Ақ жол'],
    ['Mäjilis', 'Mazhilis', 'Мажилис'],
    ['Qostanai', 'Kostanay', 'Қостанай'],
    ['Şymkent', 'Shymkent', 'Шымкент'],
    ['Qazaqstan', 'Kazakhstan', 'Қазақстан'],
    ['Mañğystau', 'Mangystau', 'Маңғыстау'],
  ])('%s, %s and %s meet on one skeleton', (a, b, c) => {
    const key = skeleton(foldName(a));
    expect([skeleton(foldName(b)), skeleton(foldName(c))]).toEqual([key, key]);
  });
});

describe('folding properties', () => {
  it('never throws, and leaves no capital letter, quote or punctuation', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const folded = foldName(text);
        expect(folded).toBe(folded.toLowerCase());
        expect(folded).not.toMatch(/["'’«»“”.,;:()\-]/);
        skeleton(folded);
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores case and hyphens in Latin names', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), (words) => {
        expect(foldName(words.join('-').toUpperCase())).toBe(foldName(words.join(' ').toLowerCase()));
      }),
    );
  });
});
