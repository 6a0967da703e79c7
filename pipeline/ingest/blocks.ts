// What ingest makes of a source text: blocks, each with the lines it came from and its section.

interface BlockBase {
  source_id: string;
  /** 1-based line numbers in the raw file, as an editor shows them. */
  first_line: number;
  last_line: number;
  /** Headings above the block, outermost first (the document title included). */
  section: string[];
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  level: number;
  text: string;
}

export interface TableRow {
  line: number;
  /** Differs from `line` when a cell was wrapped onto continuation lines. */
  last_line: number;
  /** The row's raw text on `line`, trimmed: what a claim quotes as its excerpt. */
  raw: string;
  /** Trimmed cell texts; an empty string is an empty cell (missing, never zero). */
  cells: string[];
  /** Why the row's cells could not be put under the table's columns: its figures are then left unlinked. */
  note?: string;
  /** In a table of one cell a line, the line each cell stands on (its own text is its excerpt). */
  cell_lines?: number[];
}

export interface TableBlock extends BlockBase {
  kind: 'table';
  /**
   * `separator`: header rows above a `---|---` line; `leading-pipe`: every row starts with `|`;
   * `flattened`: no delimiters, a header of column labels over rows of a name and figures;
   * `one-cell-a-line`: the header's labels and then each row's cells each on a line of their own.
   */
  dialect: 'separator' | 'leading-pipe' | 'flattened' | 'one-cell-a-line';
  /** Columns the grid has: the separator's width, or the widest row. */
  width: number;
  /** One or two header rows (a second one such as `Votes | %` under party names). */
  header_rows: TableRow[];
  /** One name a column, two-row headers joined (`Nur Otan Votes`); empty where the header names none. */
  columns: string[];
  /** Body rows; all-empty filler rows are left out. */
  rows: TableRow[];
}

export interface InfoboxEntry {
  line: number;
  raw: string;
  /** Empty when the infobox line is a caption with no key (`All 107 seats to the Mazhilis …`). */
  key: string;
  value: string;
}

export interface InfoboxBlock extends BlockBase {
  kind: 'infobox';
  entries: InfoboxEntry[];
}

export interface ListItem {
  line: number;
  raw: string;
  text: string;
  /** For `Label – figure` items (`CIS Executive Committee – 179`): the label and the figure's text. */
  label: string | null;
  value: string | null;
}

export interface ListBlock extends BlockBase {
  kind: 'list';
  items: ListItem[];
}

export interface SentenceBlock extends BlockBase {
  kind: 'sentence';
  /** The sentence with line wraps joined and citation markers removed. */
  text: string;
  /** Citation markers that belonged to the sentence, without brackets: `12`, `citation needed`. */
  citations: string[];
  /** The sentence's verbatim raw text on each of its lines (markers and line-end hyphens included). */
  spans: { line: number; column: number; text: string }[];
  /** Index of the paragraph within the source, counted from 0. */
  paragraph: number;
}

export type Block = HeadingBlock | TableBlock | InfoboxBlock | ListBlock | SentenceBlock;

/** A block before the source and section it sits in are stamped on. */
export type BlockContent = Block extends infer B ? (B extends Block ? Omit<B, 'source_id' | 'section'> : never) : never;

export interface IngestWarning {
  line: number;
  message: string;
}

export interface IngestedSource {
  source_id: string;
  file: string;
  sha256: string;
  /** The election the source is about, from raw/sources.json. */
  election_id: string | null;
  /** The source's language tag, from raw/sources.json: it says how numbers are written (`71,09` in Russian). */
  language: string;
  line_count: number;
  blocks: Block[];
  warnings: IngestWarning[];
}
