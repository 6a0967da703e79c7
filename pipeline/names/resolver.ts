import { groupBy } from '../lib/collections.ts';
import { round } from '../lib/round.ts';
import { isCountry, type Entity, type EntityType, type Registry } from '../registry/registry.ts';
import { foldName, skeleton, withoutNoise } from './fold.ts';
import { similarity } from './similarity.ts';

export type NameKind = 'name' | 'abbreviation' | 'translation' | 'former-name' | 'later-name' | 'alias';
export type Method = 'exact' | 'folded' | 'transliterated' | 'unresolved';

/** One name an entity goes by. */
export interface KnownName {
  entity: Entity;
  text: string;
  kind: NameKind;
  /** For former and later names: the date of the change. */
  changed: string | null;
}

export interface Candidate {
  id: string;
  type: EntityType;
  name: string;
  score: number;
}

export interface Resolution {
  input: string;
  id: string | null;
  type: EntityType | null;
  method: Method;
  /** The registry name it matched, its kind, and for a former or later name the rename. */
  matched: string | null;
  name_kind: NameKind | null;
  renamed: { from: string; to: string; changed: string } | null;
  /** When unresolved: the closest entities, best first. A suggestion, never a match. */
  candidates: Candidate[];
}

export interface Resolver {
  /** Resolves a name; when it does not resolve, ranks the closest entities as candidates. */
  resolve(name: string, type?: EntityType): Resolution;
  /** The same without ranking candidates: for scanning many words, most of which name nothing. */
  lookup(name: string, type?: EntityType): Resolution;
  suggest(name: string, type?: EntityType): Candidate[];
  names: KnownName[];
}

const MIN_SUGGESTION = 0.5;
const MAX_SUGGESTIONS = 5;

/** Every name the registry's entities go by: what the resolver indexes and the scanner looks for. */
export const registryNameList = (registry: Registry): KnownName[] => registry.entities.flatMap(knownNames);

function knownNames(entity: Entity): KnownName[] {
  const names: KnownName[] = [];
  const add = (texts: (string | null)[], kind: NameKind, changed: string | null = null) => {
    for (const text of texts) if (text) names.push({ entity, text, kind, changed });
  };
  add([entity.name_en, entity.name_kk, entity.name_kk_latn, entity.name_ru], 'name');
  add(entity.abbreviations, 'abbreviation');
  add(entity.translations, 'translation');
  add(entity.aliases, 'alias');
  for (const change of entity.former_names) {
    add([change.name, ...change.other_names], 'former-name', change.changed);
    for (const abbreviation of change.abbreviations)
      names.push({ entity, text: abbreviation, kind: 'abbreviation', changed: change.changed });
  }
  for (const change of entity.later_names) add([change.name, ...change.other_names], 'later-name', change.changed);
  // a city is also `Shymkent city` and `City of Shymkent`
  if (entity.type === 'region' && entity.details.scope === 'city' && !/\bcity\b/i.test(entity.name_en))
    add([`${entity.name_en} city`, `City of ${entity.name_en}`], 'alias');
  return names;
}

/** Each key to the names under it; a key shared by two entities resolves to neither. */
type Index = Map<string, KnownName[]>;

function indexBy(names: KnownName[], key: (n: KnownName) => string): Index {
  const index = groupBy(names, key);
  index.delete('');
  return index;
}

const entitiesIn = (names: KnownName[]) => [...new Set(names.map((n) => n.entity))];

/**
 * Resolves a name in the order the README gives (Names and the registry): an exact name, then its
 * folded key (with and without noise words), then its transliterated skeleton. Anything else comes
 * back unresolved, with the closest entities as ranked suggestions.
 */
export function buildResolver(registry: Registry): Resolver {
  const names = registryNameList(registry);
  // abbreviations only ever match exactly: `NO` is a party, `no` a word
  const spelled = names.filter((n) => n.kind !== 'abbreviation');
  // each step: its index, and the key it looks an input up by (from the input and its folded form)
  const steps: [Method, Index, (input: string, folded: string) => string][] = [
    ['exact', indexBy(names, (n) => n.text.trim()), (input) => unwrapQuotes(input.trim())],
    ['folded', indexBy(spelled, (n) => foldName(n.text)), (_, folded) => folded],
    ['folded', indexBy(spelled, (n) => withoutNoise(foldName(n.text))), (_, folded) => withoutNoise(folded)],
    ['transliterated', indexBy(spelled, (n) => skeleton(foldName(n.text))), (_, folded) => skeleton(folded)],
    [
      'transliterated',
      indexBy(spelled, (n) => skeleton(withoutNoise(foldName(n.text)))),
      (_, folded) => skeleton(withoutNoise(folded)),
    ],
  ];
  // suggestions compare skeletons with and without noise words: `Aq Jolo Party` is nearest `Aq Jol`
  const skeletons = spelled.flatMap((n) =>
    [skeleton(foldName(n.text)), skeleton(withoutNoise(foldName(n.text)))].map((key) => ({ name: n, key })),
  );

  function resolve(input: string, type?: EntityType): Resolution {
    const found = lookup(input, type);
    return found.id ? found : { ...found, candidates: suggest(input, type) };
  }

  // the same cells and phrases come up again and again across a source: look each up once
  const looked = new Map<string, Resolution>();
  function lookup(input: string, type?: EntityType): Resolution {
    const key = `${type ?? ''}\u0000${input}`;
    let found = looked.get(key);
    if (!found) {
      found = lookupUncached(input, type);
      looked.set(key, found);
    }
    return found;
  }

  // `Ak Zhol Democratic Party of Kazakhstan` is Ak Zhol: a party name may carry the country after it
  const country = registry.entities.find(isCountry);
  const countryNames = country ? [country.name_en, ...country.aliases].map(escapeRegExp).join('|') : null;
  const ofCountry = countryNames
    ? new RegExp(`\\s+of\\s+(?:the\\s+)?(?:Republic\\s+of\\s+)?(?:${countryNames})$`, 'i')
    : null;

  function lookupUncached(input: string, type?: EntityType): Resolution {
    const found = lookupSteps(input, input, type);
    if (found || !ofCountry?.test(input) || (type && type !== 'party')) return found ?? unresolved(input);
    return lookupSteps(input, input.replace(ofCountry, ''), 'party') ?? unresolved(input);
  }

  function lookupSteps(input: string, name: string, type?: EntityType): Resolution | null {
    const ofType = (list: KnownName[]) => (type ? list.filter((n) => n.entity.type === type) : list);
    const folded = foldName(name);
    for (const [method, index, keyOf] of steps) {
      const key = keyOf(name, folded);
      const found = ofType(index.get(key) ?? []);
      const entities = entitiesIn(found);
      if (key !== '' && entities.length === 1) return resolved(input, method, found[0]!);
    }
    return null;
  }

  function suggest(input: string, type?: EntityType): Candidate[] {
    const folded = foldName(input);
    const keys = [skeleton(folded), skeleton(withoutNoise(folded))];
    const best = new Map<string, Candidate>();
    for (const { name, key: other } of skeletons) {
      if (type && name.entity.type !== type) continue;
      const score = round(Math.max(...keys.map((key) => similarity(key, other))), 3);
      const current = best.get(name.entity.id);
      if (score >= MIN_SUGGESTION && (!current || score > current.score))
        best.set(name.entity.id, { id: name.entity.id, type: name.entity.type, name: name.text, score });
    }
    return [...best.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, MAX_SUGGESTIONS);
  }

  return { resolve, lookup, suggest, names };
}

function resolved(input: string, method: Method, name: KnownName): Resolution {
  const { entity } = name;
  const renamed =
    name.kind === 'former-name' || (name.kind === 'abbreviation' && name.changed)
      ? { from: name.text, to: entity.name_en, changed: name.changed! }
      : name.kind === 'later-name'
        ? { from: entity.name_en, to: name.text, changed: name.changed! }
        : null;
  return {
    input,
    id: entity.id,
    type: entity.type,
    method,
    matched: name.text,
    name_kind: name.kind,
    renamed,
    candidates: [],
  };
}

// `"Nur Otan"` names what `Nur Otan` does; `"Aq Jol" Democratic Party` keeps its inner quotes
// (and a possessive is no part of a name: `QHP's` is QHP exactly)
const unwrapQuotes = (text: string) => (/^["«“]([^"«»“”]+)["»”]$/.exec(text)?.[1] ?? text).replace(/['’]s$/, '');

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A name that names no entity (without candidates: suggesting is the resolver's separate step). */
export const unresolved = (input: string): Resolution => ({
  input,
  id: null,
  type: null,
  method: 'unresolved',
  matched: null,
  name_kind: null,
  renamed: null,
  candidates: [],
});
