// The registry checked as it loads: a mistake in a hand-edited file stops the run with the file, the
// entities and the fix, instead of silently unlinking a party's figures.
import { message } from '../lib/messages.ts';
import type { Entity, EntityType } from './registry.ts';

export const NAME_FIELDS = ['id', 'name_en', 'name_kk', 'name_kk_latn', 'name_ru', 'abbreviations', 'translations', 'former_names', 'later_names', 'aliases'];
const CHANGE_FIELDS = ['name', 'other_names', 'abbreviations', 'changed'];

/** What each type carries besides its names, and which of those fields every entity of the type must give. */
const TYPE_FIELDS: Record<EntityType, { required: Record<string, string>; optional: string[] }> = {
  party: { required: { colour: 'a #RRGGBB colour for the reports' }, optional: ['registered'] },
  region: { required: { scope: '"country" for the whole country or "region"' }, optional: [] },
  body: { required: {}, optional: ['chamber_of'] },
  pollster: { required: {}, optional: [] },
  organisation: { required: {}, optional: ['part_of', 'kind'] },
  election: {
    required: {
      date: 'the ISO date of the vote', body: 'the id of the body elected', seats_total: 'the seats in the chamber', seats_elected: 'the seats filled from the lists',
      seats_appointed: 'the seats filled otherwise', threshold_pct: 'the percent of the valid votes a list needs', allocation: 'the allocation rule ("largest-remainder-hare")',
      tie_break: 'how a tie of remainders is broken ("registered-first")', runner_up_min_seats: 'the seats a lone passing party\'s runner-up gets at least',
      majority: 'the seats a majority needs', previous: 'the id of the election before it, or null',
    },
    optional: [],
  },
};

/** A record's own problems: its id and English name, required and unknown fields, the dates of its name changes. */
export function checkRecord(file: string, type: EntityType, index: number, record: Record<string, unknown>, entity: Entity): string[] {
  const who = whoIs(type, index, record.id);
  const { required, optional } = TYPE_FIELDS[type];
  const known = [...NAME_FIELDS, ...Object.keys(required), ...optional];
  const problems: string[] = [];
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entity.id)) problems.push(message.registryField(file, who, 'id', 'a lowercase slug such as "ak-zhol"', record.id));
  if (entity.name_en.trim() === '') problems.push(message.registryField(file, who, 'name_en', 'the English name', record.name_en));
  for (const [field, expected] of Object.entries(required)) if (!(field in record)) problems.push(message.registryMissingField(file, who, field, expected));
  for (const field of Object.keys(record)) if (!known.includes(field)) problems.push(message.registryUnknownField(file, who, field, known));
  for (const field of ['former_names', 'later_names'] as const) {
    for (const change of (record[field] as Record<string, unknown>[] | undefined) ?? []) {
      for (const key of Object.keys(change)) if (!CHANGE_FIELDS.includes(key)) problems.push(message.registryUnknownField(file, `${who} (${field})`, key, CHANGE_FIELDS));
    }
  }
  for (const change of [...entity.former_names, ...entity.later_names]) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(change.changed)) problems.push(message.registryField(file, who, 'changed', 'the ISO date of the name change (YYYY-MM-DD)', change.changed));
  }
  if (type === 'party' && 'colour' in record && !/^#[0-9A-Fa-f]{6}$/.test(entity.colour ?? '')) problems.push(message.registryField(file, who, 'colour', required.colour!, record.colour));
  return problems;
}

const whoIs = (type: EntityType, index: number, id: unknown) => (typeof id === 'string' && id !== '' ? `${type} "${id}"` : `${type} ${index + 1}`);

/** Every spelling an entity goes by, with the field it stands in. */
function spellings(entity: Entity): { text: string; field: string }[] {
  const all = [
    ...[entity.name_en, entity.name_kk, entity.name_kk_latn, entity.name_ru].map((text) => ({ text, field: 'name' })),
    ...entity.abbreviations.map((text) => ({ text, field: 'abbreviations' })),
    ...entity.translations.map((text) => ({ text, field: 'translations' })),
    ...entity.aliases.map((text) => ({ text, field: 'aliases' })),
    ...entity.former_names.flatMap((c) => [c.name, ...c.other_names, ...c.abbreviations].map((text) => ({ text, field: 'former_names' }))),
    ...entity.later_names.flatMap((c) => [c.name, ...c.other_names, ...c.abbreviations].map((text) => ({ text, field: 'later_names' }))),
  ];
  return all.filter((s): s is { text: string; field: string } => typeof s.text === 'string' && s.text.trim() !== '');
}

/**
 * A spelling two entities of one type share (case aside, except between abbreviations: `NO` is not
 * `No`) would resolve to neither, and leave every figure it names unlinked.
 */
export function sharedNames(entities: { entity: Entity; file: string }[]): string[] {
  const seen = new Map<string, { id: string; text: string; field: string }[]>();
  const problems: string[] = [];
  for (const { entity, file } of entities) {
    for (const spelling of spellings(entity)) {
      const key = `${entity.type}|${spelling.text.toLowerCase()}`;
      const earlier = seen.get(key) ?? [];
      const clash = earlier.find((e) => e.id !== entity.id && !(e.field === 'abbreviations' && spelling.field === 'abbreviations' && e.text !== spelling.text));
      if (clash) problems.push(message.registrySharedName(file, entity.type, spelling.text, clash, { id: entity.id, field: spelling.field }));
      seen.set(key, [...earlier, { id: entity.id, ...spelling }]);
    }
  }
  return [...new Set(problems)];
}

/** An election's `previous` must be another election of the registry. */
export function unknownPrevious(entities: { entity: Entity; file: string }[]): string[] {
  const elections = entities.filter((e) => e.entity.type === 'election');
  const ids = elections.map((e) => e.entity.id);
  return elections.flatMap(({ entity, file }) => {
    const previous = entity.details.previous;
    return previous === null || previous === undefined || (typeof previous === 'string' && ids.includes(previous) && previous !== entity.id)
      ? [] : [message.registryPrevious(file, entity.id, String(previous), ids.filter((id) => id !== entity.id))];
  });
}
