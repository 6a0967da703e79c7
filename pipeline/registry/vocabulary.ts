// How tables and infoboxes name their figures (labels.json), each label naming a metric of metrics.json.
import { message, PipelineError } from '../lib/messages.ts';
import { registryFile } from './files.ts';
import type { Metrics } from './metrics.ts';

/** labels.json, read when first asked for. */
const labelsFile = (): LabelsFile => registryFile('labels.json').content as LabelsFile;
const metricUnits = () => (registryFile('metrics.json').content as { metrics: { id: string; unit: string }[] }).metrics;

/** Which metric a figure under a label is, by the unit it is written in (`any`: written without one). */
export type ByUnit = Partial<Record<'any' | 'percent' | 'pp', string>>;

/** A table row label that names a figure of the whole election (`Valid votes`); its figures map to `metrics` in order. */
export interface RowLabel {
  label: string;
  metrics: string[];
  /** The entity the row is about when not the election as a whole (`apk` for the appointed members). */
  subject?: string;
  /** Matches the start of a cell (`Source:`). */
  prefix?: boolean;
}

export interface ColumnLabel {
  label: string;
  by_unit: ByUnit;
  election?: 'previous';
}

/** Words that, with an election's year in the same cell (`2016 Results`), name that election's result. */
export interface ElectionLabel {
  label: string;
  by_unit: ByUnit;
}

export interface InfoboxKey {
  key: string;
  by_unit?: ByUnit;
  metrics?: string[];
  election?: 'previous';
}

export interface Vocabulary {
  rowLabels: RowLabel[];
  columnLabels: ColumnLabel[];
  electionLabels: ElectionLabel[];
  infoboxKeys: InfoboxKey[];
}

/** The labels and metrics tables and infoboxes are read with, checked: every metric named is a known one. */
export function loadVocabulary(metrics: Metrics): Vocabulary {
  return buildVocabulary(labelsFile(), metrics);
}

export interface LabelsFile {
  row_labels: RowLabel[];
  column_labels: ColumnLabel[];
  election_labels?: ElectionLabel[];
  infobox_keys: InfoboxKey[];
}

export function buildVocabulary(labels: LabelsFile, metrics: Metrics): Vocabulary {
  const vocabulary: Vocabulary = {
    rowLabels: labels.row_labels,
    columnLabels: labels.column_labels,
    electionLabels: labels.election_labels ?? [],
    infoboxKeys: labels.infobox_keys,
  };
  const named = [
    ...vocabulary.rowLabels.flatMap((l) => l.metrics.map((m) => [l.label, m])),
    ...[...vocabulary.columnLabels, ...vocabulary.electionLabels].flatMap((l) =>
      Object.values(l.by_unit).map((m) => [l.label, m]),
    ),
    ...vocabulary.infoboxKeys.flatMap((k) =>
      [...Object.values(k.by_unit ?? {}), ...(k.metrics ?? [])].map((m) => [k.key, m]),
    ),
  ];
  const unknown = named.filter(([, metric]) => metrics.get(metric!) === null);
  if (unknown.length > 0)
    throw new PipelineError(unknown.map(([label, metric]) => message.unknownMetric(label!, metric!)));
  return vocabulary;
}

/** The labels a table's name column can hold besides names: row labels and election labels. */
export interface FigureLabels {
  rows: RowLabel[];
  elections: ElectionLabel[];
}

/** Row and election labels, for telling a table's figure labels from unknown names. */
export const figureLabels = (): FigureLabels => ({
  rows: labelsFile().row_labels,
  elections: labelsFile().election_labels ?? [],
});

// the words a table's name column is headed with, beside the column labels of labels.json
const NAME_COLUMNS = [
  'Party',
  'Parties',
  'Party list',
  'Region',
  'Pollster',
  'Poll source',
  'Партия',
  'Регион',
  'Партия атауы',
  'Өңір',
];

/** Whether a table's header row names columns (`Party | Votes`): a name column and a column label of labels.json. */
export function namesColumns(cells: string[]): boolean {
  const names = new Set(NAME_COLUMNS.map((n) => n.toLowerCase()));
  const labels = new Set(labelsFile().column_labels.map((l) => l.label.toLowerCase()));
  const named = cells.map((c) => c.trim().toLowerCase()).filter((c) => c !== '');
  return named.length >= 2 && named.some((c) => names.has(c)) && named.some((c) => labels.has(c));
}

/** A word or words a header line of a table without delimiters is made of: a name column's, or a column label. */
export interface HeaderLabel {
  text: string;
  /** `text` in lower case, for comparing. */
  folded: string;
  kind: 'name' | 'label';
}

let headers: { labels: HeaderLabel[]; byFolded: Map<string, HeaderLabel> } | null = null;
function headerTable() {
  if (headers) return headers;
  const labels: HeaderLabel[] = [
    ...NAME_COLUMNS.map((text) => ({ text, folded: text.toLowerCase(), kind: 'name' as const })),
    ...labelsFile().column_labels.map((l) => ({
      text: l.label,
      folded: l.label.toLowerCase(),
      kind: 'label' as const,
    })),
  ];
  return (headers = { labels, byFolded: new Map(labels.map((l) => [l.folded, l])) });
}

/** The names a flattened table's header line can hold: name columns, then the column labels of labels.json. */
export const headerLabels = (): HeaderLabel[] => headerTable().labels;

/** The header label a whole cell or line is (`Party`, `Votes`), if any. */
export const headerLabelOf = (text: string): HeaderLabel | undefined =>
  text.length > 40 ? undefined : headerTable().byFolded.get(text.trim().toLowerCase());

/** Whether a cell is a row label of labels.json (`Total`, `Valid votes`): its figures are read in order, not by column. */
export function isRowLabel(cell: string): boolean {
  const text = cell.trim().toLowerCase();
  return labelsFile().row_labels.some((l) =>
    l.prefix ? text.startsWith(l.label.toLowerCase()) : text === l.label.toLowerCase(),
  );
}

/**
 * The row label a `Label: figure` line names its figures by (`Valid votes: 7,241,562`), or null. A label
 * whose figures count different things (`Total`: votes, then seats) names none on a line of its own.
 */
export function lineLabel(label: string): RowLabel | null {
  const text = label.trim().toLowerCase();
  const found = labelsFile().row_labels.find((l) => !l.prefix && l.label.toLowerCase() === text);
  const unitOf = new Map(metricUnits().map((m) => [m.id, m.unit]));
  const counts = new Set(found?.metrics.map((m) => unitOf.get(m)).filter((u) => u !== 'percent'));
  return found && found.metrics.length > 0 && counts.size <= 1 ? found : null;
}

/**
 * The entries of labels.json a text can use, as a stable string for its cache key: every label and key found
 * in it (compared in lower case, as every reader of labels compares them), with the units of the metrics
 * they name. A label the text does not contain cannot change how it is read, so adding or editing one
 * changes the key of only the sources that contain it (or contained it before the edit).
 */
export function labelsUsedIn(text: string): string {
  const lower = text.toLowerCase();
  const found = <T>(entries: T[] | undefined, label: (entry: T) => string) =>
    (entries ?? []).filter((entry) => lower.includes(label(entry).trim().toLowerCase()));
  const labels = labelsFile();
  const used = {
    row_labels: found(labels.row_labels, (l) => l.label),
    column_labels: found(labels.column_labels, (l) => l.label),
    election_labels: found(labels.election_labels, (l) => l.label),
    infobox_keys: found(labels.infobox_keys, (k) => k.key),
  };
  const named = new Set([
    ...used.row_labels.flatMap((l) => l.metrics),
    ...[...used.column_labels, ...used.election_labels].flatMap((l) => Object.values(l.by_unit)),
    ...used.infobox_keys.flatMap((k) => [...Object.values(k.by_unit ?? {}), ...(k.metrics ?? [])]),
  ]);
  const units = metricUnits().filter((m) => named.has(m.id));
  return JSON.stringify({ ...used, units });
}
