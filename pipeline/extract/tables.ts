import type { TableBlock, TableRow } from '../ingest/blocks.ts';
import type { UnreadNumber } from '../lib/number-tokens.ts';
import { parseNumber, type NumberMention, type NumberStyle } from '../lib/numbers.ts';
import { cellStarts, columnStyle, figureAt, figuresIn } from './cells.ts';
import { cellNames, namedFront } from '../names/names.ts';
import type { Resolution } from '../names/resolver.ts';
import type { ColumnLabel, RowLabel } from '../registry/vocabulary.ts';
import { makeClaim, type Claim, type ClaimSubject } from './claims.ts';
import {
  electionLabelled,
  electionNamedIn,
  metricByUnit,
  previousElectionId,
  registerPoll,
  type ExtractContext,
} from './context.ts';
import { findDate, isCalendarDay, noCalendarDay } from './dates.ts';

/** What a column's header says about the figures under it. */
interface Column {
  party: Resolution | null;
  label: ColumnLabel | null;
  election_id: string | null;
  isDate: boolean;
}

type RowSubject =
  | { kind: 'entity'; resolution: Resolution; surface: string; first: number; last: number }
  | { kind: 'election'; election_id: string; surface: string; first: number; last: number }
  | { kind: 'label'; label: RowLabel; surface: string; first: number; last: number };

const SUBJECT_TYPES = new Set(['party', 'region', 'pollster', 'election', 'body', 'organisation']);
const ANCHOR = /^(?:party|region|poll source|pollster|organi[sz]ation)$/i;
// a table under a heading about the chamber before the vote holds the previous election's figures
const BEFORE_THE_VOTE = /pre-election|outgoing|previous|before the election/i;

/** Claims from every figure of a table: results, regional results, composition, ballot and poll tables alike. */
export function tableClaims(table: TableBlock, context: ExtractContext): Claim[] {
  const columns = table.columns.map((name) => describeColumn(name, context));
  const anchor = table.columns.findIndex((name) => ANCHOR.test(name.trim()));
  const tableElection = table.section.some((s) => BEFORE_THE_VOTE.test(s)) ? previousElectionId(context) : null;
  const pollKind = table.section.some((s) => /exit poll/i.test(s))
    ? 'exit'
    : table.section.some((s) => /poll/i.test(s))
      ? 'opinion'
      : null;
  const styles = new Map<string, NumberStyle>();
  const styleOf = (d: number, h: number) => {
    const key = `${d}:${h}`;
    if (!styles.has(key)) styles.set(key, columnStyle(table, d, table.columns[h]!, context.numberStyle));
    return styles.get(key)!;
  };
  return table.rows.flatMap((row) => {
    const starts = cellStarts(row.raw);
    const subject = rowSubject(row, context);
    const offset = subject && subject.kind !== 'label' && anchor >= 0 ? subject.last - anchor : 0;
    const dateColumn = columns.findIndex((c) => c.isDate);
    const rowDate = dateColumn >= 0 ? findDate(row.cells[dateColumn] ?? '') : null;
    // a row dated on no day of the calendar (`32 December 2020`) names no poll: its figures stay unlinked
    const noDay = rowDate !== null && !isCalendarDay(rowDate) ? noCalendarDay(row.cells[dateColumn]!) : null;
    let poll_id: string | null = null;
    if (subject?.kind === 'entity' && subject.resolution.type === 'pollster' && pollKind && !noDay) {
      const date = rowDate ?? (pollKind === 'exit' ? context.election.details.date : null);
      poll_id = registerPoll(context, subject.resolution.id!, pollKind, date, row.line);
    }
    const claims: Claim[] = [];
    let labelled = 0;
    columns.forEach((column, h) => {
      if (h === anchor || column.isDate) return;
      const d = h < anchor || anchor < 0 ? h : h + offset;
      if (subject && d >= subject.first && d <= subject.last) return;
      const used = new Set<string>();
      figuresIn(row.cells[d] ?? '', styleOf(d, h)).forEach((figure, k) => {
        const read = noDay
          ? { metric: null, note: noDay }
          : subject?.kind === 'label'
            ? labelAbout(subject, labelled++, context)
            : cellAbout(column, figure, subject, poll_id, tableElection, context, used);
        // a row whose cells could not be put under the columns: its figures keep their subject, not a metric
        const about = row.note ? { ...read, metric: null, note: row.note } : read;
        // a table of one cell a line: the figure stands alone on its own line
        const own = row.cell_lines?.[d];
        const where = {
          source_id: context.source_id,
          line: own ?? row.line,
          extraction: 'table' as const,
          excerpt: own ? row.cells[d]! : row.raw,
          sentence: null,
          place: `c${d}${k > 0 ? `.${k}` : ''}`,
          at: { column: 0, figureAt: own ? figure.start : figureAt(row.raw, starts, d, figure.text) },
        };
        claims.push(makeClaim(where, figure, about, context.registry.metrics));
      });
    });
    return claims;
  });
}

function describeColumn(name: string, context: ExtractContext): Column {
  // a two-row header reads `Nur Otan Votes`: the longest front that names an entity, then a label
  const front = namedFront(name, (text) => context.names.lookup(text));
  let party: Resolution | null = front?.resolution ?? null;
  const rest = front ? front.rest : name;
  const named = party?.type === 'election' ? party : null;
  if (party && party.type !== 'party') party = null;
  const labelled = named ? null : electionLabelled(context, name);
  const label: ColumnLabel | null = context.labels.column(rest) ?? labelled?.label ?? null;
  const election = named
    ? electionNamedIn(context, name, named)
    : labelled
      ? labelled.election
      : label?.election === 'previous'
        ? context.previous
        : electionNamedIn(context, name);
  return {
    party,
    label: label ?? (named ? { label: name, by_unit: { any: 'votes', percent: 'vote_share' } } : null),
    election_id: election?.id ?? null,
    isDate: /^date$/i.test(name.trim()),
  };
}

const isNameLike = (cell: string) => /\p{L}{2}/u.test(cell) && parseNumber(cell) === null && findDate(cell) === null;

/** The entity a row is about (its first cells that name one), or the figure label it carries. */
function rowSubject(row: TableRow, context: ExtractContext): RowSubject | null {
  for (let i = 0; i < row.cells.length; i++) {
    const cell = row.cells[i]!;
    if (!isNameLike(cell)) continue;
    const label = context.labels.row(cell);
    if (label) return { kind: 'label', label, surface: cell, first: i, last: i };
    const labelled = electionLabelled(context, cell);
    if (labelled) return { kind: 'election', election_id: labelled.election.id, surface: cell, first: i, last: i };
    const resolution = lookupCell(cell, context);
    if (!resolution.id || !SUBJECT_TYPES.has(resolution.type!)) continue;
    let last = i;
    // `NO | Nur Otan`: an abbreviation and a name side by side are one subject
    while (last + 1 < row.cells.length && context.names.lookup(row.cells[last + 1]!).id === resolution.id) last++;
    return { kind: 'entity', resolution, surface: row.cells.slice(i, last + 1).join(' '), first: i, last };
  }
  return null;
}

/** A cell's entity; a cell holding a `|` (`Ak Zhol | Aq Jol`) names one when every part names the same. */
const lookupCell = (cell: string, context: ExtractContext): Resolution =>
  cellNames(cell, (name) => context.names.lookup(name))[0]!;

function labelAbout(
  subject: Extract<RowSubject, { kind: 'label' }>,
  index: number,
  context: ExtractContext,
): ClaimSubject {
  return {
    subject: subject.surface,
    metric: subject.label.metrics[index] ?? null,
    election_id: context.election.id,
    organisation_id: subject.label.subject ?? null,
    total: true,
  };
}

function cellAbout(
  column: Column,
  figure: NumberMention | UnreadNumber,
  subject: RowSubject | null,
  poll_id: string | null,
  tableElection: string | null,
  context: ExtractContext,
  used: Set<string>,
): ClaimSubject {
  const entity = subject?.kind === 'entity' ? subject.resolution : null;
  const rowElection =
    subject?.kind === 'election' ? subject.election_id : entity?.type === 'election' ? entity.id : null;
  let metric =
    column.label && figure.kind === 'number'
      ? metricByUnit(column.label.by_unit, figure)
      : column.label
        ? (column.label.by_unit.any ?? null)
        : null;
  if (column.party) metric = poll_id ? 'poll_share' : (metric ?? 'vote_share');
  if (metric && poll_id) metric = context.registry.metrics.get(metric)?.polled_as ?? metric;
  // one figure a metric in a cell: `6,183,757, 82.20% (1)` is votes, a share, and an unread third figure
  if (metric && used.has(metric)) metric = null;
  if (metric) used.add(metric);
  const election_id = column.election_id ?? tableElection ?? rowElection ?? (entity ? context.election.id : null);
  return {
    subject: subject?.surface ?? null,
    metric,
    election_id,
    party_id: column.party?.id ?? (entity?.type === 'party' ? entity.id : null),
    region_id: entity?.type === 'region' ? entity.id : null,
    poll_id,
    organisation_id: entity?.type === 'body' || entity?.type === 'organisation' ? entity.id : null,
    note: subject ? null : 'the row names no region, party, poll or election (a name may have been blanked)',
  };
}
