import { describe, expect, it } from 'vitest';
import { registryNames } from '../../pipeline/names/names.ts';
import { unknownPartyNames } from '../../pipeline/names/scanner.ts';
import { loadRegistry } from '../../pipeline/registry/registry.ts';

const names = registryNames(loadRegistry());
const found = (text: string) => names.scan(text).map((m) => [m.text, m.resolution.id]);

describe('names in running text', () => {
  it('takes the longest name at each place', () => {
    expect(found("The Communist People's Party of Kazakhstan (QKHP) made a statement")).toEqual([
      ["Communist People's Party of Kazakhstan", 'peoples-party'],
      ['QKHP', 'peoples-party'],
    ]);
    expect(found('supported by Democratic Choice of Kazakhstan (QDT) and Koshe Party')).toEqual([
      ['Democratic Choice of Kazakhstan', 'democratic-choice'],
      ['QDT', 'democratic-choice'],
      ['Koshe Party', 'koshe'],
    ]);
  });

  it('reads a name hyphenated, quoted or with its comma', () => {
    expect(found('the ruling Nur-Otan was declared')).toEqual([['Nur-Otan', 'nur-otan']]);
    expect(found('The "Aq Jol" Democratic Party announced')).toEqual([['"Aq Jol" Democratic Party', 'ak-zhol']]);
    expect(found('activists of Oyan, Qazaqstan and the Democratic Party of Kazakhstan')).toEqual([
      ['Oyan, Qazaqstan', 'oyan-qazaqstan'],
      ['Democratic Party of Kazakhstan', 'democratic-party-kz'],
    ]);
  });

  it('does not run a name on over a bracket or a full stop', () => {
    expect(found('Commonwealth of Independent States (CIS) Executive Committee')).toEqual([
      ['Commonwealth of Independent States', 'cis'],
      ['CIS', 'cis'],
    ]);
  });

  it('leaves words that only look like names alone', () => {
    expect(found('called for fair and open elections, no matter the village')).toEqual([]);
    expect(found('Nursultan Nazarbayev spoke')).toEqual([]);
  });

  it('finds Russian and Kazakh titles', () => {
    expect(found('Партия "Бірлік" переименована в "Адал"')).toEqual([
      ['Бірлік', 'adal'],
      ['Адал', 'adal'],
    ]);
    expect(found('Выборы в мажилис - ОСДП отказалась от участия')).toEqual([
      ['мажилис', 'mazhilis'],
      ['ОСДП', 'jsdp'],
    ]);
  });
});

describe('party-like names nobody registered', () => {
  it('reports a capitalised name ending in Party that no mention covers', () => {
    const text = 'The Green Future Party and the Nur Otan party both campaigned.';
    const unknown = unknownPartyNames(text, names.scan(text), names.lookup);
    expect(unknown.map((m) => [m.text, m.resolution.id])).toEqual([['Green Future Party', null]]);
  });
});
