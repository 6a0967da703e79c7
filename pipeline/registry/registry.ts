// The curated registry: every party, region, body, pollster, organisation and election the sources
// name, with its names in each language, former and later names, and the aliases seen in the sources.
import { message, PipelineError } from '../lib/messages.ts';
import { checkRecord, NAME_FIELDS, sharedNames, unknownPrevious } from './check.ts';
import { entryAt, registryFile } from './files.ts';
import { NO_METRICS, readMetrics, type Metrics } from './metrics.ts';

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
    /** Seats filled from the party lists by the vote. */
    seats_elected: number;
    /** Seats filled in single-member districts (a mixed system); 0 or absent when there are none. */
    seats_district?: number;
    /** Seats filled otherwise (appointed by the Assembly of People of Kazakhstan). */
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
  /** Every metric a claim can state and how the stages treat it (none when no metrics file is given). */
  metrics: Metrics;
}

/** The files of the registry an entity or a metric is in, read when a stage loads the registry. */
export const REGISTRY_FILES = [
  'parties.json',
  'regions.json',
  'bodies.json',
  'pollsters.json',
  'organisations.json',
  'elections.json',
  'metrics.json',
];

/** The registry in pipeline/registry/, read when first asked for, and checked. */
export function loadRegistry(): Registry {
  return buildRegistry(REGISTRY_FILES.map((name) => registryFile(name)));
}

/**
 * The registry from its files (entities, and metrics from a file with a `metrics` list), checked: each
 * problem names the file, the entities and the fix.
 */
export function buildRegistry(files: { file: string; content: unknown; text?: string }[]): Registry {
  const problems: string[] = [];
  const loaded: { entity: Entity; file: string }[] = [];
  let metrics = NO_METRICS;
  for (const { file, content, text } of files) {
    const list = (content as { metrics?: unknown }).metrics;
    if (Array.isArray(list)) {
      const read = readMetrics(file, list);
      problems.push(...read.problems);
      metrics = read.metrics;
      continue;
    }
    const { type, entities: raw } = content as { type: EntityType; entities: Record<string, unknown>[] };
    if (!ENTITY_TYPES.includes(type)) {
      problems.push(message.registryType(file, String(type), ENTITY_TYPES));
      continue;
    }
    raw.forEach((record, index) => {
      const entity = toEntity(type, record);
      const where = (field?: string) => (text === undefined ? file : entryAt({ file, text }, record.id, field));
      problems.push(...checkRecord(where, type, index, record, entity));
      loaded.push({ entity, file });
    });
  }
  const byId = new Map<string, Entity>();
  const fileOf = new Map<string, string>();
  for (const { entity, file } of loaded) {
    if (byId.has(entity.id))
      problems.push(
        message.registryDuplicateId(entity.id, fileOf.get(entity.id)!, byId.get(entity.id)!.type, file, entity.type),
      );
    byId.set(entity.id, entity);
    fileOf.set(entity.id, file);
  }
  if (loaded.some(({ entity }) => entity.type === 'region'))
    problems.push(...countryProblems(loaded.map((l) => l.entity)));
  problems.push(...sharedNames(loaded), ...unknownPrevious(loaded));
  if (problems.length > 0) throw new PipelineError(problems);
  return { entities: loaded.map((l) => l.entity), byId, metrics };
}

/** Whether an entity is the region that is the whole country (`kz`), which is no region of it. */
export const isCountry = (entity: Entity) => entity.type === 'region' && entity.details.scope === 'country';
/** The regions of the country, the country itself left out. */
export const regionsOf = (registry: Registry) =>
  registry.entities.filter((e) => e.type === 'region' && !isCountry(e)).map((e) => e.id);
const countries = (entities: Entity[]) => entities.filter(isCountry);
const countryProblems = (entities: Entity[]) =>
  countries(entities).length === 1 ? [] : [message.registryCountry(countries(entities).map((e) => e.id))];

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
    ((record[field] as Partial<NameChange>[] | undefined) ?? []).map((c) => ({
      name: c.name ?? '',
      other_names: c.other_names ?? [],
      abbreviations: c.abbreviations ?? [],
      changed: c.changed ?? '',
    }));
  const details = Object.fromEntries(
    Object.entries(record).filter(([key]) => !NAME_FIELDS.includes(key) && key !== 'colour'),
  );
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

export const elections = (registry: Registry) => registry.entities.filter((e): e is Election => e.type === 'election');
