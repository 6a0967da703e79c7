// Every metric a claim can state, and what it means to the stages (metrics.json): the subjects it needs,
// whether it is a result, a change of another metric, a share a poll estimates, a count a list adds up,
// and the words messages name it by. Adding a metric is adding one entry there.
import { message } from '../lib/messages.ts';

/** A subject a claim of the metric must name to be linked. */
export type MetricNeed = 'party' | 'region' | 'poll';
export const METRIC_NEEDS: readonly MetricNeed[] = ['party', 'region', 'poll'];

export interface Metric {
  id: string;
  unit: string;
  description: string;
  /** How messages name it: `Adal's share`, `the change in turnout`. */
  words: string;
  /** A party (or an organisation, or all parties together), a region, a poll: what a claim must name. */
  needs: MetricNeed[];
  /** A figure the election produced: stated as a hope, aim or prediction it is no claim. */
  result: boolean;
  /** The metric this one is the change of since the previous election, with a sign (`seat_change` of `seats`). */
  change_of: string | null;
  /** For a share a poll estimates, the metric a poll's figure of it is (`poll_share`; `turnout` stays `turnout`). */
  polled_as: string | null;
  /** The words in the sentence before a list of `Label – figure` items that say the items count this metric. */
  list_words: RegExp | null;
}

export interface Metrics {
  all: Metric[];
  /** The metric of an id, or null for no metric or an unknown one. */
  get(id: string | null): Metric | null;
}

export const NO_METRICS: Metrics = buildMetrics([]);

export const needs = (metrics: Metrics, id: string | null, subject: MetricNeed) =>
  metrics.get(id)?.needs.includes(subject) ?? false;

export const isChange = (metrics: Metrics, id: string | null) => (metrics.get(id)?.change_of ?? null) !== null;

/** The metric a list introduced by this sentence counts: the one whose list words come first in it. */
export function countedIn(metrics: Metrics, sentence: string): string | null {
  const found = metrics.all.flatMap((m) => {
    const at = m.list_words ? sentence.search(m.list_words) : -1;
    return at === -1 ? [] : [{ id: m.id, at }];
  });
  return found.sort((a, b) => a.at - b.at)[0]?.id ?? null;
}

function buildMetrics(list: Metric[]): Metrics {
  const byId = new Map(list.map((m) => [m.id, m]));
  return { all: list, get: (id) => (id === null ? null : (byId.get(id) ?? null)) };
}

const REQUIRED: Record<string, string> = {
  id: 'a lowercase snake_case id such as "vote_share"',
  unit: 'the unit its values are in, such as "percent" or "votes"',
  description: 'what it measures, in a sentence',
  words: 'the words messages name it by, such as "share"',
};
const OPTIONAL = ['needs', 'result', 'change_of', 'polled_as', 'list_words'];
const ID = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** The metrics of metrics.json, and its problems: each names the file, the metric and what was expected. */
export function readMetrics(file: string, records: unknown[]): { metrics: Metrics; problems: string[] } {
  const ids = records.map((record) => (isRecord(record) ? record.id : undefined));
  const problems = records.flatMap((record, index) => checkMetric(file, record, index, ids));
  return { metrics: buildMetrics(records.filter(isRecord).map(toMetric)), problems };
}

type Fields = Record<string, unknown>;
const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const KNOWN = [...Object.keys(REQUIRED), ...OPTIONAL];
const LIST_WORDS = 'a regular expression for the words, such as "polling (?:stations|sites)"';

function checkMetric(file: string, record: unknown, index: number, ids: unknown[]): string[] {
  if (!isRecord(record)) return [message.registryField(file, `metric ${index + 1}`, 'id', 'an object', record)];
  const who = typeof record.id === 'string' && record.id !== '' ? `metric "${record.id}"` : `metric ${index + 1}`;
  const problems: string[] = [];
  const field = (name: string, expected: string) =>
    problems.push(message.registryField(file, who, name, expected, record[name]));
  for (const [name, holds] of Object.entries(REQUIRED)) {
    if (!(name in record)) problems.push(message.registryMissingField(file, who, name, holds));
    else if (typeof record[name] !== 'string' || record[name] === '') field(name, holds);
  }
  for (const name of Object.keys(record))
    if (!KNOWN.includes(name)) problems.push(message.registryUnknownField(file, who, name, KNOWN));
  if (typeof record.id === 'string' && !ID.test(record.id)) field('id', REQUIRED.id!);
  if (ids.indexOf(record.id) !== index) problems.push(message.registryDuplicateMetric(file, String(record.id)));
  const needs = record.needs ?? [];
  if (!Array.isArray(needs) || needs.some((n) => !METRIC_NEEDS.includes(n)))
    field('needs', `a list of the subjects a claim must name, of ${METRIC_NEEDS.join(', ')}`);
  if (record.result !== undefined && typeof record.result !== 'boolean') field('result', 'true or false');
  const isId = (name: string) => record[name] === undefined || ids.includes(record[name]);
  if (!isId('change_of') || record.change_of === record.id) field('change_of', `the id of another metric in ${file}`);
  if (!isId('polled_as')) field('polled_as', `the id of a metric in ${file} (itself when a poll states it alike)`);
  if (record.list_words !== undefined && listWords(record.list_words) === null) field('list_words', LIST_WORDS);
  return problems;
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);

function toMetric(record: Fields): Metric {
  return {
    id: String(record.id ?? ''),
    unit: String(record.unit ?? ''),
    description: String(record.description ?? ''),
    words: String(record.words ?? ''),
    needs: Array.isArray(record.needs) ? record.needs : [],
    result: record.result === true,
    change_of: text(record.change_of),
    polled_as: text(record.polled_as),
    list_words: listWords(record.list_words),
  };
}

// whole words, any case: `observers` finds "The observers were:" and not "observership"
function listWords(words: unknown): RegExp | null {
  if (typeof words !== 'string' || words === '') return null;
  try {
    return new RegExp(`\\b(?:${words})\\b`, 'i');
  } catch {
    return null;
  }
}
