import { message, PipelineError } from '../lib/messages.ts';
import { registryScanner, type NameReader, type SourceNames } from '../names/names.ts';
import type { Resolution } from '../names/resolver.ts';
import type { Scanner } from '../names/scanner.ts';
import { foldName } from '../names/fold.ts';
import { yearLabel, yearsIn } from '../names/labels.ts';
import type { Election, Registry } from '../registry/registry.ts';
import { elections, loadRegistry } from '../registry/registry.ts';
import {
  loadVocabulary,
  type ByUnit,
  type ColumnLabel,
  type ElectionLabel,
  type InfoboxKey,
  type RowLabel,
  type Vocabulary,
} from '../registry/vocabulary.ts';
import { styleOfLanguage, type NumberStyle, type StatedNumber } from '../lib/numbers.ts';
import type { Poll, PollKind } from './claims.ts';

/** What extraction knows about the source it reads, and the tools it reads with. */
export interface ExtractContext {
  source_id: string;
  /** The election the source is about, and the one before it. */
  election: Election;
  previous: Election | null;
  /** The source's names as normalise resolved them: the only way a claim gets an id. */
  names: NameReader;
  vocabulary: Vocabulary;
  /** The vocabulary's labels, each folded once: the first label a cell or key matches. */
  labels: LabelFinders;
  registry: Registry;
  /** How the source writes numbers (decimal comma, digit groups), from its language. */
  numberStyle: NumberStyle;
  /** Polls the source names, by id: a poll named twice is one poll. */
  polls: Map<string, Poll>;
}

export interface LabelFinders {
  column: (text: string) => ColumnLabel | undefined;
  row: (text: string) => RowLabel | undefined;
  infobox: (text: string) => InfoboxKey | undefined;
}

export type ExtractTools = Pick<ExtractContext, 'vocabulary' | 'labels' | 'registry'> & {
  /** Where names stand in running text; what each names comes from the source's record. */
  scanner: Scanner;
};

/** The registry, vocabulary and name scanner, built once for all sources. */
export function buildTools(registry: Registry = loadRegistry()): ExtractTools {
  const vocabulary = loadVocabulary(registry.metrics);
  const labels = {
    column: labelFinder(vocabulary.columnLabels, (l) => l.label),
    row: labelFinder(
      vocabulary.rowLabels,
      (l) => l.label,
      (l) => !!l.prefix,
    ),
    infobox: labelFinder(vocabulary.infoboxKeys, (k) => k.key),
  };
  return { registry, scanner: registryScanner(registry), vocabulary, labels };
}

/**
 * What of the registry extraction reads for a source besides its labels (which ingest's key holds), as a
 * stable string for its cache key: the metrics, every election, and the details of each entity its names
 * resolved to (a pollster's method, say), never the entities' names: those reach extract only through the
 * source's record, so an alias added re-reads only the sources whose names it resolves.
 */
export function registryUsedBy(registry: Registry, names: SourceNames): string {
  const ids = [...new Set(names.names.map((n) => n.id))].sort();
  const details = (id: string | null) => {
    const entity = id === null ? undefined : registry.byId.get(id);
    return entity ? { id: entity.id, type: entity.type, details: entity.details } : { id };
  };
  return JSON.stringify({
    metrics: registry.metrics.all,
    elections: elections(registry).map((e) => details(e.id)),
    entities: ids.map(details),
  });
}

/** The context of one source: the election it is about (from raw/sources.json), the one before, and its names. */
export function sourceContext(
  tools: ExtractTools,
  source: { source_id: string; election_id: string | null; language?: string },
  names: NameReader,
): ExtractContext {
  const all = elections(tools.registry);
  const election = all.find((e) => e.id === source.election_id);
  if (!election)
    throw new PipelineError([
      message.unknownElection('raw/sources.json', source.source_id, source.election_id ?? 'null'),
    ]);
  const previous = all.find((e) => e.id === election.details.previous) ?? null;
  return {
    registry: tools.registry,
    vocabulary: tools.vocabulary,
    labels: tools.labels,
    names,
    source_id: source.source_id,
    election,
    previous,
    numberStyle: styleOfLanguage(source.language ?? 'en'),
    polls: new Map(),
  };
}

/** The election a label points at: one it names (`2016 legislative election`), or one whose year it gives (`(2016)`). */
export function electionNamedIn(context: ExtractContext, text: string, resolution?: Resolution): Election | null {
  const all = elections(context.registry);
  const named = resolution ?? context.names.lookup(text);
  if (named.type === 'election') return all.find((e) => e.id === named.id) ?? null;
  const years = yearsIn(text);
  return all.find((e) => years.includes(e.details.date.slice(0, 4))) ?? null;
}

/** An election label with the year of exactly one election (`2016 Results`): that election's result. */
export function electionLabelled(
  context: ExtractContext,
  text: string,
): { election: Election; label: ElectionLabel } | null {
  const found = yearLabel(text, context.vocabulary.electionLabels);
  if (!found) return null;
  const matching = elections(context.registry).filter((e) => found.years.includes(e.details.date.slice(0, 4)));
  return matching.length === 1 ? { election: matching[0]!, label: found.label } : null;
}

export const previousElectionId = (context: ExtractContext) => context.previous?.id ?? null;

/** The metric a label gives a figure, by the unit the figure is written in. */
export function metricByUnit(byUnit: ByUnit, figure: StatedNumber): string | null {
  if (figure.unit === 'percent') return byUnit.percent ?? byUnit.any ?? null;
  if (figure.unit === 'pp') return byUnit.pp ?? null;
  if (figure.unit === null) return byUnit.any ?? null;
  return null;
}

/**
 * The first of `items` whose label matches a cell or key: equal, once folded, or the cell goes on with a
 * bracket (`Last election results (2016)`); an item `isPrefix` marks matches a cell that starts with it.
 * Each label is folded once, here, and the text once per call.
 */
export function labelFinder<T>(
  items: T[],
  labelOf: (item: T) => string,
  isPrefix: (item: T) => boolean = () => false,
): (text: string) => T | undefined {
  const labels = items.map((item) => {
    const label = labelOf(item);
    return { item, label, lower: label.trim().toLowerCase(), folded: foldName(label), prefix: isPrefix(item) };
  });
  return (text) => {
    const lower = text.trim().toLowerCase();
    let folded: string | undefined;
    const matches = (l: (typeof labels)[number]) => {
      if (l.prefix) return text.startsWith(l.label);
      if (lower === '') return false;
      if (lower === l.lower) return true;
      // labels of signs alone (`%`, `+/–`) fold to nothing: those match only as written
      if (l.folded !== '' && l.folded === (folded ??= foldName(text))) return true;
      return lower.startsWith(l.lower) && /^\s*\(/.test(lower.slice(l.lower.length));
    };
    return labels.find(matches)?.item;
  };
}

/** What a source says of a poll besides its pollster, kind and date. */
export type PollFacts = Partial<Pick<Poll, 'sample_size' | 'fieldwork_start' | 'mode'>>;

/**
 * A poll, once: the id is the pollster, an `exit-` mark for exit polls, and the date or, without one, the
 * election. An exit poll without a date is of election day. What a later mention adds fills what is unknown.
 */
export function registerPoll(
  context: ExtractContext,
  pollsterId: string,
  kind: PollKind,
  stated: string | null,
  line: number,
  facts: PollFacts = {},
): string {
  const date = stated ?? (kind === 'exit' ? context.election.details.date : null);
  const poll_id = `${pollsterId}-${kind === 'exit' ? 'exit-' : ''}${date ?? context.election.id}`;
  const known = context.polls.get(poll_id);
  if (!known) {
    context.polls.set(poll_id, {
      poll_id,
      pollster_id: pollsterId,
      kind,
      date,
      fieldwork_start: facts.fieldwork_start ?? null,
      sample_size: facts.sample_size ?? null,
      mode: facts.mode ?? null,
      election_id: context.election.id,
      source_id: context.source_id,
      line,
    });
  } else addPollFacts(known, facts);
  return poll_id;
}

/** Fills what a poll's record does not know yet from what a sentence says of it. */
export function addPollFacts(poll: Poll, facts: PollFacts): void {
  poll.sample_size ??= facts.sample_size ?? null;
  poll.fieldwork_start ??= facts.fieldwork_start ?? null;
  poll.mode ??= facts.mode ?? null;
}
