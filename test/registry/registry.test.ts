import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/lib/messages.ts';
import { buildRegistry, countryOf, elections, loadRegistry } from '../../pipeline/registry/registry.ts';

const registry = loadRegistry();
const idsOf = (type: string) =>
  registry.entities
    .filter((e) => e.type === type)
    .map((e) => e.id)
    .sort();

describe('the registry', () => {
  it('holds the parties, regions and pollsters the sources name, under their agreed ids', () => {
    expect(idsOf('party')).toEqual([
      'adal',
      'adilet',
      'ak-zhol',
      'auyl',
      'baytaq',
      'communist-party-kz',
      'democratic-choice',
      'democratic-party-kz',
      'halyq-biligi',
      'jsdp',
      'koshe',
      'nur-otan',
      'oyan-qazaqstan',
      'patriots-party',
      'peoples-party',
      'respublica',
      'rukhaniyat',
    ]);
    expect(idsOf('region')).toEqual([
      'akmola',
      'aktobe',
      'almaty-city',
      'almaty-region',
      'atyrau',
      'east-kazakhstan',
      'jambyl',
      'karaganda',
      'kostanay',
      'kyzylorda',
      'kz',
      'mangystau',
      'north-kazakhstan',
      'nur-sultan',
      'pavlodar',
      'shymkent',
      'turkistan',
      'west-kazakhstan',
    ]);
    expect(idsOf('pollster')).toEqual([
      'alaman',
      'astana-zertteu',
      'baige',
      'democratic-institute',
      'iei',
      'nur-kz',
      'pori',
      'qogamdyq-pikir',
      'sanj',
    ]);
    expect(idsOf('body')).toEqual(expect.arrayContaining(['apk', 'cec', 'mazhilis', 'senate']));
  });

  it('gives every party its own colour for the reports', () => {
    const colours = registry.entities.filter((e) => e.type === 'party').map((e) => e.colour);
    expect(colours.every((c) => /^#[0-9A-F]{6}$/i.test(c ?? ''))).toBe(true);
    expect(new Set(colours).size).toBe(colours.length);
  });

  it('keeps the translations of the party names', () => {
    expect(registry.byId.get('ak-zhol')!.translations).toContain('Bright Path');
    expect(registry.byId.get('nur-otan')!.translations).toContain('Light of the Fatherland');
    expect(registry.byId.get('auyl')!.translations).toContain('Village');
    expect(registry.byId.get('adal')!.translations).toContain('Fair');
  });

  it('describes the Mazhilis elections of 2012 to 2023 with the seat rules later stages read instead of hard-coding them', () => {
    // list seats, single-member district seats, appointed seats: 2012 to 2021 list and Assembly seats, 2023 mixed
    expect(
      elections(registry).map((e) => [
        e.id,
        e.details.date,
        e.details.seats_total,
        e.details.seats_elected,
        e.details.seats_district,
        e.details.seats_appointed,
        e.details.threshold_pct,
        e.details.majority,
        e.details.previous,
      ]),
    ).toEqual([
      ['kz-mazhilis-2016', '2016-03-20', 107, 98, 0, 9, 7, 54, 'kz-mazhilis-2012'],
      ['kz-mazhilis-2021', '2021-01-10', 107, 98, 0, 9, 7, 54, 'kz-mazhilis-2016'],
      ['kz-mazhilis-2012', '2012-01-15', 107, 98, 0, 9, 7, 54, null],
      ['kz-mazhilis-2023', '2023-03-19', 98, 69, 29, 0, 5, 50, 'kz-mazhilis-2021'],
    ]);
    expect(elections(registry)[1]!.details).toMatchObject({
      allocation: 'largest-remainder-hare',
      tie_break: 'registered-first',
      runner_up_min_seats: 2,
    });
  });
});

describe('checking registry files', () => {
  const problems = (...files: { file: string; content: unknown }[]) => {
    try {
      buildRegistry(files);
      return [];
    } catch (error) {
      return (error as PipelineError).messages;
    }
  };
  const parties = (...entities: object[]) => ({
    file: 'pipeline/registry/parties.json',
    content: { type: 'party', entities },
  });
  const elections = (...entities: object[]) => ({
    file: 'pipeline/registry/elections.json',
    content: { type: 'election', entities },
  });
  const party = (id: string, more: object = {}) => ({ id, name_en: id.toUpperCase(), colour: '#000000', ...more });
  const rules = {
    date: '2021-01-10',
    body: 'mazhilis',
    seats_total: 107,
    seats_elected: 98,
    seats_appointed: 9,
    threshold_pct: 7,
    allocation: 'largest-remainder-hare',
    tie_break: 'registered-first',
    runner_up_min_seats: 2,
    majority: 54,
  };

  it('names a bad id, a missing colour and a bad date', () => {
    expect(
      problems(parties({ id: 'Ak Zhol', name_en: 'Ak Zhol', former_names: [{ name: 'X', changed: 'Nov 2020' }] })),
    ).toEqual([
      'pipeline/registry/parties.json: party "Ak Zhol" has "id": "Ak Zhol"; expected a lowercase slug such as "ak-zhol"',
      'pipeline/registry/parties.json: party "Ak Zhol" has no "colour"; expected a #RRGGBB colour for the reports: add it',
      'pipeline/registry/parties.json: party "Ak Zhol" has "changed": "Nov 2020"; expected the ISO date of the name change (YYYY-MM-DD)',
    ]);
    expect(problems(parties({ name_en: 'Ak Zhol', colour: 'red' }))).toEqual([
      'pipeline/registry/parties.json: party 1 has "id": null; expected a lowercase slug such as "ak-zhol"',
      'pipeline/registry/parties.json: party 1 has "colour": "red"; expected a #RRGGBB colour for the reports',
    ]);
  });

  it('names an id used twice, with both files, and an unknown type', () => {
    expect(
      problems(
        {
          file: 'pipeline/registry/regions.json',
          content: { type: 'region', entities: [{ id: 'kz', name_en: 'Kazakhstan', scope: 'country' }] },
        },
        parties(party('kz')),
      ),
    ).toEqual([
      'pipeline/registry/regions.json and pipeline/registry/parties.json: id "kz" is used by two entities (a region and a party); each entity needs its own id: rename one',
    ]);
    expect(problems({ file: 'pipeline/registry/test.json', content: { type: 'planet', entities: [] } })).toEqual([
      'pipeline/registry/test.json: "type" is "planet"; expected one of party, region, body, pollster, organisation, election',
    ]);
    expect(
      problems(parties(party('ak-zhol')), elections({ id: 'ak-zhol', name_en: 'Ak Zhol', previous: null, ...rules })),
    ).toEqual([
      'pipeline/registry/parties.json and pipeline/registry/elections.json: id "ak-zhol" is used by two entities (a party and an election); each entity needs its own id: rename one',
    ]);
  });

  it('stops on a spelling two parties share, naming both: it would resolve to neither', () => {
    expect(
      problems(parties(party('ak-zhol', { aliases: ['Aq Jol'] }), party('adal', { aliases: ['aq jol'] }))),
    ).toEqual([
      'pipeline/registry/parties.json: "aq jol" names both party "ak-zhol" (aliases) and party "adal" (aliases), so it would resolve to neither; remove it from the party it does not name',
    ]);
    expect(
      problems(
        parties(
          party('ak-zhol', { translations: ['Bright Path'] }),
          party('adal', { former_names: [{ name: 'Bright Path', changed: '2020-11-05' }] }),
        ),
      ),
    ).toEqual([
      'pipeline/registry/parties.json: "Bright Path" names both party "ak-zhol" (translations) and party "adal" (former_names), so it would resolve to neither; remove it from the party it does not name',
    ]);
  });

  it('lets entities of different types share a name, and abbreviations differ by case alone', () => {
    const region = {
      file: 'pipeline/registry/regions.json',
      content: {
        type: 'region',
        entities: [
          { id: 'kz', name_en: 'Kazakhstan', scope: 'country' },
          { id: 'almaty-city', name_en: 'Almaty', scope: 'region' },
        ],
      },
    };
    expect(problems(region, parties(party('almaty-list', { aliases: ['Almaty'] })))).toEqual([]);
    expect(
      problems(parties(party('nur-otan', { abbreviations: ['NO'] }), party('other', { abbreviations: ['No'] }))),
    ).toEqual([]);
    expect(
      problems(parties(party('nur-otan', { abbreviations: ['NO'] }), party('other', { aliases: ['NO'] }))),
    ).toHaveLength(1);
  });

  it('stops on a field the registry does not know, and on a required field left out', () => {
    expect(
      problems(
        parties(party('adal', { colur: '#000000', later_names: [{ name: 'Y', changed: '2022-01-01', when: 'x' }] })),
      ),
    ).toEqual([
      'pipeline/registry/parties.json: party "adal" has a field "colur" the registry does not know; expected only id, name_en, name_kk, name_kk_latn, name_ru, abbreviations, translations, former_names, later_names, aliases, colour, registered, short_name: correct its spelling or remove it',
      'pipeline/registry/parties.json: party "adal" (later_names) has a field "when" the registry does not know; expected only name, other_names, abbreviations, changed: correct its spelling or remove it',
    ]);
    const { threshold_pct: _, ...noThreshold } = rules;
    expect(problems(elections({ id: 'kz-mazhilis-2021', name_en: '2021', previous: null, ...noThreshold }))).toEqual([
      'pipeline/registry/elections.json: election "kz-mazhilis-2021" has no "threshold_pct"; expected the percent of the valid votes a list needs: add it',
    ]);
  });

  it('stops on a previous election that is not in the registry', () => {
    expect(
      problems(
        elections(
          { id: 'kz-mazhilis-2021', name_en: '2021', previous: 'kz-mazhilis-2015', ...rules },
          { id: 'kz-mazhilis-2016', name_en: '2016', previous: null, ...rules },
        ),
      ),
    ).toEqual([
      'pipeline/registry/elections.json: election "kz-mazhilis-2021" has "previous": "kz-mazhilis-2015", which is no other election of the registry; expected one of kz-mazhilis-2016, or null',
    ]);
    expect(
      problems(elections({ id: 'kz-mazhilis-2021', name_en: '2021', previous: 'kz-mazhilis-2021', ...rules })),
    ).toEqual([
      'pipeline/registry/elections.json: election "kz-mazhilis-2021" has "previous": "kz-mazhilis-2021", which is no other election of the registry; expected null',
    ]);
  });

  it('needs exactly one region that is the whole country: national figures carry its id, never a made-up one', () => {
    const region = (id: string, scope: string) => ({ id, name_en: id, scope });
    const regions = (...entities: object[]) => ({
      file: 'pipeline/registry/regions.json',
      content: { type: 'region', entities },
    });
    expect(problems(regions(region('akmola', 'region')))).toEqual([
      'pipeline/registry/regions.json: no region has "scope": "country"; expected exactly one, the whole country, whose id the national figures carry (such as "kz")',
    ]);
    expect(problems(regions(region('kz', 'country'), region('kg', 'country')))).toEqual([
      'pipeline/registry/regions.json: 2 regions (kz, kg) have "scope": "country"; expected exactly one, the whole country, whose id the national figures carry (such as "kz")',
    ]);
    expect(countryOf(registry).id).toBe('kz');
    expect(() =>
      countryOf(buildRegistry([{ file: 'pipeline/registry/parties.json', content: { type: 'party', entities: [] } }])),
    ).toThrow('no region has "scope": "country"');
  });
});
