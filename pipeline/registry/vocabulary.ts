// How tables and infoboxes name their figures (labels.json), each label naming a metric of metrics.json.
import labelsFile from './labels.json' with { type: 'json' };
import metricsFile from './metrics.json' with { type: 'json' };
import { message, PipelineError } from '../lib/messages.ts';
import type { Metrics } from './metrics.ts';

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
  return buildVocabulary(labelsFile as LabelsFile, metrics);
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
  rows: labelsFile.row_labels as RowLabel[],
  elections: (labelsFile as LabelsFile).election_labels ?? [],
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
  const labels = new Set((labelsFile as LabelsFile).column_labels.map((l) => l.label.toLowerCase()));
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

const HEADER_LABELS: HeaderLabel[] = [
  ...NAME_COLUMNS.map((text) => ({ text, folded: text.toLowerCase(), kind: 'name' as const })),
  ...(labelsFile as LabelsFile).column_labels.map((l) => ({
    text: l.label,
    folded: l.label.toLowerCase(),
    kind: 'label' as const,
  })),
];
const BY_FOLDED = new Map(HEADER_LABELS.map((l) => [l.folded, l]));

/** The names a flattened table's header line can hold: name columns, then the column labels of labels.json. */
export const headerLabels = (): HeaderLabel[] => HEADER_LABELS;

/** The header label a whole cell or line is (`Party`, `Votes`), if any. */
export const headerLabelOf = (text: string): HeaderLabel | undefined =>
  text.length > 40 ? undefined : BY_FOLDED.get(text.trim().toLowerCase());

/** Whether a cell is a row label of labels.json (`Total`, `Valid votes`): its figures are read in order, not by column. */
export function isRowLabel(cell: string): boolean {
  const text = cell.trim().toLowerCase();
  return (labelsFile as LabelsFile).row_labels.some((l) =>
    l.prefix ? text.startsWith(l.label.toLowerCase()) : text === l.label.toLowerCase(),
  );
}

/**
 * The row label a `Label: figure` line names its figures by (`Valid votes: 7,241,562`), or null. A label
 * whose figures count different things (`Total`: votes, then seats) names none on a line of its own.
 */
export function lineLabel(label: string): RowLabel | null {
  const text = label.trim().toLowerCase();
  const found = (labelsFile as LabelsFile).row_labels.find((l) => !l.prefix && l.label.toLowerCase() === text);
  const unitOf = new Map<string, string>(metricsFile.metrics.map((m: { id: string; unit: string }) => [m.id, m.unit]));
  const counts = new Set(found?.metrics.map((m) => unitOf.get(m)).filter((u) => u !== 'percent'));
  return found && found.metrics.length > 0 && counts.size <= 1 ? found : null;
}
