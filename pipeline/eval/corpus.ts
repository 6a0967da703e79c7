// The evaluation corpus (test/eval/README.md): each text's folder read and checked, and the split rule.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PollKind } from '../extract/claims.ts';
import { decodeSourceText, jsonProblem } from '../lib/files.ts';
import { checkEntry, type Source } from '../lib/manifest.ts';
import { evalMessage } from '../lib/messages-eval.ts';
import { PipelineError } from '../lib/messages.ts';
import { sha256 } from '../lib/sha256.ts';
import type { Registry } from '../registry/registry.ts';

export type Half = 'development' | 'test';
export const HALVES = ['development', 'test', 'all'] as const;

/** The split rule: the test half when the first hex digit of sha256(id) is 8–f. */
export const halfOf = (id: string): Half => (parseInt(sha256(id)[0]!, 16) >= 8 ? 'test' : 'development');

export interface Figure {
  line: number;
  metric: string;
  election_id: string;
  party_id: string | null;
  region_id: string | null;
  value: number;
  poll?: { pollster_id: string; kind: PollKind; date: string | null };
}
export interface Trap {
  line: number;
  value: number;
  why: string;
}
export interface Expected {
  line: number;
  metric: string;
  party_id: string | null;
  why: string;
}
export interface Answers {
  modelled_on: string;
  source: Omit<Source, 'source_id' | 'file' | 'sha256' | 'revision_of' | 'revision' | 'description'>;
  registry?: Record<string, Record<string, unknown>[]>;
  figures: Figure[];
  traps: Trap[];
  conflicts: Expected[];
}
/** A text of the corpus as read, before its answers are checked. */
export interface ReadText {
  id: string;
  /** Its text.txt, as messages name it. */
  file: string;
  text: string;
  answersFile: string;
  /** The answers file's text. */
  raw: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const POLL_KINDS: PollKind[] = ['opinion', 'exit', 'post-election-survey', 'independent-count'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The ids of the corpus's texts (its sub-folders) in the half asked for, sorted. */
export function textIds(corpus: string, half: Half | 'all'): string[] {
  return readdirSync(corpus, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .filter((id) => half === 'all' || halfOf(id) === half)
    .sort();
}

/** One text and its answers, read and checked; every problem is reported at once. */
export function readText(corpus: string, id: string): ReadText {
  const folder = join(corpus, id);
  if (!ID.test(id)) throw new PipelineError([evalMessage.badId(folder)]);
  const file = join(folder, 'text.txt');
  const answersFile = join(folder, 'answers.json');
  const missing = [file, answersFile].filter((f) => !existsSync(f) || !statSync(f).isFile());
  if (missing.length > 0) throw new PipelineError(missing.map(evalMessage.missingFile));
  const text = decodeSourceText(file, readFileSync(file));
  return { id, file, text, answersFile, raw: readFileSync(answersFile, 'utf8') };
}

/** The text's answers checked against the registry (with its additions) and its text's lines. */
export function checkAnswers(
  read: ReadText,
  registry: Registry,
  parsed: unknown,
): { source: Source; answers: Answers } {
  const file = read.answersFile;
  const answers = parsed as Answers;
  const problems: string[] = [];
  const lines = read.text.split('\n').length - (read.text.endsWith('\n') ? 1 : 0);
  const field = (name: string, expected: string, found: unknown) =>
    problems.push(evalMessage.field(file, name, expected, found));
  const list = (name: 'figures' | 'traps' | 'conflicts'): unknown[] => {
    const value = answers[name];
    if (Array.isArray(value)) return value;
    if (name === 'conflicts' && value === undefined) return [];
    field(name, 'a list', value);
    return [];
  };
  const entity = (name: string, value: unknown, type: string, nullable: boolean) => {
    if (nullable && value === null) return;
    const known = typeof value === 'string' ? registry.byId.get(value) : undefined;
    if (known?.type !== type) field(name, `the id of a ${type} in the registry${nullable ? ', or null' : ''}`, value);
  };
  const line = (name: string, value: unknown) => {
    if (!Number.isInteger(value) || (value as number) < 1) field(name, 'a line number from 1', value);
    else if ((value as number) > lines) problems.push(evalMessage.lineBeyond(file, name, value, lines));
  };
  const number = (name: string, value: unknown) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) field(name, 'a number in the metric’s unit', value);
  };
  const metric = (name: string, value: unknown) => {
    if (typeof value !== 'string' || !registry.metrics.get(value))
      field(name, 'a metric id of pipeline/registry/metrics.json', value);
  };
  if (answers === null || typeof answers !== 'object' || Array.isArray(answers))
    throw new PipelineError([evalMessage.field(file, 'the file', 'an object', answers)]);
  const given = (answers.source ?? null) as Record<string, unknown> | null;
  if (given === null || typeof given !== 'object') field('source', 'the manifest entry of the text', given);
  // the id, file and hash are the tool's to make (a `source_id` in the answers would not be the text's id)
  const source = {
    revision_of: null,
    revision: null,
    description: typeof answers.modelled_on === 'string' ? answers.modelled_on : '',
    ...given,
    source_id: read.id,
    file: 'text.txt',
    sha256: sha256(read.text),
  } as Source;
  if (given) {
    problems.push(...checkEntry(`${file} (source)`, source, 0));
    entity('source.election_id', source.election_id, 'election', false);
    if (!['en', 'ru', 'kk'].includes(source.language)) field('source.language', 'en, ru or kk', source.language);
  }
  list('figures').forEach((f, i) => {
    const at = `figures[${i}]`;
    const figure = (f ?? {}) as Record<string, unknown>;
    line(`${at}.line`, figure.line);
    metric(`${at}.metric`, figure.metric);
    entity(`${at}.election_id`, figure.election_id, 'election', false);
    entity(`${at}.party_id`, figure.party_id, 'party', true);
    entity(`${at}.region_id`, figure.region_id, 'region', true);
    number(`${at}.value`, figure.value);
    if (figure.poll === undefined) return;
    const poll = (figure.poll ?? {}) as Record<string, unknown>;
    entity(`${at}.poll.pollster_id`, poll.pollster_id, 'pollster', false);
    if (!POLL_KINDS.includes(poll.kind as PollKind))
      field(`${at}.poll.kind`, `one of ${POLL_KINDS.join(', ')}`, poll.kind);
    if (poll.date !== null && !(typeof poll.date === 'string' && ISO_DATE.test(poll.date)))
      field(`${at}.poll.date`, 'an ISO date, or null', poll.date);
  });
  list('traps').forEach((t, i) => {
    const trap = (t ?? {}) as Record<string, unknown>;
    line(`traps[${i}].line`, trap.line);
    number(`traps[${i}].value`, trap.value);
  });
  list('conflicts').forEach((c, i) => {
    const conflict = (c ?? {}) as Record<string, unknown>;
    line(`conflicts[${i}].line`, conflict.line);
    metric(`conflicts[${i}].metric`, conflict.metric);
    entity(`conflicts[${i}].party_id`, conflict.party_id, 'party', true);
  });
  if (problems.length > 0) throw new PipelineError(problems);
  return { source, answers: { ...answers, conflicts: answers.conflicts ?? [] } };
}

/** The answers file parsed, or its JSON error at its line and column. */
export function parseAnswers(read: ReadText): unknown {
  try {
    return JSON.parse(read.raw) as unknown;
  } catch (error) {
    const { line, column, detail } = jsonProblem(read.raw, error as Error);
    throw new PipelineError([evalMessage.notJson(read.answersFile, line, column, detail)]);
  }
}
