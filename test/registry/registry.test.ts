import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/lib/messages.ts';
import { buildRegistry, countryOf, elections, loadRegistry } from '../../pipeline/registry/registry.ts';

const registry = loadRegistry();
const idsOf = (type: string) => registry.entities.filter((e) => e.type === type).map((e) => e.id).sort();

describe('the registry', () => {
  it('holds the parties, regions and pollsters the sources name, under their agreed ids', () => {
    expect(idsOf('party')).toEqual(['adal', 'ak-zhol', 'auyl', 'democratic-choice', 'democratic-party-kz', 'halyq-biligi', 'jsdp', 'koshe', 'nur-otan', 'oyan-qazaqstan', 'peoples-party']);
    expect(idsOf('region')).toEqual([
      'akmola', 'aktobe', 'almaty-city', 'almaty-region', 'atyrau', 'east-kazakhstan', 'jambyl', 'karaganda', 'kostanay', 'kyzylorda',
      'kz', 'mangystau', 'north-kazakhstan', 'nur-sultan', 'pavlodar', 'shymkent', 'turkistan', 'west-kazakhstan',
    ]);
    expect(idsOf('pollster')).toEqual(['alaman', 'astana-zertteu', 'baige', 'democratic-institute', 'iei', 'nur-kz', 'pori', 'qogamdyq-pikir', 'sanj']);
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

  it('describes both elections with the seat rules later stages read instead of hard-coding them', () => {
    expect(elections(registry).map((e) => [e.id, e.details.date, e.details.seats_elected, e.details.seats_appointed, e.details.threshold_pct, e.details.majority, e.details.previous])).toEqual([
      ['kz-mazhilis-2016', '2016-03-20', 98, 9, 7, 54, null],
      ['kz-mazhilis-2021', '2021-01-10', 98, 9, 7, 54, 'kz-mazhilis-2016'],
    ]);
    expect(elections(registry)[1]!.details).toMatchObject({ allocation: 'largest-remainder-hare', tie_break: 'registered-first', runner_up_min_seats: 2 });
  });
});

describe('checking registry files', () => {
  const problems = (content: unknown) => {
    try {
      buildRegistry([{ file: 'pipeline/registry/test.json', content }]);
      return [];
    } catch (error) {
      return (error as PipelineError).messages;
    }
  };

  it('names a bad id, a missing colour and a bad date', () => {
    expect(problems({ type: 'party', entities: [{ id: 'Ak Zhol', name_en: 'Ak Zhol', former_names: [{ name: 'X', changed: 'Nov 2020' }] }] })).toEqual([
      'pipeline/registry/test.json: entity 1 has "id": "Ak Zhol"; expected a lowercase slug such as "ak-zhol"',
      'pipeline/registry/test.json: entity 1 has "changed": "Nov 2020"; expected the ISO date of the name change (YYYY-MM-DD)',
      'pipeline/registry/test.json: entity 1 has "colour": null; expected a #RRGGBB colour for the reports',
    ]);
  });

  it('names an id used twice and an unknown type', () => {
    expect(problems({ type: 'region', entities: [{ id: 'kz', name_en: 'Kazakhstan', scope: 'country' }, { id: 'kz', name_en: 'Qazaqstan', scope: 'region' }] })).toEqual([
      'pipeline/registry: id "kz" is used by two entities; each entity needs its own id',
    ]);
    expect(problems({ type: 'planet', entities: [] })).toEqual(['pipeline/registry/test.json: "type" is "planet"; expected one of party, region, body, pollster, organisation, election']);
  });

  it('needs exactly one region that is the whole country: national figures carry its id, never a made-up one', () => {
    const region = (id: string, scope: string) => ({ id, name_en: id, scope });
    expect(problems({ type: 'region', entities: [region('akmola', 'region')] })).toEqual([
      'pipeline/registry/regions.json: no region has "scope": "country"; expected exactly one, the whole country, whose id the national figures carry (such as "kz")',
    ]);
    expect(problems({ type: 'region', entities: [region('kz', 'country'), region('kg', 'country')] })).toEqual([
      'pipeline/registry/regions.json: 2 regions (kz, kg) have "scope": "country"; expected exactly one, the whole country, whose id the national figures carry (such as "kz")',
    ]);
    expect(countryOf(registry).id).toBe('kz');
    expect(() => countryOf(buildRegistry([{ file: 'pipeline/registry/parties.json', content: { type: 'party', entities: [] } }]))).toThrow('no region has "scope": "country"');
  });
});
