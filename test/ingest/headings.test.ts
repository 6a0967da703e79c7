// The bare-line heading test of ingest (pipeline/ingest/ingest.ts), which a long line reaches first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looksLikeHeading } from '../../pipeline/ingest/ingest.ts';

const next = (text: string) => ({ line: 2, text });

describe('looksLikeHeading', () => {
  it('takes a short title-like line followed by text as a heading', () => {
    expect(looksLikeHeading('Background', next('In 2020, the parliament ...'))).toBe(true);
    expect(looksLikeHeading('Results of the 2021 election', undefined)).toBe(true);
    expect(looksLikeHeading('3.1 The 8th convocation', undefined)).toBe(true);
  });

  it('refuses data, sentences, lower-case starts and a line followed by a figure', () => {
    expect(looksLikeHeading('Valid votes: 7,241,562', undefined)).toBe(false);
    expect(looksLikeHeading('Nur Otan won.', undefined)).toBe(false);
    expect(looksLikeHeading('background', undefined)).toBe(false);
    expect(looksLikeHeading('Nur Otan', next('5,148,074'))).toBe(false);
  });

  it('refuses a line of 81 characters or of 13 words, and takes one of 80 characters and 12 words', () => {
    // 12 words of 6 letters and 11 spaces: 83 characters; of 5 letters: 71; of 6 letters with one of 3: 80
    const words = (n: number, letters: number) => Array.from({ length: n }, () => 'A'.repeat(letters));
    expect(looksLikeHeading(words(12, 6).join(' '), undefined)).toBe(false);
    expect(looksLikeHeading(words(12, 5).join(' '), undefined)).toBe(true);
    expect(looksLikeHeading([...words(11, 6), 'AAA'].join(' '), undefined)).toBe(true);
    expect([...words(11, 6), 'AAA'].join(' ')).toHaveLength(80);
    expect(looksLikeHeading(`${[...words(11, 6), 'AAA'].join(' ')}A`, undefined)).toBe(false);
    expect(looksLikeHeading(words(13, 2).join(' '), undefined)).toBe(false);
  });

  it('gives what it gave before the length was tested first, on any line', () => {
    // the rule before: the words counted first, then the length
    const before = (text: string) => {
      const wordCount = text.split(/\s+/).length;
      return text.length <= 80 && wordCount <= 12 && /^[\p{Lu}\d]/u.test(text) && !/[.,;:!?"”)\]]$/.test(text);
    };
    // without a digit no figure test can refuse: the two must agree exactly
    const word = fc.constantFrom('Nur', 'Otan', 'results', 'Aq-Jol', 'Мажилис', ' ', '  ', '.', ':', '"');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), (words) => {
        const text = words.join(' ');
        expect(looksLikeHeading(text, undefined)).toBe(before(text));
      }),
    );
    // with figures, what the title test refused before stays refused
    const piece = fc.constantFrom('Nur', 'Otan', 'results', '2021', '8th', 'COVID-19', '71%', ' ', '.', ':');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join(' ');
        if (!before(text)) expect(looksLikeHeading(text, undefined)).toBe(false);
      }),
    );
  });
});
