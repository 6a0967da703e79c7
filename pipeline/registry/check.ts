// The registry checked as it loads: a mistake in a hand-edited file stops the run with the file, the
// entities and the fix, instead of silently unlinking a party's figures.
import { message } from '../lib/messages.ts';
import type { Entity, EntityType } from './registry.ts';

export const NAME_FIELDS = [
  'id',
  'name_en',
  'name_kk',
  'name_kk_latn',
  'name_ru',
  'abbreviations',
  'translations',
  'former_names',
  'later_names',
  'aliases',
];
const CHANGE_FIELDS = ['name', 'other_names', 'abbreviations', 'changed'];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What each type carries besides its names: the fields it must give (and what they hold), and those it may. */
const TYPE_FIELDS: Record<EntityType, { required: Record<string, string>; optional: string[] }> = {
  party: { required: { colour: 'a #RRGGBB colour for the reports' }, optional: ['registered', 'short_name'] },
  region: { required: { scope: '"country" for the whole country or "region"' }, optional: ['short_name', 'tile'] },
  body: { required: {}, optional: ['chamber_of'] },
  pollster: { required: {}, optional: ['method'] },
  organisation: { required: {}, optional: ['part_of', 'kind'] },
  election: {
    required: {
      date: 'the ISO date of the vote',
      body: 'the id of the body elected',
      seats_total: 'the seats in the chamber',
      seats_elected: 'the seats filled from the lists',
      seats_appointed: 'the seats filled otherwise',
      threshold_pct: 'the percent of the valid votes a list needs',
      allocation: 'the allocation rule ("largest-remainder-hare")',
      tie_break: 'how a tie of remainders is broken ("registered-first")',
      runner_up_min_seats: "the seats a lone passing party's runner-up gets at least",
      majority: 'the seats a majority needs',
      previous: 'the id of the election before it, or null',
    },
    optional: ['seats_district'],
  },
};

type Fields = Record<string, unknown>;

/**
 * A record's own problems: id, English name, required and unknown fields, name changes, a party's colour.
 * `where` names the file and line of the record, or of one of its fields.
 */
export function checkRecord(
  where: (field?: string) => string,
  type: EntityType,
  index: number,
  record: Fields,
  entity: Entity,
): string[] {
  const who = typeof record.id === 'string' && record.id !== '' ? `${type} "${record.id}"` : `${type} ${index + 1}`;
  const { required, optional } = TYPE_FIELDS[type];
  const known = [...NAME_FIELDS, ...Object.keys(required), ...optional];
  const problems: string[] = [];
  const field = (name: string, expected: string, found: unknown) =>
    problems.push(message.registryField(where(name), who, name, expected, found));
  if (!SLUG.test(entity.id)) field('id', 'a lowercase slug such as "ak-zhol"', record.id);
  if (entity.name_en.trim() === '') field('name_en', 'the English name', record.name_en);
  for (const [name, holds] of Object.entries(required)) {
    if (!(name in record)) problems.push(message.registryMissingField(where(), who, name, holds));
  }
  for (const name of Object.keys(record)) {
    if (!known.includes(name)) problems.push(message.registryUnknownField(where(name), who, name, known));
  }
  for (const list of ['former_names', 'later_names'] as const) {
    for (const key of ((record[list] as Fields[] | undefined) ?? []).flatMap(Object.keys)) {
      if (CHANGE_FIELDS.includes(key)) continue;
      problems.push(message.registryUnknownField(where(list), `${who} (${list})`, key, CHANGE_FIELDS));
    }
  }
  for (const change of [...entity.former_names, ...entity.later_names]) {
    if (ISO_DATE.test(change.changed)) continue;
    field('changed', 'the ISO date of the name change (YYYY-MM-DD)', change.changed);
  }
  if (type === 'election') problems.push(...seatKindProblems(where, who, record));
  const badColour = type === 'party' && 'colour' in record && !/^#[0-9A-Fa-f]{6}$/.test(entity.colour ?? '');
  if (badColour) field('colour', required.colour!, record.colour);
  return problems;
}

interface Spelling {
  text: string;
  field: string;
}

/** Every spelling an entity goes by, with the field it stands in. */
function spellings(entity: Entity): Spelling[] {
  const of = (field: string, texts: (string | null)[]) => texts.map((text) => ({ text, field }));
  const changed = (field: string, changes: Entity['former_names']) =>
    of(
      field,
      changes.flatMap((c) => [c.name, ...c.other_names, ...c.abbreviations]),
    );
  const all = [
    ...of('name', [entity.name_en, entity.name_kk, entity.name_kk_latn, entity.name_ru]),
    ...of('abbreviations', entity.abbreviations),
    ...of('translations', entity.translations),
    ...of('aliases', entity.aliases),
    ...changed('former_names', entity.former_names),
    ...changed('later_names', entity.later_names),
  ];
  return all.filter((s): s is Spelling => typeof s.text === 'string' && s.text.trim() !== '');
}

/**
 * A spelling two entities of one type share (case aside, except between abbreviations: `NO` is not
 * `No`) would resolve to neither, and leave every figure it names unlinked.
 */
export function sharedNames(entities: { entity: Entity; file: string }[]): string[] {
  const seen = new Map<string, (Spelling & { id: string })[]>();
  const problems: string[] = [];
  for (const { entity, file } of entities) {
    for (const spelling of spellings(entity)) {
      const key = `${entity.type}|${spelling.text.toLowerCase()}`;
      const earlier = seen.get(key) ?? [];
      const abbreviations = (e: Spelling) => e.field === 'abbreviations' && spelling.field === 'abbreviations';
      const clash = earlier.find((e) => e.id !== entity.id && !(abbreviations(e) && e.text !== spelling.text));
      if (clash) {
        const second = { id: entity.id, field: spelling.field };
        problems.push(message.registrySharedName(file, entity.type, spelling.text, clash, second));
      }
      seen.set(key, [...earlier, { id: entity.id, ...spelling }]);
    }
  }
  return [...new Set(problems)];
}

/** An election's `previous` must be another election of the registry. */
export function unknownPrevious(entities: { entity: Entity; file: string }[]): string[] {
  const elections = entities.filter((e) => e.entity.type === 'election');
  return elections.flatMap(({ entity, file }) => {
    const previous = entity.details.previous;
    const others = elections.map((e) => e.entity.id).filter((id) => id !== entity.id);
    if (previous === null || previous === undefined) return [];
    if (typeof previous === 'string' && others.includes(previous)) return [];
    return [message.registryPrevious(file, entity.id, String(previous), others)];
  });
}

/**
 * An election's seats by how they are filled: from the party lists (`seats_elected`), in single-member
 * districts (`seats_district`, none when absent) and otherwise (`seats_appointed`) add up to the chamber.
 */
function seatKindProblems(where: (field?: string) => string, who: string, record: Fields): string[] {
  const kinds = ['seats_elected', 'seats_district', 'seats_appointed'] as const;
  const seats = kinds.map((k) => (k === 'seats_district' && !(k in record) ? 0 : record[k]));
  const whole = (v: unknown) => Number.isInteger(v) && (v as number) >= 0;
  const bad = kinds.filter((k, i) => k in record && !whole(seats[i]));
  if (bad.length > 0)
    return bad.map((k) => message.registryField(where(k), who, k, 'a whole number of seats, 0 or more', record[k]));
  if (!seats.every(whole) || !whole(record.seats_total)) return [];
  const sum = (seats as number[]).reduce((a, b) => a + b, 0);
  return sum === record.seats_total
    ? []
    : [
        message.registrySeatKinds(
          where('seats_total'),
          who,
          seats as [number, number, number],
          record.seats_total as number,
        ),
      ];
}
