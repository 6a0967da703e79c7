import { describe, expect, it } from 'vitest';
import { buildResolver } from '../../pipeline/names/resolver.ts';
import { loadRegistry } from '../../pipeline/registry/registry.ts';

const resolver = buildResolver(loadRegistry());
const idOf = (name: string) => resolver.resolve(name).id;

describe('every spelling the five sources use', () => {
  it.each([
    ['Aq Jol', 'ak-zhol'],
    ['Ak Zhol', 'ak-zhol'],
    ['Aq Zhol', 'ak-zhol'],
    ['"Aq Jol" Democratic Party', 'ak-zhol'],
    ['AJ', 'ak-zhol'],
    ['Ak Zhol Democratic Party', 'ak-zhol'],
    ['Nur Otan', 'nur-otan'],
    ['Nur-Otan', 'nur-otan'],
    ['NO', 'nur-otan'],
    ['Nur Otan party', 'nur-otan'],
    ['Nur-Otans', 'nur-otan'],
    ['QHP', 'peoples-party'],
    ['QKHP', 'peoples-party'],
    ["People's Party", 'peoples-party'],
    ['Peoples Party', 'peoples-party'],
    ["People's Party of Kazakhstan", 'peoples-party'],
    ["Communist People's Party of Kazakhstan", 'peoples-party'],
    ["Auyl People's Democratic Patriotic Party", 'auyl'],
    ['AUYL', 'auyl'],
    ['Auyl', 'auyl'],
    ['Adal', 'adal'],
    ['ADAL', 'adal'],
    ['Birlik', 'adal'],
    ['JSDP', 'jsdp'],
    ['Nationwide Social Democratic Party', 'jsdp'],
    ['Democratic Choice of Kazakhstan', 'democratic-choice'],
    ['QDT', 'democratic-choice'],
    ['Democratic Party of Kazakhstan', 'democratic-party-kz'],
    ['Koshe Party', 'koshe'],
    ['Köşe Party', 'koshe'],
    ['Oyan, Qazaqstan', 'oyan-qazaqstan'],
    ['Halyq Biligi', 'halyq-biligi'],
    ['Mäjilis', 'mazhilis'],
    ['Mazhilis', 'mazhilis'],
    ['Majilis', 'mazhilis'],
    ['OSK', 'cec'],
    ['CEC', 'cec'],
    ['Central Election Commission', 'cec'],
    ['Assembly of People of Kazakhstan', 'apk'],
    ['QHA', 'apk'],
    ['Senate', 'senate'],
    ['IEI', 'iei'],
    ['Astana Zertteu', 'astana-zertteu'],
    ['Nur.kz', 'nur-kz'],
    ['PORI', 'pori'],
    ['Qogamdyq Pikir', 'qogamdyq-pikir'],
    ['Democratic Institute', 'democratic-institute'],
    ['Democratic Insitute', 'democratic-institute'],
    ['Sanj Research Center', 'sanj'],
    ['Alaman bot', 'alaman'],
    ['2021 legislative election', 'kz-mazhilis-2021'],
    ['2016 Mazhilis election', 'kz-mazhilis-2016'],
    ['Ак жол', 'ak-zhol'],
    ['Ақ жол', 'ak-zhol'],
    ['Ауыл', 'auyl'],
    ['Адал', 'adal'],
    ['Бірлік', 'adal'],
    ['ОСДП', 'jsdp'],
    ['КНПК', 'peoples-party'],
    ['мажилис', 'mazhilis'],
    ['Мажилис', 'mazhilis'],
    ['Нур Отан', 'nur-otan'],
    ['Народная партия Казахстана', 'peoples-party'],
    ['ЦИК', 'cec'],
  ])('%s → %s', (name, id) => {
    expect(idOf(name)).toBe(id);
  });

  const regionRows: [string, string][] = [
    ['Akmola Region', 'akmola'],
    ['Aktobe Region', 'aktobe'],
    ['Almaty', 'almaty-city'],
    ['Almaty Region', 'almaty-region'],
    ['Atyrau Region', 'atyrau'],
    ['East Kazakhstan Region', 'east-kazakhstan'],
    ['Jambyl Region', 'jambyl'],
    ['Karaganda Region', 'karaganda'],
    ['Kostanay Region', 'kostanay'],
    ['Kyzylorda Region', 'kyzylorda'],
    ['Mangystau Region', 'mangystau'],
    ['North Kazakhstan Region', 'north-kazakhstan'],
    ['Nur-Sultan', 'nur-sultan'],
    ['Pavlodar Region', 'pavlodar'],
    ['Shymkent', 'shymkent'],
    ['Turkistan Region', 'turkistan'],
    ['West Kazakhstan Region', 'west-kazakhstan'],
    ['Kazakhstan', 'kz'],
  ];
  it.each(regionRows)('region row %s → %s', (name, id) => {
    expect(resolver.resolve(name, 'region')).toMatchObject({ id, type: 'region' });
  });
});

describe('spellings no source uses still resolve', () => {
  it.each([
    ['Akzhol', 'ak-zhol', 'transliterated'],
    ['AQ JOL', 'ak-zhol', 'folded'],
    ['«Ақ жол» партиясы', 'ak-zhol', 'folded'],
    ['Nur Otan’s', 'nur-otan', 'exact'],
    ['Нұр Отан партиясы', 'nur-otan', 'folded'],
    ['Auıl', 'auyl', 'transliterated'],
    ['Awyl', 'auyl', 'transliterated'],
    ['Birlik Party', 'adal', 'folded'],
    ['Бирлик', 'adal', 'exact'],
    ['Mazhilisi', null, 'unresolved'],
    ['Qostanay', 'kostanay', 'transliterated'],
    ['Zhambyl oblysy', 'jambyl', 'folded'],
    ['Mangistau Province', 'mangystau', 'transliterated'],
    ['Кызылорда облысы', 'kyzylorda', 'transliterated'],
    ['Shygys Kazakhstan oblysy', 'east-kazakhstan', 'transliterated'],
    ['Almaty Oblast', 'almaty-region', 'folded'],
    ['Peoples Party of Kazakstan', 'peoples-party', 'transliterated'],
    ['Мәжіліс', 'mazhilis', 'exact'],
    ['Majlis', null, 'unresolved'],
  ])('%s → %s (%s)', (name, id, method) => {
    expect(resolver.resolve(name)).toMatchObject({ id, method });
  });
});

describe('close names of distinct entities stay distinct', () => {
  it.each([
    ['Almaty', 'almaty-city', 'Almaty Region', 'almaty-region'],
    ['Almaty city', 'almaty-city', 'Almaty oblysy', 'almaty-region'],
    ["People's Party of Kazakhstan", 'peoples-party', 'Democratic Party of Kazakhstan', 'democratic-party-kz'],
    ['Peoples Party of Kazakstan', 'peoples-party', 'Democratic Party of Kazakstan', 'democratic-party-kz'],
    ['Ak Zhol Democratic Party', 'ak-zhol', 'Nationwide Social Democratic Party', 'jsdp'],
    ['Democratic Choice of Kazakhstan', 'democratic-choice', 'Democratic Party of Kazakhstan', 'democratic-party-kz'],
    ['North Kazakhstan Region', 'north-kazakhstan', 'East Kazakhstan Region', 'east-kazakhstan'],
  ])('%s and %s', (a, idA, b, idB) => {
    expect([idOf(a), idOf(b)]).toEqual([idA, idB]);
  });

  it('never merges a near miss: it comes back unresolved with ranked suggestions', () => {
    const near = resolver.resolve('Democratic Party');
    expect(near).toMatchObject({ id: null, method: 'unresolved' });
    expect(near.candidates.map((c) => c.id)).toContain('democratic-party-kz');
    expect(resolver.resolve('Social Democratic Party of Kazakhstan').id).toBeNull();
    const typo = resolver.resolve('Democratic Institut');
    expect(typo.id).toBeNull();
    expect(typo.candidates[0]).toEqual({
      id: 'democratic-institute',
      type: 'pollster',
      name: 'Democratic Institute',
      score: 0.947,
    });
  });

  it('matches abbreviations exactly only: NO is Nur Otan, no is not', () => {
    expect(idOf('NO')).toBe('nur-otan');
    expect(idOf('no')).toBeNull();
    expect(idOf('Aj')).toBeNull();
  });

  it('narrows to one type when asked', () => {
    expect(resolver.resolve('Astana Zertteu', 'region').id).toBeNull();
    expect(resolver.resolve('Kazakhstan', 'party').id).toBeNull();
    expect(resolver.resolve('Democratic Institut', 'party').candidates.every((c) => c.type === 'party')).toBe(true);
  });
});

describe('former and later names', () => {
  it('resolves Birlik to Adal and records the rename of November 2020', () => {
    expect(resolver.resolve('Birlik')).toMatchObject({
      id: 'adal',
      name_kind: 'former-name',
      renamed: { from: 'Birlik', to: 'Adal', changed: '2020-11-05' },
    });
    expect(resolver.resolve('Бірлік').renamed).toEqual({ from: 'Бірлік', to: 'Adal', changed: '2020-11-05' });
  });

  it("resolves the Communist People's Party and its abbreviations to the People's Party, renamed 11 November 2020", () => {
    const renamed = { to: "People's Party of Kazakhstan", changed: '2020-11-11' };
    expect(resolver.resolve("Communist People's Party of Kazakhstan")).toMatchObject({
      id: 'peoples-party',
      name_kind: 'former-name',
      renamed: { from: "Communist People's Party of Kazakhstan", ...renamed },
    });
    expect(resolver.resolve('QKHP')).toMatchObject({ id: 'peoples-party', renamed: { from: 'QKHP', ...renamed } });
    expect(resolver.resolve('КНПК')).toMatchObject({ id: 'peoples-party', renamed: { from: 'КНПК', ...renamed } });
  });

  it('records a later name the other way round', () => {
    expect(resolver.resolve('Amanat')).toMatchObject({
      id: 'nur-otan',
      name_kind: 'later-name',
      renamed: { from: 'Nur Otan', to: 'Amanat', changed: '2022-03-01' },
    });
  });

  it('keeps the current name free of a rename', () => {
    expect(resolver.resolve('Adal').renamed).toBeNull();
  });
});

describe('resolver properties', () => {
  it('never throws, and a name either resolves (no candidates) or comes back with ranked candidates', async () => {
    const fc = (await import('fast-check')).default;
    const names = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 30 }),
      fc.constantFrom('Aq Jol', 'Мажилис', 'Almaty', 'NO', '"Adal"', "QHP's"),
    );
    fc.assert(
      fc.property(names, (name) => {
        const r = resolver.resolve(name);
        if (r.id) expect(r.candidates).toEqual([]);
        else
          expect(r.candidates.map((c) => c.score)).toEqual([...r.candidates.map((c) => c.score)].sort((a, b) => b - a));
      }),
      { numRuns: 500 },
    );
  });
});

describe('labels are not names', () => {
  it('a results row label (2016 Results, 2021 results) names no election: labels.json reads it with its year', () => {
    expect([idOf('2016 Results'), idOf('2021 results'), idOf('Results')]).toEqual([null, null, null]);
  });
});
