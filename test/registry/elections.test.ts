// The registry entries for the 2012, 2016, 2021 and 2023 Mazhilis elections and the parties that ran in
// them: seats by kind checked as they load, and names resolved across renames without merging parties.
import { describe, expect, it } from 'vitest';
import { PipelineError } from '../../pipeline/lib/messages.ts';
import { buildResolver } from '../../pipeline/names/resolver.ts';
import { buildRegistry, loadRegistry } from '../../pipeline/registry/registry.ts';

const resolver = buildResolver(loadRegistry());
const idOf = (name: string) => resolver.resolve(name).id;

describe('seats by kind', () => {
  const rules = {
    name_en: 'A vote',
    date: '2023-03-19',
    body: 'mazhilis',
    seats_total: 98,
    seats_elected: 69,
    seats_district: 29,
    seats_appointed: 0,
    threshold_pct: 5,
    allocation: 'largest-remainder-hare',
    tie_break: 'registered-first',
    runner_up_min_seats: 2,
    majority: 50,
    previous: null,
  };
  const problems = (entity: object) => {
    try {
      buildRegistry([{ file: 'elections.json', content: { type: 'election', entities: [entity] } }]);
      return [];
    } catch (error) {
      return (error as PipelineError).messages;
    }
  };

  it('accepts 69 list + 29 district + 0 appointed = 98, and an entry with no district seats at all', () => {
    expect(problems({ id: 'mixed', ...rules })).toEqual([]);
    const { seats_district: _, ...listOnly } = { ...rules, seats_total: 69 };
    expect(problems({ id: 'list-only', ...listOnly })).toEqual([]);
  });

  it('names an entry whose seats by kind do not add up to the chamber, and a seat count that is no whole number', () => {
    expect(problems({ id: 'mixed', ...rules, seats_district: 28 })).toEqual([
      'elections.json: election "mixed" fills 69 list + 28 district + 0 appointed = 97 seats, but "seats_total" is 98; expected the seats by kind ("seats_elected", "seats_district", "seats_appointed") to add up to the chamber',
    ]);
    expect(problems({ id: 'mixed', ...rules, seats_district: 'some' })).toEqual([
      'elections.json: election "mixed" has "seats_district": "some"; expected a whole number of seats, 0 or more',
    ]);
  });
});

describe('names across the 2012 to 2023 elections', () => {
  it('resolves former and later names to one party: Nur Otan and Amanat, the Communist People’s Party and the People’s Party, Birlik and Adal', () => {
    expect(['Nur Otan', 'Amanat', 'Аманат'].map(idOf)).toEqual(['nur-otan', 'nur-otan', 'nur-otan']);
    expect(
      ["Communist People's Party", "Communist People's Party of Kazakhstan", 'КНПК', "People's Party"].map(idOf),
    ).toEqual(['peoples-party', 'peoples-party', 'peoples-party', 'peoples-party']);
    expect(['Birlik', 'Adal'].map(idOf)).toEqual(['adal', 'adal']);
    expect(resolver.resolve("Communist People's Party").renamed).toEqual({
      from: "Communist People's Party",
      to: "People's Party of Kazakhstan",
      changed: '2020-11-11',
    });
  });

  it('knows the parties new in 2023 and those of 2012', () => {
    expect(['Respublica', 'Baytaq', 'Baitaq', 'Rukhaniyat', "Patriots' Party", 'Adilet'].map(idOf)).toEqual([
      'respublica',
      'baytaq',
      'baytaq',
      'rukhaniyat',
      'patriots-party',
      'adilet',
    ]);
  });

  it('never merges distinct parties: Ak Zhol is not Adal, the Communist Party is not the Communist People’s Party', () => {
    expect(idOf('Ak Zhol')).toBe('ak-zhol');
    expect(idOf('Ak Zhol Democratic Party of Kazakhstan')).toBe('ak-zhol');
    expect(idOf('Adal Party of Kazakhstan')).toBe('adal');
    expect(idOf('Communist Party of Kazakhstan')).toBe('communist-party-kz');
    expect(idOf("Communist People's Party of Kazakhstan")).toBe('peoples-party');
    // a name that is only noise once the country is taken off names nothing
    expect(idOf('Green Party of Kazakhstan')).toBeNull();
  });

  it('reads a trailing "of Kazakhstan" on a party name, and only on a party name', () => {
    expect(['Nur Otan Party of Kazakhstan', 'Auyl Party of the Republic of Kazakhstan'].map(idOf)).toEqual([
      'nur-otan',
      'auyl',
    ]);
    expect(resolver.resolve('Nur Otan Party of Kazakhstan').input).toBe('Nur Otan Party of Kazakhstan');
    expect(resolver.resolve('Shymkent of Kazakhstan', 'region').id).toBeNull();
  });

  it('reads a city entity as "Shymkent city" and "City of Shymkent", and Mangystau spelled with gh', () => {
    expect(['Shymkent city', 'City of Shymkent', 'Shymkent'].map(idOf)).toEqual(['shymkent', 'shymkent', 'shymkent']);
    expect(['Manghystau', 'Manghystau Region', 'Mangystau Region'].map(idOf)).toEqual([
      'mangystau',
      'mangystau',
      'mangystau',
    ]);
    // a region is not a city: Almaty Region keeps its own name
    expect(idOf('Almaty Region')).toBe('almaty-region');
    expect(idOf('Almaty city')).toBe('almaty-city');
  });
});
