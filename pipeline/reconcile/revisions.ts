import type { Claim } from '../extract/claims.ts';
import { findDate } from '../extract/dates.ts';
import type { TableBlock } from '../ingest/blocks.ts';
import { parseNumber } from '../lib/numbers.ts';
import type { Source } from '../lib/manifest.ts';
import type { AliasRow } from '../normalise/aliases.ts';
import { factId, keyOf } from './facts.ts';
import type { Inference } from './infer.ts';
import { rankClaims } from './sources.ts';

export type RevisionChangeKind = 'figure-changed' | 'figure-added' | 'figure-dropped' | 'name-changed' | 'name-blanked' | 'text-changed' | 'table-added' | 'table-dropped';

/** One thing that differs between two revisions of a document. */
export interface RevisionChange {
  document: string;
  older: string;
  newer: string;
  kind: RevisionChangeKind;
  /** The fact, entity or table the change is about. */
  subject: string;
  older_text: string | null;
  newer_text: string | null;
  older_line: number | null;
  newer_line: number | null;
}

export interface RevisionInput {
  claims: Claim[];
  sources: Map<string, Source>;
  aliases: AliasRow[];
  inferences: Inference[];
  tables: Map<string, TableBlock[]>;
  /** The entity a table cell names, if any. */
  entityOf: (cell: string) => string | null;
}

/** What changed between each pair of consecutive revisions of a document: figures, names and tables. */
export function revisionChanges(input: RevisionInput): RevisionChange[] {
  const documents = new Map<string, Source[]>();
  for (const s of input.sources.values()) if (s.revision_of && s.revision !== null) documents.set(s.revision_of, [...(documents.get(s.revision_of) ?? []), s]);
  return [...documents].flatMap(([document, revisions]) => {
    const ordered = revisions.sort((a, b) => a.revision! - b.revision!);
    return ordered.slice(1).flatMap((newer, i) => {
      const older = ordered[i]!;
      const pair = { document, older: older.source_id, newer: newer.source_id };
      return [...figures(input, pair), ...names(input, pair), ...tables(input, pair), ...rowTexts(input, pair)];
    });
  });
}

type Pair = Pick<RevisionChange, 'document' | 'older' | 'newer'>;

function figures(input: RevisionInput, pair: Pair): RevisionChange[] {
  const best = (sourceId: string) => {
    const byFact = new Map<string, Claim>();
    for (const claim of rankClaims(input.claims.filter((c) => c.linked && c.source_id === sourceId), input.sources)) {
      if (!byFact.has(factId(keyOf(claim)))) byFact.set(factId(keyOf(claim)), claim);
    }
    return byFact;
  };
  const [older, newer] = [best(pair.older), best(pair.newer)];
  return [...new Set([...older.keys(), ...newer.keys()])].sort().flatMap((id): RevisionChange[] => {
    const [o, n] = [older.get(id), newer.get(id)];
    const change = (kind: RevisionChangeKind): RevisionChange => ({ ...pair, kind, subject: id, older_text: o?.figure ?? null, newer_text: n?.figure ?? null, older_line: o?.line ?? null, newer_line: n?.line ?? null });
    if (o && n) return o.value === n.value ? [] : [change('figure-changed')];
    return [change(o ? 'figure-dropped' : 'figure-added')];
  });
}

/** Spellings one revision uses for an entity and the other does not, and names the newer one blanked. */
function names(input: RevisionInput, pair: Pair): RevisionChange[] {
  const byEntity = new Map<string, AliasRow[]>();
  for (const row of input.aliases.filter((r) => r.entity_id)) byEntity.set(row.entity_id!, [...(byEntity.get(row.entity_id!) ?? []), row]);
  const spelled = [...byEntity].sort(([a], [b]) => (a < b ? -1 : 1)).flatMap(([entity, rows]): RevisionChange[] => {
    const only = (mine: string, theirs: string) => rows.filter((r) => r.sources.includes(mine) && !r.sources.includes(theirs));
    const [gone, come] = [only(pair.older, pair.newer), only(pair.newer, pair.older)];
    if (gone.length === 0 || come.length === 0) return [];
    const lineIn = (row: AliasRow, sourceId: string) => Number(row.lines.find((l) => l.startsWith(`${sourceId}:`))?.split(':')[1] ?? 0) || null;
    return [{ ...pair, kind: 'name-changed', subject: entity, older_text: gone.map((r) => r.alias).join(', '), newer_text: come.map((r) => r.alias).join(', '), older_line: lineIn(gone[0]!, pair.older), newer_line: lineIn(come[0]!, pair.newer) }];
  });
  const blanked = input.inferences.filter((f) => f.source_id === pair.newer && f.from_source_id === pair.older).map((f): RevisionChange => ({
    ...pair, kind: 'name-blanked', subject: f.region_id ?? f.election_id ?? f.poll_id ?? '', older_text: input.tables.get(pair.older)?.flatMap((t) => t.rows).find((r) => r.line === f.from_line)?.cells.find((c) => c !== '') ?? null,
    newer_text: input.tables.get(pair.newer)?.flatMap((t) => t.rows).find((r) => r.line === f.line)?.cells[0] ?? null, older_line: f.from_line, newer_line: f.line,
  }));
  return [...spelled, ...blanked];
}

const heading = (t: TableBlock) => (t.section.at(-1) ?? '').toLowerCase();
const sameTable = (a: TableBlock, b: TableBlock) => heading(a) === heading(b) || a.columns.join('|') === b.columns.join('|');

/** Tables one revision has and the other not, matched by their heading or by their columns. */
function tables(input: RevisionInput, pair: Pair): RevisionChange[] {
  const [older, newer] = [input.tables.get(pair.older) ?? [], input.tables.get(pair.newer) ?? []];
  const same = sameTable;
  const describe = (t: TableBlock) => `${t.section.at(-1) ?? 'table'}: ${t.columns.filter((c) => c !== '').join(' | ') || `${t.rows.length} rows without a header`}`;
  return [
    ...older.filter((t) => !newer.some((u) => same(t, u))).map((t): RevisionChange => ({ ...pair, kind: 'table-dropped', subject: describe(t), older_text: t.rows[0]?.raw ?? null, newer_text: null, older_line: t.first_line, newer_line: null })),
    ...newer.filter((t) => !older.some((u) => same(t, u))).map((t): RevisionChange => ({ ...pair, kind: 'table-added', subject: describe(t), older_text: null, newer_text: t.rows[0]?.raw ?? null, older_line: null, newer_line: t.first_line })),
  ];
}

/** The words of a row that one revision has and the other not (an ideology, a leader), row by row for the same subject. */
function rowTexts(input: RevisionInput, pair: Pair): RevisionChange[] {
  const [older, newer] = [input.tables.get(pair.older) ?? [], input.tables.get(pair.newer) ?? []];
  // words, not figures, dates or missing marks (those are compared as figures)
  const words = (cells: string[]) => new Set(cells.filter((c) => /\p{L}{2}/u.test(c) && parseNumber(c) === null && findDate(c) === null && input.entityOf(c) === null));
  const subjectOf = (cells: string[]) => cells.map(input.entityOf).find((e) => e !== null) ?? null;
  // a subject named on two rows (one pollster, two polls) cannot be matched row to row by its name
  const once = (rows: TableBlock['rows'], subject: string) => rows.filter((r) => subjectOf(r.cells) === subject).length === 1;
  return older.flatMap((table) => {
    const match = newer.find((t) => sameTable(table, t));
    if (!match) return [];
    return table.rows.flatMap((row): RevisionChange[] => {
      const subject = subjectOf(row.cells);
      const other = subject && once(table.rows, subject) && once(match.rows, subject) ? match.rows.find((r) => subjectOf(r.cells) === subject) : undefined;
      if (!subject || !other) return [];
      const [was, now] = [words(row.cells), words(other.cells)];
      const gone = [...was].filter((w) => !now.has(w));
      const come = [...now].filter((w) => !was.has(w));
      if (gone.length === 0 && come.length === 0) return [];
      return [{ ...pair, kind: 'text-changed', subject: `${table.section.at(-1) ?? 'table'}: ${subject}`, older_text: gone.join(', ') || null, newer_text: come.join(', ') || null, older_line: row.line, newer_line: other.line }];
    });
  });
}
