import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFigures } from '../../pipeline/lib/number-tokens.ts';
import { parseNumber, POINT_STYLE, styleOfLanguage, type NumberStyle } from '../../pipeline/lib/numbers.ts';

const RUSSIAN = styleOfLanguage('ru');
const noDates = () => false;
const read = (text: string, style: NumberStyle = POINT_STYLE) =>
  readFigures(text, style, noDates).map((f) =>
    f.kind === 'number' ? [f.text, f.value] : f.kind === 'unread' ? ['unread', f.text] : ['missing'],
  );
const valueOf = (text: string, style: NumberStyle = POINT_STYLE) => {
  const parsed = parseNumber(text, style);
  return parsed?.kind === 'number' ? parsed.value : parsed;
};

describe('a figure is read only when all its digits are understood', () => {
  it.each([
    ['1 234 567', 1234567],
    ['7\u00a0241\u00a0562', 7241562],
    ['7\u202f241\u202f562', 7241562],
    ['7\u2009241\u2009562', 7241562],
    ['7 241', 7241],
    ['5,148,074', 5148074],
  ])('a whole cell %j is one number', (cell, value) => {
    expect(valueOf(cell)).toBe(value);
  });

  it('reads comma decimals and spaced thousands in a Russian or Kazakh source', () => {
    expect(read('«Нур Отан» получила 71,09% голосов, 5 148 074 голоса', RUSSIAN)).toEqual([
      ['71,09%', 71.09],
      ['5 148 074', 5148074],
    ]);
    expect(read('10,95 %', styleOfLanguage('kk'))).toEqual([['10,95 %', 10.95]]);
  });

  it('leaves a decimal comma unread in an English text unless a percent follows, and one plain-space group', () => {
    expect(read('won 71,09 of the vote')).toEqual([['unread', '71,09']]);
    expect(read('won 71,09% of the vote')).toEqual([['71,09%', 71.09]]);
    expect(read('won 100 000 votes')).toEqual([['unread', '100 000']]);
  });

  it('reads two plain-space groups in any text: no list of figures looks so', () => {
    expect(read('won 7 241 562 votes')).toEqual([['7 241 562', 7241562]]);
  });

  it('leaves comma thousands unread in a text that writes decimal commas', () => {
    expect(read('5,148,074 votes', RUSSIAN)).toEqual([['unread', '5,148,074']]);
  });

  it('keeps the figures of a cell that holds several, and digits that belong to names', () => {
    expect(read('6,183,757, 82.20% (1)')).toEqual([
      ['6,183,757', 6183757],
      ['82.20%', 82.2],
      ['1', 1],
    ]);
    expect(read('Party1, COVID-19, the 16th')).toEqual([]);
  });

  it('drops the figures inside a token the caller calls a date', () => {
    const dotted = (_start: number, _end: number, token: string) => /^\d{2}\.\d{2}\.\d{4}$/.test(token);
    expect(readFigures('DW | 08.06.2019 | 71%', POINT_STYLE, dotted).map((f) => f.text)).toEqual(['71%']);
  });

  it('names the reason', () => {
    const [figure] = readFigures('71,09', POINT_STYLE, noDates);
    expect(figure).toMatchObject({
      kind: 'unread',
      reason:
        '"71,09" is not read: a comma is a decimal mark only in a source whose language writes one, or in a % column whose other cells do',
    });
  });
});

describe('number reading properties', () => {
  const groupsOf = (n: number, separator: string) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, separator);

  it('reads any whole number grouped by a narrow, no-break or (in a cell) plain space back to itself', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.constantFrom(' ', '\u00a0', '\u202f', '\u2009', ','),
        (n, separator) => {
          expect(valueOf(groupsOf(n, separator))).toBe(n);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('reads any decimal written with a comma back to itself in a Russian text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 1, max: 99 }), (whole, hundredths) => {
        const written = `${groupsOf(whole, ' ')},${String(hundredths).padStart(2, '0')}%`;
        const [figure] = readFigures(`получила ${written} голосов`, RUSSIAN, noDates);
        expect(figure).toMatchObject({
          kind: 'number',
          value: Number(`${whole}.${String(hundredths).padStart(2, '0')}`),
          text: written,
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('never gives a value to part of a token: every digit run is inside one figure, an unread token, or none', () => {
    const alphabet = fc.constantFrom(...'0123456789., %–-\u00a0\u202fab'.split(''));
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 24 }).map((parts) => parts.join('')),
        fc.constantFrom(POINT_STYLE, RUSSIAN),
        (text, style) => {
          const figures = readFigures(text, style, noDates);
          for (const token of text.matchAll(/\d+(?:[.,\u00a0\u202f\u2009]\d+)*/g)) {
            const end = token.index + token[0].length;
            const touching = figures.filter((f) => f.start < end && f.end > token.index);
            // a token is covered whole by the one figure touching it, or not touched at all
            if (touching.length > 0)
              expect(
                touching.some((f) => f.start <= token.index && f.end >= end),
                JSON.stringify({ text, token: token[0] }),
              ).toBe(true);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
