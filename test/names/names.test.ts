// The names library's readers: a source's record answers only what it holds; the alias table read back.
import { describe, expect, it } from 'vitest';
import type { AliasRow } from '../../pipeline/names/aliases.ts';
import {
  aliasLookup,
  cellNames,
  namedFront,
  recordedNames,
  recordOf,
  registryNames,
} from '../../pipeline/names/names.ts';
import { loadRegistry } from '../../pipeline/registry/registry.ts';

const names = registryNames(loadRegistry());

describe('recordOf', () => {
  it('keeps each name that resolved once, in code-point order, and drops the ones that did not', () => {
    const record = recordOf(
      'made-up',
      ['Nur Otan', 'Aq Jol', 'Green Future', 'Nur Otan', 'AJ'].map((n) => names.lookup(n)),
    );
    expect(record.names.map((r) => [r.input, r.id])).toEqual([
      ['AJ', 'ak-zhol'],
      ['Aq Jol', 'ak-zhol'],
      ['Nur Otan', 'nur-otan'],
    ]);
  });
});

describe('recordedNames', () => {
  const record = recordOf(
    'made-up',
    ['Nur Otan', 'Almaty'].map((n) => names.lookup(n)),
  );
  const reader = recordedNames(record, names.scanner);

  it('answers a recorded name as normalise resolved it, and of the type asked for only', () => {
    expect(reader.lookup('Nur Otan').id).toBe('nur-otan');
    expect(reader.lookup('Nur Otan', 'party').id).toBe('nur-otan');
    expect(reader.lookup('Nur Otan', 'region').id).toBeNull();
  });

  it('names nothing with a name the record lacks, though the registry knows it', () => {
    expect(names.lookup('Nur-Otan').id).toBe('nur-otan');
    expect(reader.lookup('Nur-Otan')).toMatchObject({ input: 'Nur-Otan', id: null, method: 'unresolved' });
  });

  it('finds names in running text where the registry scanner does, and resolves only the recorded ones', () => {
    const text = 'Nur Otan won in Almaty and Aq Jol came second.';
    expect(names.scan(text).map((m) => [m.text, m.resolution.id])).toEqual([
      ['Nur Otan', 'nur-otan'],
      ['Almaty', 'almaty-city'],
      ['Aq Jol', 'ak-zhol'],
    ]);
    expect(reader.scan(text).map((m) => [m.text, m.resolution.id])).toEqual([
      ['Nur Otan', 'nur-otan'],
      ['Almaty', 'almaty-city'],
    ]);
  });
});

describe('namedFront', () => {
  it.each([
    ['Nur Otan Votes', 'nur-otan', 'Nur Otan', 'Votes'],
    ['Nur Otan %', 'nur-otan', 'Nur Otan', '%'],
    ['Aq Jol', 'ak-zhol', 'Aq Jol', ''],
  ])('reads %s as the name %s (%s) and the label after it', (header, id, front, rest) => {
    expect(namedFront(header, names.lookup)).toMatchObject({ resolution: { id }, front, rest });
  });

  it('is null for a header that names nothing', () => {
    expect(namedFront('Votes %', names.lookup)).toBeNull();
  });
});

describe('aliasLookup', () => {
  const row = (alias: string, entity_id: string | null) => ({ alias, entity_id }) as AliasRow;

  it('reads the entity of a spelling from the alias table; an unresolved or a doubly resolved one names nothing', () => {
    const entityOf = aliasLookup([
      row('Adal', 'adal'),
      row('Birlik', 'adal'),
      row('Ak', 'ak-zhol'),
      row('Ak', 'adal'),
      row('QDP', null),
    ]);
    expect(['Adal', 'Birlik', 'Ak', 'QDP', 'Auyl'].map(entityOf)).toEqual(['adal', 'adal', null, null, null]);
  });
});

describe('cellNames', () => {
  it('is the whole cell when it names an entity, or one that names nothing without a bar in it', () => {
    expect(cellNames('Nur Otan', names.lookup).map((r) => [r.input, r.id])).toEqual([['Nur Otan', 'nur-otan']]);
    expect(cellNames('Green Future', names.lookup).map((r) => [r.input, r.id])).toEqual([['Green Future', null]]);
  });

  it('is the parts of `Nur Otan | NO` when every part names the same entity, else the whole cell', () => {
    expect(cellNames('Nur Otan | NO', names.lookup).map((r) => [r.input, r.id])).toEqual([
      ['Nur Otan', 'nur-otan'],
      ['NO', 'nur-otan'],
    ]);
    expect(cellNames('Nur Otan | Adal', names.lookup).map((r) => [r.input, r.id])).toEqual([['Nur Otan | Adal', null]]);
  });
});
