import type { Claim } from '../extract/claims.ts';
import { SOURCE_KINDS, type Source } from '../lib/manifest.ts';
import type { AliasRow } from '../normalise/aliases.ts';
import type { Conflict } from '../reconcile/conflicts.ts';
import type { Fact } from '../reconcile/facts.ts';
import { REVISION_CHANGE_KINDS, type RevisionChange } from '../reconcile/revisions.ts';
import { ENTITY_TYPES, type Registry } from '../registry/registry.ts';
import { f, toEntity, toSource, type TableSpec } from './schema.ts';

const tile = (e: { details: Record<string, unknown> }) => e.details.tile as { row: number; col: number } | undefined;
const list = (items: string[]) => (items.length > 0 ? items.join('; ') : null);
const METRIC =
  'The measure, an id of pipeline/registry/metrics.json (votes, vote_share, seats, seat_change, swing, turnout, …).';
const KEYS = [
  f.text('election_id', 'The election (registry id).'),
  f.text('party_id', 'The party (registry id); empty for a figure about no one party.'),
  f.text('region_id', 'The region (registry id); empty for the whole country.'),
  f.text('poll_id', 'The poll, exit poll or count the figure belongs to; empty for the official result.'),
];

export function sourcesTable(sources: (Source & { bytes: number })[]): TableSpec {
  return {
    name: 'sources',
    title: 'Sources',
    description: 'One row is one raw source text in raw/, as listed in raw/sources.json.',
    fields: [
      f.id('source_id', 'Readable id of the source.'),
      f.text('file', 'File name in raw/.'),
      f.text('title', 'Title.'),
      f.oneOf('kind', 'What the text is.', [...SOURCE_KINDS]),
      f.text('language', 'Language tag.'),
      f.text('revision_of', 'The document this text is a revision or extract of.'),
      f.int('revision', 'Order among the revisions of that document; higher is newer.'),
      f.text('election_id', 'The election the text is about.'),
      f.text('publisher', 'Who published it (news, poll reports and results pages).'),
      f.date('published', 'When it was published (news, poll reports and results pages).'),
      f.text('sha256', 'SHA-256 of the raw file: the file the data was made from.'),
      f.int('bytes', 'Size of the raw file in bytes.'),
    ],
    primaryKey: ['source_id'],
    rows: sources.map((s) => ({
      source_id: s.source_id,
      file: s.file,
      title: s.title,
      kind: s.kind,
      language: s.language,
      revision_of: s.revision_of,
      revision: s.revision,
      election_id: s.election_id,
      publisher: s.publisher ?? null,
      published: s.published ?? null,
      sha256: s.sha256,
      bytes: s.bytes,
    })),
  };
}

export function entitiesTable(registry: Registry): TableSpec {
  return {
    name: 'entities',
    title: 'Entities',
    description:
      'One row is one party, region, body, pollster, organisation or election of the curated registry (pipeline/registry/).',
    fields: [
      f.id('entity_id', 'Stable registry id (slug).'),
      f.oneOf('entity_type', 'Kind of entity.', [...ENTITY_TYPES], true),
      f.text('name_en', 'Name in English.'),
      f.text('name_kk', 'Name in Kazakh (Cyrillic).'),
      f.text('name_kk_latn', 'Name in Kazakh (Latin).'),
      f.text('name_ru', 'Name in Russian.'),
      f.text('abbreviation', 'Abbreviations, separated by "; ".'),
      f.text('translation', 'What the name means in English, "; "-separated.'),
      f.text('formerly', 'Former names with the date of the change: "Birlik (until 2020-11-05)".'),
      f.text('later', 'Later names with the date of the change.'),
      f.text('colour', 'For parties: the colour the reports draw them in.'),
      f.text('short_name', 'For parties and regions: the short name the reports print on axes, tiles and labels.'),
      f.int(
        'list_order',
        'Position among the entities of its type in the registry: the order the reports list parties in.',
      ),
      f.int('tile_row', "For regions: the row of its tile in the reports' tile-grid map (0 is the top, north)."),
      f.int('tile_col', 'For regions: the column of its tile in the tile-grid map (0 is the left, west).'),
    ],
    primaryKey: ['entity_id'],
    rows: registry.entities.map((e) => ({
      entity_id: e.id,
      entity_type: e.type,
      name_en: e.name_en,
      name_kk: e.name_kk,
      name_kk_latn: e.name_kk_latn,
      name_ru: e.name_ru,
      abbreviation: list(e.abbreviations),
      translation: list(e.translations),
      formerly: list(e.former_names.map((n) => `${n.name} (until ${n.changed})`)),
      later: list(e.later_names.map((n) => `${n.name} (from ${n.changed})`)),
      colour: e.colour,
      short_name: e.details.short_name ?? null,
      list_order: registry.entities.filter((o) => o.type === e.type).indexOf(e) + 1,
      tile_row: tile(e)?.row ?? null,
      tile_col: tile(e)?.col ?? null,
    })),
  };
}

export function aliasesTable(aliases: AliasRow[]): TableSpec {
  return {
    name: 'aliases',
    title: 'Aliases',
    description: 'One row is one spelling of a name as the sources write it, and the entity it resolves to.',
    fields: [
      f.id('alias', 'The name as written.'),
      f.text('entity_id', 'The entity it names; empty when it resolves to none.'),
      f.text('entity_type', 'Kind of entity.'),
      f.oneOf(
        'method',
        'How it resolved: exact name, folded key, transliterated skeleton, or not.',
        ['exact', 'folded', 'transliterated', 'unresolved'],
        true,
      ),
      f.text(
        'name_kind',
        "Which of the entity's names it matched: name, abbreviation, translation, alias, former-name, later-name.",
      ),
      f.text('renamed', 'For a former or later name: the rename and its date.'),
      f.int('mentions', 'How often the sources use it.'),
      f.text('sources', 'The sources that use it, "; "-separated.'),
      f.text('lines', 'Where: source_id:line, "; "-separated.'),
    ],
    primaryKey: ['alias'],
    foreignKeys: [toEntity('entity_id')],
    rows: aliases.map((a) => ({
      alias: a.alias,
      entity_id: a.entity_id,
      entity_type: a.entity_type,
      method: a.method,
      name_kind: a.name_kind,
      renamed: a.renamed,
      mentions: a.mentions,
      sources: list(a.sources),
      lines: list(a.lines),
    })),
  };
}

export function claimsTable(claims: Claim[]): TableSpec {
  return {
    name: 'claims',
    title: 'Claims',
    description:
      'One row is one figure as one source states it, on one line: what it is about, its value as written, and whether its subject and measure could be read (linked).',
    fields: [
      f.id('claim_id', 'source_id:line:column (or cell) of the figure; stable while its line stays.'),
      f.id('source_id', 'The source.'),
      f.int('line', 'Line in the raw file (1-based).'),
      f.oneOf('extraction', 'Where in the text the figure stands.', ['table', 'infobox', 'list', 'prose'], true),
      f.text('metric', METRIC),
      ...KEYS,
      f.text('organisation_id', 'Another subject: a body or organisation.'),
      f.text(
        'scope',
        'Which part of a count the figure is: part (of whom 322), or a kind and where it came from (foreign, foreign-from-cis-member-states, foreign-from-31-places for a list of 31); empty for the whole.',
      ),
      f.num('value', 'The value; empty when written as missing (–, TBA).'),
      f.text('unit', 'Unit of the value.'),
      f.oneOf('qualifier', 'eq, approx, gt, ge, lt, le or range, as written.', [
        'eq',
        'approx',
        'gt',
        'ge',
        'lt',
        'le',
        'range',
      ]),
      f.num('value_high', 'Upper end of a range.'),
      f.int('decimals', 'Digits written after the decimal point.'),
      f.text('figure', 'The figure as written.'),
      f.text('surface', 'The words that named the subject.'),
      f.bool('linked', 'Whether the measure and every subject it needs are known.'),
      f.text('note', 'Why a claim is unlinked, or how its subject was found.'),
      f.int('excerpt_column', 'Column on the line (1-based) where the excerpt starts.'),
      f.text(
        'excerpt',
        'The raw text on the line the figure was read from, after a leading bullet; a text longer than 600 characters is cut to a window of 600 around the figure. A text cell that would begin with = + - @, a tab or a carriage return starts with an apostrophe in the CSV only (a spreadsheet would read it as a formula).',
      ),
    ],
    primaryKey: ['claim_id'],
    foreignKeys: [toSource, toEntity('election_id'), toEntity('party_id'), toEntity('region_id')],
    rows: claims.map((c) => ({
      claim_id: c.claim_id,
      source_id: c.source_id,
      line: c.line,
      extraction: c.extraction,
      metric: c.metric,
      election_id: c.election_id,
      party_id: c.party_id,
      region_id: c.region_id,
      poll_id: c.poll_id,
      organisation_id: c.organisation_id,
      scope: c.scope,
      value: c.value,
      unit: c.unit,
      qualifier: c.qualifier,
      value_high: c.value_high,
      decimals: c.decimals,
      figure: c.figure,
      surface: c.subject,
      linked: c.linked,
      note: c.note,
      excerpt_column: c.excerpt_column,
      excerpt: c.excerpt,
    })),
  };
}

export function factsTable(facts: Fact[]): TableSpec {
  return {
    name: 'facts',
    title: 'Facts',
    description:
      'One row is the reconciled value for one key (metric, election, party, region, poll): agreed, consistent at the stated precision, derived, resolved by a rule or decision, or left in conflict.',
    fields: [
      f.id('fact_id', 'The key: metric:election[:party][:region][:poll][:organisation][:scope].'),
      f.text('metric', METRIC),
      ...KEYS,
      f.text('organisation_id', 'Another subject: a body or organisation.'),
      f.text(
        'scope',
        'Which part of a count: a kind and where it came from (foreign-from-cis-member-states); counts from different places are different facts.',
      ),
      f.num('value', 'The reconciled value; empty when every source writes it as missing.'),
      f.text('unit', 'Unit.'),
      f.text('qualifier', 'The qualifier of the figure the value comes from.'),
      f.oneOf(
        'status',
        'How the value was reached.',
        ['agreed', 'consistent', 'derived', 'resolved', 'conflict'],
        true,
      ),
      f.text('sources', 'Sources giving the figure, "; "-separated.'),
      f.text('claims', 'Claims behind the value, best first, "; "-separated.'),
      f.text('rule', 'How the value was chosen or computed, in words.'),
    ],
    primaryKey: ['fact_id'],
    foreignKeys: [toEntity('election_id'), toEntity('party_id'), toEntity('region_id')],
    rows: facts.map((x) => ({
      fact_id: x.fact_id,
      metric: x.metric,
      election_id: x.election_id,
      party_id: x.party_id,
      region_id: x.region_id,
      poll_id: x.poll_id,
      organisation_id: x.organisation_id,
      scope: x.scope,
      value: x.value,
      unit: x.unit,
      qualifier: x.qualifier,
      status: x.status,
      sources: list(x.sources),
      claims: list(x.claims),
      rule: x.rule,
    })),
  };
}

export function conflictsTable(conflicts: Conflict[]): TableSpec {
  return {
    name: 'conflicts',
    title: 'Conflicts',
    description:
      'One row is one figure that disagrees with another source or with arithmetic: what was reported, what was expected and how, and what stands.',
    fields: [
      f.id('conflict_id', 'check:claim_id.'),
      f.id('fact_id', 'The key of the fact concerned.'),
      f.text('metric', METRIC),
      f.text('party_id', 'Party.'),
      f.text('region_id', 'Region.'),
      f.text('poll_id', 'Poll.'),
      f.id('source_id', 'The source of the figure.'),
      f.int('line', 'Its line.'),
      f.id('claim_id', 'The claim.'),
      f.num('reported', 'The figure as reported.'),
      f.num('expected', 'The value expected.'),
      f.text('expected_how', 'How the expected value was found.'),
      f.num('difference', 'reported − expected.'),
      f.oneOf(
        'kind',
        'What kind of disagreement.',
        ['rounding', 'typo', 'sign', 'arithmetic', 'disagreement', 'missing', 'scope'],
        true,
      ),
      f.oneOf('severity', 'How much it matters.', ['info', 'warning', 'error'], true),
      f.text('resolution', '"open", or the rule or decision that settled it.'),
      f.text('explanation', 'One sentence a journalist can read.'),
    ],
    primaryKey: ['conflict_id'],
    foreignKeys: [
      toSource,
      { fields: 'claim_id', reference: { resource: 'claims', fields: 'claim_id' } },
      toEntity('party_id'),
      toEntity('region_id'),
    ],
    rows: conflicts.map((c) => ({ ...c })),
  };
}

export function revisionsTable(changes: RevisionChange[]): TableSpec {
  return {
    name: 'revisions',
    title: 'Revision changes',
    description:
      'One row is one thing that changed between two consecutive revisions of one document (raw/sources.json: revision_of, revision): a figure changed, added or dropped; a name spelled differently; a name blanked (its row matched by figures); words changed in a table row; a table added or dropped.',
    fields: [
      f.id(
        'change_id',
        'older..newer:kind:subject as a slug, :2, :3 … after a repeat; stable while the same change is found.',
      ),
      f.id('document', 'The document both are revisions of.'),
      f.id('older_source_id', 'The older revision.'),
      f.id('newer_source_id', 'The next revision.'),
      f.oneOf('kind', 'What changed.', [...REVISION_CHANGE_KINDS], true),
      f.id(
        'subject',
        'What it is about: a fact id (figures), an entity id (names), a table (its heading and columns), or heading: entity (words in a row).',
      ),
      f.text(
        'older_text',
        'As the older revision writes it (figure, spellings, words or first row); empty when it has none.',
      ),
      f.text('newer_text', 'As the newer revision writes it; empty when it has none.'),
      f.int('older_line', 'Line in the older revision.'),
      f.int('newer_line', 'Line in the newer revision.'),
    ],
    primaryKey: ['change_id'],
    foreignKeys: [
      { fields: 'older_source_id', reference: { resource: 'sources', fields: 'source_id' } },
      { fields: 'newer_source_id', reference: { resource: 'sources', fields: 'source_id' } },
    ],
    rows: changes.map((c) => ({
      change_id: c.change_id,
      document: c.document,
      older_source_id: c.older,
      newer_source_id: c.newer,
      kind: c.kind,
      subject: c.subject,
      older_text: c.older_text,
      newer_text: c.newer_text,
      older_line: c.older_line,
      newer_line: c.newer_line,
    })),
  };
}
