// Number forms of other publishers and languages: comma decimals next to a percent, percent and point words,
// signs written as words or arrows. Worked out by hand, then as properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFigures } from '../../pipeline/lib/number-tokens.ts';
import { findNumbers, POINT_STYLE, styleOfLanguage } from '../../pipeline/lib/numbers.ts';

const read = (text: string, style = POINT_STYLE) =>
  readFigures(text, style, () => false).map((f) =>
    f.kind === 'number' ? [f.text, f.value, f.unit, f.decimals] : [f.kind, f.text],
  );

describe('a comma decimal in a text that writes decimal points', () => {
  it('is a decimal when one or two digits follow the comma, after plain digits, right before a percent', () => {
    expect(read('turnout reached 71,97% by evening')).toEqual([['71,97%', 71.97, 'percent', 2]]);
    expect(read('0,5 %')).toEqual([['0,5 %', 0.5, 'percent', 1]]);
    expect(read('10,95 percent')).toEqual([['10,95 percent', 10.95, 'percent', 2]]);
  });

  it('is a thousands group otherwise: 1,234 and 1,234% are grouped; 71,97 with no percent is left unread', () => {
    expect(read('1,234 votes')).toEqual([['1,234', 1234, null, 0]]);
    expect(read('1,234%')).toEqual([['1,234%', 1234, 'percent', 0]]);
    expect(read('won 71,97 of them')).toEqual([['unread', '71,97']]);
    expect(read('1,234,56%')).toEqual([['unread', '1,234,56']]);
  });
});

describe('percent and points as words', () => {
  it('reads pct, процента, процентов, пайыз as percent and п.п., процентных пункта as points', () => {
    expect(read('12.5 pct')).toEqual([['12.5 pct', 12.5, 'percent', 1]]);
    expect(read('явка 63,3 процента', styleOfLanguage('ru'))).toEqual([['63,3 процента', 63.3, 'percent', 1]]);
    expect(read('71 процентов', styleOfLanguage('ru'))).toEqual([['71 процентов', 71, 'percent', 0]]);
    expect(read('8,6 пайыз', styleOfLanguage('kk'))).toEqual([['8,6 пайыз', 8.6, 'percent', 1]]);
    expect(read('на 5,3 процентных пункта', styleOfLanguage('ru'))).toEqual([['5,3 процентных пункта', 5.3, 'pp', 1]]);
    expect(read('−11,11 п.п.', styleOfLanguage('ru'))).toEqual([['−11,11 п.п.', -11.11, 'pp', 2]]);
  });

  it('reads digits grouped by no-break and thin spaces as one number in any text', () => {
    expect(read('7\u00a0241\u00a0562 votes')).toEqual([['7\u00a0241\u00a0562', 7241562, null, 0]]);
    expect(read('7\u2009241\u2009562 votes')).toEqual([['7\u2009241\u2009562', 7241562, null, 0]]);
  });
});

describe('signs as words and arrows', () => {
  it('reads Increase and Decrease (an icon alt text glued to the figure) and arrows as signs', () => {
    expect(read('Increase8')).toEqual([['Increase8', 8, null, 0]]);
    expect(read('Decrease15')).toEqual([['Decrease15', -15, null, 0]]);
    expect(read('▲ 3.2')).toEqual([['▲ 3.2', 3.2, null, 1]]);
    expect(read('▼15')).toEqual([['▼15', -15, null, 0]]);
    expect(read('Decrease 11.11 pp')).toEqual([['Decrease 11.11 pp', -11.11, 'pp', 2]]);
    expect(read('(+1.68pp)')).toEqual([['+1.68pp', 1.68, 'pp', 2]]);
  });

  it('does not read a sign from the word in prose: "an increase of 8" is 8, unsigned', () => {
    expect(read('an increase of 8 seats')).toEqual([['8', 8, null, 0]]);
  });
});

describe('properties', () => {
  const decimal = fc.record({ int: fc.integer({ min: 0, max: 999 }), frac: fc.integer({ min: 0, max: 99 }) });

  it('reads any n,dd% in an English text back as n.dd', () => {
    fc.assert(
      fc.property(decimal, fc.boolean(), ({ int, frac }, space) => {
        const digits = String(frac).padStart(2, '0');
        const [figure] = findNumbers(`about ${int},${digits}${space ? ' ' : ''}% of them`);
        expect(figure).toMatchObject({ value: Number(`${int}.${digits}`), unit: 'percent', decimals: 2 });
      }),
    );
  });

  it('keeps any comma-grouped count a count, percent or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 99_999_999 }), fc.boolean(), (n, percent) => {
        const text = n.toLocaleString('en-US') + (percent ? '%' : '');
        expect(findNumbers(text)).toMatchObject([{ value: n, decimals: 0 }]);
      }),
    );
  });

  it('gives Decrease and ▼ a minus and Increase and ▲ a plus, to any figure', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.constantFrom('Increase', 'Decrease', '▲', '▼', '▲ ', '▼ '),
        (n, word) => {
          const [figure] = findNumbers(`${word}${n}`);
          expect(figure).toMatchObject({ kind: 'number', value: /Decrease|▼/.test(word) ? -n : n, start: 0 });
        },
      ),
    );
  });
});
