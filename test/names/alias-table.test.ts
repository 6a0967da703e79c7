// The alias table is the record of the resolutions the claims use: normalise resolves every name once and
// records each source's names; extract gives a claim an id only through that record.
import { describe, expect, it } from 'vitest';
import { sourceContext } from '../../pipeline/extract/context.ts';
import { extractClaims, type ExtractedSource } from '../../pipeline/extract/extract.ts';
import type { IngestedSource } from '../../pipeline/ingest/blocks.ts';
import { ingestSource } from '../../pipeline/ingest/ingest.ts';
import { aliasTable, type AliasRow } from '../../pipeline/names/aliases.ts';
import { recordedNames, recordOf, type NameReader, type SourceNames } from '../../pipeline/names/names.ts';
import { surfaceMentions } from '../../pipeline/normalise/surfaces.ts';
import { figureLabels } from '../../pipeline/registry/vocabulary.ts';
import { ingestReal } from '../ingest/real-sources.ts';
import { resolving, tools } from '../extract/real-claims.ts';

const labels = figureLabels();

/** What normalise makes of some sources: the alias table and each source's record. */
function normalise(sources: IngestedSource[]): { table: AliasRow[]; records: Map<string, SourceNames> } {
  const mentions = sources.map((s) => surfaceMentions(s.blocks, { names: resolving, labels }));
  const table = aliasTable(
    mentions.flat(),
    sources.map((s) => s.source_id),
  );
  const records = new Map(
    sources.map((s, i) => [
      s.source_id,
      recordOf(
        s.source_id,
        mentions[i]!.map((m) => m.resolution),
      ),
    ]),
  );
  return { table, records };
}

/** A reader that notes every name it answered with an id, as `surface → id`. */
function noting(reader: NameReader, answered: Set<string>): NameReader {
  const note = (surface: string, id: string | null) => id && answered.add(`${surface} → ${id}`);
  return {
    lookup: (name, type) => {
      const found = reader.lookup(name, type);
      note(name, found.id);
      return found;
    },
    scan: (text) => {
      const mentions = reader.scan(text);
      for (const m of mentions) note(m.text, m.resolution.id);
      return mentions;
    },
  };
}

/** Extracts with the recorded names (as `make all` does), noting the names extract was answered. */
function extract(
  source: IngestedSource,
  record: SourceNames,
  manifest: { election_id: string | null } = { election_id: 'kz-mazhilis-2021' },
) {
  const answered = new Set<string>();
  const names = noting(recordedNames(record, tools.scanner), answered);
  const extracted = extractClaims(source, sourceContext(tools, { ...source, ...manifest }, names));
  return { extracted, answered };
}

/** The entity ids a claim carries that a name gave it (the election is the manifest's unless a name gave it). */
const namedIds = (e: ExtractedSource) => {
  const pollsters = new Map(e.polls.map((p) => [p.poll_id, p.pollster_id]));
  return e.claims
    .filter((c) => c.linked)
    .map((c) => ({
      claim_id: c.claim_id,
      ids: [c.party_id, c.region_id, c.organisation_id, c.poll_id && pollsters.get(c.poll_id)].filter(
        (id): id is string => Boolean(id),
      ),
    }));
};

const made = (text: string): IngestedSource =>
  ingestSource(
    {
      source_id: 'made-up',
      file: 'raw/made-up.txt',
      sha256: '0'.repeat(64),
      layout: 'line-per-paragraph',
      election_id: 'kz-mazhilis-2021',
    },
    text,
  );

describe('a small made-up source', () => {
  const source = made(
    [
      '| Party | Votes | % |',
      '| Nur Otan | 1,000 | 50% |',
      '| Aq Jol | 600 | 30% |',
      '',
      'Ak Zhol won 12 seats, and Auyl won 5 seats.',
      '',
    ].join('\n'),
  );
  const { table, records } = normalise([source]);
  const { extracted, answered } = extract(source, records.get('made-up')!);

  it('links each figure to the party the text names, by hand', () => {
    expect(extracted.claims.filter((c) => c.linked).map((c) => [c.line, c.party_id, c.metric, c.value])).toEqual([
      [2, 'nur-otan', 'votes', 1000],
      [2, 'nur-otan', 'vote_share', 50],
      [3, 'ak-zhol', 'votes', 600],
      [3, 'ak-zhol', 'vote_share', 30],
      [5, 'ak-zhol', 'seats', 12],
      [5, 'auyl', 'seats', 5],
    ]);
  });

  it('has an alias table of exactly the spellings the claims used, each with its id', () => {
    const rows = table.map((r) => `${r.alias} → ${r.entity_id}`);
    expect(rows).toEqual(['Ak Zhol → ak-zhol', 'Aq Jol → ak-zhol', 'Auyl → auyl', 'Nur Otan → nur-otan']);
    expect([...answered].sort()).toEqual(rows);
  });

  it('gives no id that the record does not hold: extract resolves nothing itself', () => {
    const record = records.get('made-up')!;
    const withoutAqJol = { ...record, names: record.names.filter((r) => r.input !== 'Aq Jol') };
    const line3 = extract(source, withoutAqJol).extracted.claims.filter((c) => c.line === 3);
    expect(line3.map((c) => [c.party_id, c.value, c.linked])).toEqual([
      [null, 600, false],
      [null, 30, false],
    ]);
    const none = extract(source, { source_id: 'made-up', names: [] }).extracted;
    expect(namedIds(none).flatMap((c) => c.ids)).toEqual([]);
  });
});

describe('the five sources', () => {
  const ids = ['wiki-2021-sentences', 'wiki-2021-older', 'wiki-2021-newer', 'analysis-2021', 'commentary-2021'];
  const sources = ids.map(ingestReal);
  const { table, records } = normalise(sources);
  const rowsOf = new Map(
    ids.map((id) => [
      id,
      new Set(table.filter((r) => r.sources.includes(id)).map((r) => `${r.alias} → ${r.entity_id}`)),
    ]),
  );
  const runs = sources.map((s) => ({ source: s, ...extract(s, records.get(s.source_id)!, s) }));

  it('answers extract only with rows of the alias table that list the source', () => {
    // spellings read off the texts by hand: the newer revision writes Aq Jol, the older Ak Zhol
    expect(runs.find((r) => r.source.source_id === 'wiki-2021-newer')!.answered).toContain('Aq Jol → ak-zhol');
    expect(runs.find((r) => r.source.source_id === 'wiki-2021-older')!.answered).toContain('Ak Zhol → ak-zhol');
    for (const { source, answered } of runs) {
      expect(
        [...answered].filter((a) => !rowsOf.get(source.source_id)!.has(a)),
        source.source_id,
      ).toEqual([]);
    }
  });

  it('gives every linked claim only ids that a name of its own source was answered with', () => {
    for (const { source, extracted, answered } of runs) {
      const given = new Set([...answered].map((a) => a.split(' → ')[1]));
      const named = namedIds(extracted);
      expect(
        named.some((c) => c.ids.length > 0),
        source.source_id,
      ).toBe(true);
      expect(
        named.filter((c) => c.ids.some((id) => !given.has(id))),
        source.source_id,
      ).toEqual([]);
    }
  });

  it('records for each source exactly its resolved rows of the alias table', () => {
    for (const [id, record] of records) {
      expect(new Set(record.names.map((r) => `${r.input} → ${r.id}`)), id).toEqual(rowsOf.get(id));
    }
  });
});
