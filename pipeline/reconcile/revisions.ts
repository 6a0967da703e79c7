import type { Claim } from '../extract/claims.ts';
import { findDate } from '../extract/dates.ts';
import type { TableBlock } from '../ingest/blocks.ts';
import { groupBy } from '../lib/collections.ts';
import { parseNumber } from '../lib/numbers.ts';
import type { Source } from '../lib/manifest.ts';
import type { AliasRow } from '../names/aliases.ts';
import { factId, keyOf } from './facts.ts';
import type { Inference } from './infer.ts';
import { rankClaims } from './sources.ts';
import { firstLineIn, spellingsByEntity, type EntitySpellings } from './spellings.ts';

export const REVISION_CHANGE_KINDS = [
  'figure-changed',
  'figure-added',
  'figure-dropped',
  'spelling-changed',
  'name-blanked',
  'words-changed',
  'table-added',
  'table-dropped',
] as const;
export type RevisionChangeKind = (typeof REVISION_CHANGE_KINDS)[number];

/** One thing that differs between two revisions of a document. */
export interface RevisionChange {
  /** `<older>..<newer>:<kind>:<subject>` as a slug, with `:2`, `:3` … after a repeat (in line order). */
  change_id: string;
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

/** A numbered revision of a document: what revisionChanges compares, and the only sources whose tables it reads. */
export const isRevision = (s: Source) => Boolean(s.revision_of) && s.revision !== null;

/** What changed between each pair of consecutive revisions of a document: figures, names and tables. */
export function revisionChanges(input: RevisionInput): RevisionChange[] {
  const documents = groupBy([...input.sources.values()].filter(isRevision), (s) => s.revision_of!);
  // what every pair reads, indexed once: a source's linked claims, an entity's spellings
  const indexed: Indexed = {
    ...input,
    claimsOf: groupBy(
      input.claims.filter((c) => c.linked),
      (c) => c.source_id,
    ),
    spellings: spellingsByEntity(input.aliases),
  };
  return [...documents].flatMap(([document, revisions]) => {
    const ordered = revisions.sort((a, b) => a.revision! - b.revision!);
    return ordered.slice(1).flatMap((newer, i) => {
      const older = ordered[i]!;
      const pair = { document, older: older.source_id, newer: newer.source_id };
      return withIds([
        ...figures(indexed, pair),
        ...names(indexed, pair),
        ...tables(input, pair),
        ...rowTexts(input, pair),
      ]);
    });
  });
}

type Pair = Pick<RevisionChange, 'document' | 'older' | 'newer'>;
interface Indexed extends RevisionInput {
  claimsOf: Map<string, Claim[]>;
  spellings: EntitySpellings[];
}
type Unnamed = Omit<RevisionChange, 'change_id'>;

/** Ids that stay while the same change is found again: made of the pair, the kind and the subject, not of lines. */
function withIds(changes: Unnamed[]): RevisionChange[] {
  const slug = (c: Unnamed) =>
    `${c.older}..${c.newer}:${c.kind}:${c.subject}`
      .toLowerCase()
      .replace(/[^\p{L}\p{N}:._-]+/gu, '-')
      .replace(/-+(?=:|$)|(?<=:)-+/g, '');
  const seen = new Map<string, number>();
  const byLine = (a: Unnamed, b: Unnamed) =>
    (a.older_line ?? 0) - (b.older_line ?? 0) || (a.newer_line ?? 0) - (b.newer_line ?? 0);
  const named = new Map<Unnamed, string>();
  for (const change of [...changes].sort(byLine)) {
    const id = slug(change);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    named.set(change, n === 1 ? id : `${id}:${n}`);
  }
  return changes.map((c) => ({ change_id: named.get(c)!, ...c }));
}

function figures(input: Indexed, pair: Pair): Unnamed[] {
  const best = (sourceId: string) => {
    const byFact = new Map<string, Claim>();
    for (const claim of rankClaims(input.claimsOf.get(sourceId) ?? [], input.sources)) {
      if (!byFact.has(factId(keyOf(claim)))) byFact.set(factId(keyOf(claim)), claim);
    }
    return byFact;
  };
  const [older, newer] = [best(pair.older), best(pair.newer)];
  return [...new Set([...older.keys(), ...newer.keys()])].sort().flatMap((id): Unnamed[] => {
    const [o, n] = [older.get(id), newer.get(id)];
    const change = (kind: RevisionChangeKind): Unnamed => ({
      ...pair,
      kind,
      subject: id,
      older_text: o?.figure ?? null,
      newer_text: n?.figure ?? null,
      older_line: o?.line ?? null,
      newer_line: n?.line ?? null,
    });
    if (o && n) return o.value === n.value ? [] : [change('figure-changed')];
    return [change(o ? 'figure-dropped' : 'figure-added')];
  });
}

/** Spellings one revision uses for an entity and the other does not, and names the newer one blanked. */
function names(input: Indexed, pair: Pair): Unnamed[] {
  const spelled = input.spellings.flatMap(({ entity, rows }): Unnamed[] => {
    const only = (mine: string, theirs: string) => rows.filter((r) => r.sources.has(mine) && !r.sources.has(theirs));
    const [gone, come] = [only(pair.older, pair.newer), only(pair.newer, pair.older)];
    if (gone.length === 0 || come.length === 0) return [];
    return [
      {
        ...pair,
        kind: 'spelling-changed',
        subject: entity,
        older_text: gone.map((r) => r.row.alias).join(', '),
        newer_text: come.map((r) => r.row.alias).join(', '),
        older_line: firstLineIn(gone[0]!, pair.older),
        newer_line: firstLineIn(come[0]!, pair.newer),
      },
    ];
  });
  const blanked = input.inferences
    .filter((f) => f.source_id === pair.newer && f.from_source_id === pair.older)
    .map((f): Unnamed => ({
      ...pair,
      kind: 'name-blanked',
      subject: f.region_id ?? f.election_id ?? f.poll_id ?? '',
      older_text:
        input.tables
          .get(pair.older)
          ?.flatMap((t) => t.rows)
          .find((r) => r.line === f.from_line)
          ?.cells.find((c) => c !== '') ?? null,
      newer_text:
        input.tables
          .get(pair.newer)
          ?.flatMap((t) => t.rows)
          .find((r) => r.line === f.line)?.cells[0] ?? null,
      older_line: f.from_line,
      newer_line: f.line,
    }));
  return [...spelled, ...blanked];
}

const heading = (t: TableBlock) => (t.section.at(-1) ?? '').toLowerCase();
const sameTable = (a: TableBlock, b: TableBlock) =>
  heading(a) === heading(b) || a.columns.join('|') === b.columns.join('|');

/** Tables one revision has and the other not, matched by their heading or by their columns. */
function tables(input: RevisionInput, pair: Pair): Unnamed[] {
  const [older, newer] = [input.tables.get(pair.older) ?? [], input.tables.get(pair.newer) ?? []];
  const same = sameTable;
  const describe = (t: TableBlock) =>
    `${t.section.at(-1) ?? 'table'}: ` +
    (t.columns.filter((c) => c !== '').join(' | ') || `${t.rows.length} rows without a header`);
  return [
    ...older
      .filter((t) => !newer.some((u) => same(t, u)))
      .map((t): Unnamed => ({
        ...pair,
        kind: 'table-dropped',
        subject: describe(t),
        older_text: t.rows[0]?.raw ?? null,
        newer_text: null,
        older_line: t.first_line,
        newer_line: null,
      })),
    ...newer
      .filter((t) => !older.some((u) => same(t, u)))
      .map((t): Unnamed => ({
        ...pair,
        kind: 'table-added',
        subject: describe(t),
        older_text: null,
        newer_text: t.rows[0]?.raw ?? null,
        older_line: null,
        newer_line: t.first_line,
      })),
  ];
}

/**
 * The words of a row that one revision has and the other not (an ideology, a leader), row by row for the same subject.
 */
function rowTexts(input: RevisionInput, pair: Pair): Unnamed[] {
  const [older, newer] = [input.tables.get(pair.older) ?? [], input.tables.get(pair.newer) ?? []];
  // words, not figures, dates or missing marks (those are compared as figures)
  const words = (cells: string[]) =>
    new Set(
      cells.filter(
        (c) => /\p{L}{2}/u.test(c) && parseNumber(c) === null && findDate(c) === null && input.entityOf(c) === null,
      ),
    );
  const subjectOf = (cells: string[]) => cells.map(input.entityOf).find((e) => e !== null) ?? null;
  // a subject named on two rows (one pollster, two polls) cannot be matched row to row by its name
  const once = (rows: TableBlock['rows'], subject: string) =>
    rows.filter((r) => subjectOf(r.cells) === subject).length === 1;
  return older.flatMap((table) => {
    const match = newer.find((t) => sameTable(table, t));
    if (!match) return [];
    return table.rows.flatMap((row): Unnamed[] => {
      const subject = subjectOf(row.cells);
      const other =
        subject && once(table.rows, subject) && once(match.rows, subject)
          ? match.rows.find((r) => subjectOf(r.cells) === subject)
          : undefined;
      if (!subject || !other) return [];
      const [was, now] = [words(row.cells), words(other.cells)];
      const gone = [...was].filter((w) => !now.has(w));
      const come = [...now].filter((w) => !was.has(w));
      if (gone.length === 0 && come.length === 0) return [];
      return [
        {
          ...pair,
          kind: 'words-changed',
          subject: `${table.section.at(-1) ?? 'table'}: ${subject}`,
          older_text: gone.join(', ') || null,
          newer_text: come.join(', ') || null,
          older_line: row.line,
          newer_line: other.line,
        },
      ];
    });
  });
}
