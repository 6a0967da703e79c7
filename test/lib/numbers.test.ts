import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findNumbers, formatNumber, parseNumber, type Qualifier, type Unit } from '../../pipeline/lib/numbers.ts';

const stated = (text: string) => {
  const parsed = parseNumber(text);
  if (parsed?.kind !== 'number')
    throw new Error(`expected a number in ${JSON.stringify(text)}, got ${JSON.stringify(parsed)}`);
  const { value, valueHigh, unit, qualifier, decimals, approximate } = parsed;
  return { value, valueHigh, unit, qualifier, decimals, approximate };
};

describe('parseNumber on the forms the sources use', () => {
  it.each([
    ['5,148,074', 5148074, null, null, 'eq', 0],
    ['71.09%', 71.09, null, 'percent', 'eq', 2],
    ['9.10', 9.1, null, null, 'eq', 2],
    ['% 11', 11, null, 'percent', 'eq', 0],
    ['%30', 30, null, 'percent', 'eq', 0],
    ['13.87 pp', 13.87, null, 'pp', 'eq', 2],
    ['11.11pp', 11.11, null, 'pp', 'eq', 2],
    ['42,500 ₸', 42500, null, 'KZT', 'eq', 0],
    ['42,500₸', 42500, null, 'KZT', 'eq', 0],
    ['US$5 billion', 5e9, null, 'USD', 'eq', 0],
    ['12–29%', 12, 29, 'percent', 'range', 0],
    ['more than 71%', 71, null, 'percent', 'gt', 0],
    ['no more than 3%', 3, null, 'percent', 'le', 0],
    ['at least 30%', 30, null, 'percent', 'ge', 0],
    ['–8', -8, null, null, 'eq', 0],
    ['+5', 5, null, null, 'eq', 0],
    ['0', 0, null, null, 'eq', 0],
  ] as const)('%s', (text, value, valueHigh, unit, qualifier, decimals) => {
    expect(stated(text)).toMatchObject({ value, valueHigh, unit, qualifier, decimals });
  });

  it('keeps a hedge on a range', () => {
    expect(stated('around 75–77%')).toEqual({
      value: 75,
      valueHigh: 77,
      unit: 'percent',
      qualifier: 'range',
      decimals: 0,
      approximate: true,
    });
  });

  it.each(['–', 'TBA', ' – '])('reads %j as missing, never as zero', (text) => {
    expect(parseNumber(text)?.kind).toBe('missing');
  });

  it.each(['', 'Nur Otan', '63.25% 13.87 pp', '6,183,757, 82.20% (1)', 'COVID-19', 'Party1'])(
    'reads %j as not one number',
    (text) => {
      expect(parseNumber(text)).toBeNull();
    },
  );
});

describe('findNumbers in prose and cells', () => {
  const figures = (text: string) =>
    findNumbers(text).map((m) => (m.kind === 'number' ? [m.text, m.value, m.unit, m.qualifier] : ['missing']));

  it('reads the flattened infobox cell as a share and a change in points', () => {
    expect(figures('63.25% 13.87 pp')).toEqual([
      ['63.25%', 63.25, 'percent', 'eq'],
      ['13.87 pp', 13.87, 'pp', 'eq'],
    ]);
  });

  it('keeps thousands separators apart from a following figure', () => {
    expect(figures('6,183,757, 82.20% (1)')).toEqual([
      ['6,183,757', 6183757, null, 'eq'],
      ['82.20%', 82.2, 'percent', 'eq'],
      ['1', 1, null, 'eq'],
    ]);
  });

  it('reads percent signs written before the number', () => {
    expect(figures('gained % 11 and % 9 of the votes')).toEqual([
      ['% 11', 11, 'percent', 'eq'],
      ['% 9', 9, 'percent', 'eq'],
    ]);
  });

  it('reads a dash after a name as a separator, not a minus', () => {
    expect(figures('Parliamentary Assembly of the CSTO –7')).toEqual([['7', 7, null, 'eq']]);
    expect(figures('other parties: Adal–14.81%, Auyl–10.57%')).toEqual([
      ['14.81%', 14.81, 'percent', 'eq'],
      ['10.57%', 10.57, 'percent', 'eq'],
    ]);
  });

  it('skips digits that are part of a name', () => {
    expect(figures('COVID-19 and Party1 and Cybersecurity Nur-Sultan-2020')).toEqual([]);
  });

  it('does not read a date as a range', () => {
    expect(figures('2020-12-10')[0]).toEqual(['2020', 2020, null, 'eq']);
  });

  it('reads qualifiers written before the figure', () => {
    expect(figures('It won more than 71% of the vote')).toEqual([['71%', 71, 'percent', 'gt']]);
    expect(figures("no more than 3% for the People's Party")).toEqual([['3%', 3, 'percent', 'le']]);
    expect(figures('roughly US$1,310')).toEqual([['US$1,310', 1310, 'USD', 'approx']]);
  });
});

describe('parseNumber properties', () => {
  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        parseNumber(text);
        findNumbers(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on text made of the characters numbers are written with', () => {
    const alphabet = fc.constantFrom(...'0123456789.,%–-+ $₸pUS'.split(''), ' more than ', ' billion', 'pp', 'TBA');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 12 }).map((parts) => parts.join('')),
        (text) => {
          const parsed = parseNumber(text);
          if (parsed?.kind === 'number') expect(Number.isFinite(parsed.value)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  const units = fc.constantFrom<Unit | null>(null, 'percent', 'pp', 'KZT', 'USD');
  const single = fc.record({
    value: fc.integer({ min: -1e9, max: 1e9 }),
    decimals: fc.integer({ min: 0, max: 4 }),
    unit: units,
    qualifier: fc.constantFrom<Qualifier>('eq', 'approx', 'gt', 'ge', 'lt', 'le'),
  });

  it('reads back every number it formats', () => {
    fc.assert(
      fc.property(single, ({ value, decimals, unit, qualifier }) => {
        const n = { value: value / 10 ** decimals, valueHigh: null, unit, qualifier, decimals, approximate: false };
        const text = formatNumber(n);
        expect(stated(text), text).toEqual({ ...n, value: n.value });
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back every range it formats', () => {
    const range = fc.record({
      low: fc.integer({ min: 0, max: 1e6 }),
      width: fc.integer({ min: 1, max: 1e6 }),
      decimals: fc.integer({ min: 0, max: 3 }),
      unit: units,
      approximate: fc.boolean(),
    });
    fc.assert(
      fc.property(range, ({ low, width, decimals, unit, approximate }) => {
        const n = {
          value: low / 10 ** decimals,
          valueHigh: (low + width) / 10 ** decimals,
          unit,
          qualifier: 'range' as const,
          decimals,
          approximate,
        };
        expect(stated(formatNumber(n)), formatNumber(n)).toEqual(n);
      }),
      { numRuns: 1000 },
    );
  });
});
