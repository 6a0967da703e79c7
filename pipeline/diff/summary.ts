// The terminal summary: one heading line per table (unchanged tables are that line alone), then
// the schema changes and the rows added, removed and changed, each with its key.
import { count } from '../lib/counts.ts';
import type { DataDiff } from './diff.ts';
import type { SchemaChange } from './schema.ts';
import type { CellChange, TableDiff } from './table.ts';
import type { Cell } from './typed.ts';

export interface SummaryOptions {
  colour: boolean;
  /** Rows listed per kind and table; the rest are counted (the page lists them all). */
  limit: number;
  /** Where every row is listed, named after the count of those left out. */
  page: string;
}

const ANSI = { bold: 1, dim: 2, red: 31, green: 32, yellow: 33, cyan: 36 } as const;
type Paint = (style: keyof typeof ANSI, text: string) => string;
const VALUE_WIDTH = 60;
const OPEN_CONFLICTS = 'open conflicts';

export function formatSummary(diff: DataDiff, options: SummaryOptions): string {
  // daff's TerminalDiffRender always writes colour codes, so the summary is written here, coloured only when asked
  const paint: Paint = options.colour ? (style, text) => `\u001b[${ANSI[style]}m${text}\u001b[0m` : (_, text) => text;
  const side = ({ label, version }: DataDiff['from']) =>
    `${label}, ${version === null ? 'no version' : `version ${version}`}`;
  const differing = diff.tables.filter((t) => t.status !== 'unchanged').length;
  const lines = [
    `processed/ at ${side(diff.from)}`,
    `        against ${side(diff.to)}`,
    differing === 0 ? 'no differences' : `${differing} of ${diff.tables.length} tables differ`,
    '',
  ];
  const width = Math.max(...diff.tables.map((t) => t.name.length), OPEN_CONFLICTS.length) + 2;
  for (const table of diff.tables) {
    if (table.name === 'conflicts') lines.push(openConflictsLine(diff.openConflicts, width, paint));
    lines.push(...tableLines(table, width, options, paint));
  }
  return `${lines.join('\n')}\n`;
}

function openConflictsLine({ from, to }: DataDiff['openConflicts'], width: number, paint: Paint): string {
  const figures = from === to ? `${from ?? '–'}, unchanged` : `${from ?? '–'} → ${to ?? '–'}`;
  const shown = from === to ? paint('dim', figures) : paint('yellow', figures);
  return `${paint('bold', OPEN_CONFLICTS.padEnd(width))}${shown}`;
}

function tableLines(table: TableDiff, width: number, options: SummaryOptions, paint: Paint): string[] {
  const heading = (text: string) => `${paint('bold', table.name.padEnd(width))}${text}`;
  const { from, to } = table.rows;
  switch (table.status) {
    case 'unchanged':
      return [paint('dim', `${table.name.padEnd(width)}unchanged, ${rowsWord(to)}`)];
    case 'added':
      return [heading(paint('green', `table added, ${rowsWord(to)}`))];
    case 'removed':
      return [heading(paint('red', `table removed, ${rowsWord(from)}`))];
    case 'not-compared':
      return [
        heading(paint('yellow', `rows not compared: ${table.reason}`)),
        ...table.schema.map((c) => `  ${schemaLine(c)}`),
      ];
  }
  const counts = [
    [table.added.length, 'added'],
    [table.removed.length, 'removed'],
    [table.changed.length, 'changed'],
  ] as const;
  const said = counts.filter(([n]) => n > 0).map(([n, what]) => `${count(n)} ${what}`);
  const sizes = from === to ? rowsWord(to) : `${rowsWord(from)} → ${count(to)}`;
  const lines = [heading(`${said.length > 0 ? `rows ${said.join(', ')}` : 'rows the same'}; ${sizes}`)];
  lines.push(...table.schema.map((change) => `  ${paint('cyan', schemaLine(change))}`));
  const listed = <T>(items: T[], what: string, line: (item: T) => string) => [
    ...items.slice(0, options.limit).map(line),
    ...(items.length > options.limit
      ? [paint('dim', `  … ${count(items.length - options.limit)} more ${what}: ${options.page} lists them all`)]
      : []),
  ];
  lines.push(...listed(table.added, 'added', (key) => paint('green', `  + ${keyText(key)}`)));
  lines.push(...listed(table.removed, 'removed', (key) => paint('red', `  - ${keyText(key)}`)));
  lines.push(
    ...listed(
      table.changed,
      'changed',
      ({ key, cells }) => `  ${paint('yellow', '→')} ${keyText(key)}  ${cells.map(changeText).join('; ')}`,
    ),
  );
  return lines;
}

export function schemaLine(change: SchemaChange): string {
  switch (change.kind) {
    case 'column-added':
      return `column added: ${change.column} (${change.type})`;
    case 'column-removed':
      return `column removed: ${change.column} (${change.type})`;
    case 'column-renamed':
      return `column renamed: ${change.from} → ${change.to}`;
    case 'type-changed':
      return `type of ${change.column}: ${change.from} → ${change.to}`;
    case 'primary-key-changed':
      return `primary key: (${change.from.join(', ')}) → (${change.to.join(', ')})`;
  }
}

const rowsWord = (n: number) => `${count(n)} row${n === 1 ? '' : 's'}`;
export const keyText = (key: Cell[]) => key.map((k) => k ?? '(missing)').join(' · ');

/** A long text is shown from a little before its first difference, so the two sides read differently. */
function changeText({ column, from, to }: CellChange): string {
  const flat = (v: Cell) => (v === null ? null : JSON.stringify(v).slice(1, -1));
  const [a, b] = [flat(from), flat(to)];
  let first = 0;
  while (a && b && first < a.length && a[first] === b[first]) first++;
  const start = Math.max(0, first - 20);
  return `${column} ${valueText(a, start)} → ${valueText(b, start)}`;
}

function valueText(flat: string | null, start: number): string {
  if (flat === null) return '(missing)';
  if (flat.length <= VALUE_WIDTH) return /[\s;→]|^$/.test(flat) ? `"${flat}"` : flat;
  const shown = flat.slice(start, start + VALUE_WIDTH - 1);
  return `"${start > 0 ? '…' : ''}${shown}${start + shown.length < flat.length ? '…' : ''}"`;
}
