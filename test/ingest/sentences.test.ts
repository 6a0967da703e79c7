import { describe, expect, it } from 'vitest';
import { joinParagraph, sourceText, splitSentences } from '../../pipeline/ingest/sentences.ts';

const lines = (...texts: string[]) => texts.map((text, k) => ({ line: k + 1, text }));
const sentencesOf = (text: string) =>
  splitSentences(joinParagraph(lines(text), sourceText(text))).sentences.map((s) => [s.text, s.citations]);

describe('joinParagraph', () => {
  it('rejoins a word split by the typesetter without its hyphen', () => {
    const paragraph = lines('the elec-', 'tions were held');
    expect(joinParagraph(paragraph, sourceText('the elec-\ntions were held')).text).toBe('the elections were held');
  });

  it('keeps the hyphen of a compound of names and of one the text writes whole elsewhere', () => {
    expect(joinParagraph(lines('the ruling Nur-', 'Otan won'), sourceText('')).text).toBe('the ruling Nur-Otan won');
    expect(joinParagraph(lines('a pro-', 'government party'), sourceText('pro-government elsewhere')).text).toBe(
      'a pro-government party',
    );
  });

  it('keeps the hyphen when the text writes the two halves joined anywhere, even inside longer words', () => {
    // `pro-gov` stands inside `counterpro-government`: the halves are joined there
    expect(joinParagraph(lines('a pro-', 'gov bill'), sourceText('the counterpro-government side')).text).toBe(
      'a pro-gov bill',
    );
    expect(joinParagraph(lines('a pro-', 'gov bill'), sourceText('the pro government side')).text).toBe(
      'a progov bill',
    );
    expect(joinParagraph(lines('a pro-', 'gov bill'), sourceText('a gov-pro side')).text).toBe('a progov bill');
  });

  it('maps every character to its raw line', () => {
    const joined = joinParagraph(lines('one two', 'three'), sourceText(''));
    expect(joined.lineAt(joined.text.indexOf('three'))).toBe(2);
    expect(joined.lineAt(joined.text.indexOf('three') - 1)).toBe(2);
    expect(joined.lineAt(0)).toBe(1);
  });

  it('turns no-break spaces into spaces', () => {
    expect(joinParagraph(lines('Majilis.\u00a0\u00a0'), sourceText('')).text).toBe('Majilis.');
  });
});

describe('splitSentences', () => {
  it('splits after a citation marker and keeps the marker on the sentence it closes', () => {
    expect(sentencesOf('Elections were held.[1] This was the 8th.[2][3]')).toEqual([
      ['Elections were held.', ['1']],
      ['This was the 8th.', ['2', '3']],
    ]);
  });

  it('does not split at initials, titles or a number sign', () => {
    expect(sentencesOf('V.N. Bondarev met Mr. Nazarbayev at Polling Station No. 448 today.')).toHaveLength(1);
  });

  it('does not split before a lower-case word', () => {
    expect(sentencesOf('elbasy, i.e., national leader. of the country')).toHaveLength(1);
  });

  it('returns markers that open a paragraph apart, with a closing quote split off the sentence before', () => {
    const { leading, sentences } = splitSentences(
      joinParagraph(lines('"[36] Kazakh Foreign Minister spoke.'), sourceText('')),
    );
    expect(leading).toEqual({ quote: '"', citations: ['36'], line: 1 });
    expect(sentences.map((s) => s.text)).toEqual(['Kazakh Foreign Minister spoke.']);
  });

  it('removes a language-link marker but not an editorial [sic]', () => {
    expect(sentencesOf('led by Ambassador Domański [pl], which [sic] consisted of 11 experts.')).toEqual([
      ['led by Ambassador Domański, which [sic] consisted of 11 experts.', ['pl']],
    ]);
  });
});
