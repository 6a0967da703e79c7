// The curated registry: every party, region, body, pollster, organisation and election the sources
// name, with its names in each language, former and later names, and the aliases seen in the sources.
import bodies from './bodies.json' with { type: 'json' };
import electionsFile from './elections.json' with { type: 'json' };
import organisations from './organisations.json' with { type: 'json' };
import parties from './parties.json' with { type: 'json' };
import pollsters from './pollsters.json' with { type: 'json' };
import regions from './regions.json' with { type: 'json' };
import { message, PipelineError } from '../lib/messages.ts';

export const ENTITY_TYPES = ['party', 'region', 'body', 'pollster', 'organisation', 'election'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A name the entity had before, or took after, a date. */
export interface NameChange {
  name: string;
  other_names: string[];
  abbreviations: string[];
  /** ISO date of the change. */
  changed: string;
}

export interface Entity {
  id: string;
  type: EntityType;
  name_en: string;
  name_kk: string | null;
  name_kk_latn: string | null;
  name_ru: string | null;
  /** Matched only exactly, case included: `NO` is Nur Otan, `no` is a word. */
  abbreviations: string[];
  /** What the name means (`Bright Path`); matched as a whole name, never inside a sentence. */
  translations: string[];
  former_names: NameChange[];
  later_names: NameChange[];
  /** Other spellings, misspellings included, as the sources write them. */
  aliases: string[];
  /** Parties: the one colour every report draws them in (Okabe–Ito and Tol, safe for colour-blind readers). */
  colour: string | null;
  /** Everything else a type carries: an election's date and seat rules, a region's scope, a party's registration. */
  details: Record<string, unknown>;
}

export interface Election extends Entity {
  type: 'election';
  details: {
    date: string;
    body: string;
    seats_total: number;
    seats_elected: number;
    seats_appointed: number;
    threshold_pct: number;
    allocation: 'largest-remainder-hare';
    tie_break: 'registered-first';
    runner_up_min_seats: number;
    majority: number;
    previous: string | null;
  };
}

export interface Registry {
  entities: Entity[];
  byId: Map<string, Entity>;
}

const FILES = { 'parties.json': parties, 'regions.json': regions, 'bodies.json': bodies, 'pollsters.json': pollsters, 'organisations.json': organisations, 'elections.json': electionsFile };
const NAME_FIELDS = ['id', 'type', 'name_en', 'name_kk', 'name_kk_latn', 'name_ru', 'abbreviations', 'translations', 'former_names', 'later_names', 'aliases', 'colour'];

/** The registry as shipped in pipeline/registry/, checked. */
export function loadRegistry(): Registry {
  return buildRegistry(Object.entries(FILES).map(([file, content]) => ({ file: `pipeline/registry/${file}`, content })));
}

export function buildRegistry(files: { file: string; content: unknown }[]): Registry {
  const problems: string[] = [];
  const entities: Entity[] = [];
  for (const { file, content } of files) {
    const { type, entities: raw } = content as { type: EntityType; entities: Record<string, unknown>[] };
    if (!ENTITY_TYPES.includes(type)) problems.push(message.registryType(file, String(type), ENTITY_TYPES));
    raw.forEach((record, index) => {
      const entity = toEntity(type, record);
      problems.push(...checkEntity(file, index, entity));
      entities.push(entity);
    });
  }
  const byId = new Map<string, Entity>();
  for (const entity of entities) {
    if (byId.has(entity.id)) problems.push(message.registryDuplicateId(entity.id));
    byId.set(entity.id, entity);
  }
  if (entities.some((e) => e.type === 'region')) problems.push(...countryProblems(entities));
  if (problems.length > 0) throw new PipelineError(problems);
  return { entities, byId };
}

const countries = (entities: Entity[]) => entities.filter((e) => e.type === 'region' && e.details.scope === 'country');
const countryProblems = (entities: Entity[]) => (countries(entities).length === 1 ? [] : [message.registryCountry(countries(entities).map((e) => e.id))]);

/** The region that is the whole country (`kz`): national figures carry its id. */
export function countryOf(registry: Registry): Entity {
  const problems = countryProblems(registry.entities);
  if (problems.length > 0) throw new PipelineError(problems);
  return countries(registry.entities)[0]!;
}

function toEntity(type: EntityType, record: Record<string, unknown>): Entity {
  const list = (field: string) => (record[field] as string[] | undefined) ?? [];
  const text = (field: string) => (record[field] as string | undefined) ?? null;
  const changes = (field: string) =>
    ((record[field] as Partial<NameChange>[] | undefined) ?? []).map((c) => ({ name: c.name ?? '', other_names: c.other_names ?? [], abbreviations: c.abbreviations ?? [], changed: c.changed ?? '' }));
  const details = Object.fromEntries(Object.entries(record).filter(([key]) => !NAME_FIELDS.includes(key)));
  return {
    id: String(record.id ?? ''),
    type,
    name_en: String(record.name_en ?? ''),
    name_kk: text('name_kk'),
    name_kk_latn: text('name_kk_latn'),
    name_ru: text('name_ru'),
    abbreviations: list('abbreviations'),
    translations: list('translations'),
    former_names: changes('former_names'),
    later_names: changes('later_names'),
    aliases: list('aliases'),
    colour: text('colour'),
    details,
  };
}

function checkEntity(file: string, index: number, entity: Entity): string[] {
  const problems: string[] = [];
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(entity.id)) problems.push(message.registryField(file, index, 'id', 'a lowercase slug such as "ak-zhol"', entity.id));
  if (entity.name_en.trim() === '') problems.push(message.registryField(file, index, 'name_en', 'the English name', entity.name_en));
  for (const change of [...entity.former_names, ...entity.later_names]) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(change.changed)) problems.push(message.registryField(file, index, 'changed', 'the ISO date of the name change (YYYY-MM-DD)', change.changed));
  }
  if (entity.type === 'party' && !/^#[0-9A-Fa-f]{6}$/.test(entity.colour ?? '')) problems.push(message.registryField(file, index, 'colour', 'a #RRGGBB colour for the reports', entity.colour));
  return problems;
}

export const elections = (registry: Registry) => registry.entities.filter((e): e is Election => e.type === 'election');
