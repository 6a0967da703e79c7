// Russian and Kazakh words that name a figure's metric in prose (extract/wording.ts OTHER_LANGUAGE_RULES):
// each rule on a made-up sentence where it fires and one where it stays silent, and a made-up report read whole.
import { describe, expect, it } from 'vitest';
import { otherLanguageMetric } from '../../pipeline/extract/wording.ts';
import { extractFixture, extractText } from './fixture-claims.ts';

const claimRows = (text: string, language: string) =>
  extractText('other-language', text, { language, folder: 'prose' }).claims.map((c) => [
    c.figure,
    c.metric,
    c.party_id,
    c.value,
    c.linked,
  ]);

describe('a metric named by Russian or Kazakh words', () => {
  it.each([
    ['turnout', 'percent', 'явка составила ', '', 'рост составил ', ''],
    ['vote_share', 'percent', '', ' голосов', '', ' опрошенных'],
    ['votes', 'count', '', ' голосов', '', ' человек'],
    ['votes', 'count', '', ' дауыс', '', ' адам'],
    ['seats', 'count', '', ' мест', '', ' реформ'],
    ['seats', 'count', '', ' орын', '', ' жыл'],
  ] as const)(
    '%s (%s): fires on "%s…%s", silent on "%s…%s"',
    (metric, figure, before, after, quietBefore, quietAfter) => {
      expect(otherLanguageMetric(figure, before, after)).toBe(metric);
      expect(otherLanguageMetric(figure, quietBefore, quietAfter)).toBeNull();
    },
  );

  it('reads a Russian sentence of shares and seats, and a Kazakh one of votes and seats', () => {
    expect(claimRows('«Нур Отан» набрала 71,09% голосов и получила 76 мест.\n', 'ru')).toEqual([
      ['71,09%', 'vote_share', 'nur-otan', 71.09, true],
      ['76', 'seats', 'nur-otan', 76, true],
    ]);
    expect(claimRows('«Ақ жол» 792 828 дауыс алып, 12 орын алды.\n', 'kk')).toEqual([
      ['792 828', 'votes', 'ak-zhol', 792828, true],
      ['12', 'seats', 'ak-zhol', 12, true],
    ]);
  });
});

describe('a made-up Russian results report', () => {
  it('gives each party its share, votes and seats, the turnout, and leaves a promise unlinked', () => {
    const { claims } = extractFixture('russian-results', { language: 'ru', folder: 'prose' });
    expect(claims.map((c) => [c.line, c.figure, c.metric, c.party_id, c.value, c.linked])).toEqual([
      [3, '71,09%', 'vote_share', 'nur-otan', 71.09, true],
      [3, '76', 'seats', 'nur-otan', 76, true],
      [4, '792 828', 'votes', 'ak-zhol', 792828, true],
      [4, '12', 'seats', 'ak-zhol', 12, true],
      [5, '63,25 процента', 'turnout', null, 63.25, true],
      [6, '80', null, null, 80, false],
    ]);
  });
});
