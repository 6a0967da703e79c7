// The normalise stage's work on the real sources: every name the sources use, resolved.
import { describe, expect, it } from 'vitest';
import { aliasTable } from '../../pipeline/names/aliases.ts';
import { registryNames } from '../../pipeline/names/names.ts';
import { surfaceMentions } from '../../pipeline/normalise/surfaces.ts';
import { loadRegistry } from '../../pipeline/registry/registry.ts';
import { figureLabels } from '../../pipeline/registry/vocabulary.ts';
import { ingestSource } from '../../pipeline/ingest/ingest.ts';
import type { TableBlock } from '../../pipeline/ingest/blocks.ts';
import { ingestReal } from '../ingest/real-sources.ts';

const SOURCE_IDS = ['wiki-2021-sentences', 'wiki-2021-older', 'wiki-2021-newer', 'analysis-2021', 'commentary-2021'];
const names = registryNames(loadRegistry());
const tools = { names, labels: figureLabels() };
const mentions = SOURCE_IDS.flatMap((id) => surfaceMentions(ingestReal(id).blocks, tools));
const rows = aliasTable(mentions, SOURCE_IDS);
const row = (alias: string) => rows.find((r) => r.alias === alias);

describe('the alias table of the five sources', () => {
  it('resolves every name the sources use', () => {
    expect(rows.filter((r) => r.entity_id === null)).toEqual([]);
  });

  it.each([
    ['Aq Jol', 'ak-zhol'],
    ['Ak Zhol', 'ak-zhol'],
    ['Aq Zhol', 'ak-zhol'],
    ['"Aq Jol" Democratic Party', 'ak-zhol'],
    ['AJ', 'ak-zhol'],
    ['Nur Otan', 'nur-otan'],
    ['Nur-Otan', 'nur-otan'],
    ['NO', 'nur-otan'],
    ['QHP', 'peoples-party'],
    ['QKHP', 'peoples-party'],
    ["People's Party", 'peoples-party'],
    ['Peoples Party', 'peoples-party'],
    ["Communist People's Party of Kazakhstan", 'peoples-party'],
    ["Auyl People's Democratic Patriotic Party", 'auyl'],
    ['AUYL', 'auyl'],
    ['Adal', 'adal'],
    ['ADAL', 'adal'],
    ['Birlik', 'adal'],
    ['JSDP', 'jsdp'],
    ['Mäjilis', 'mazhilis'],
    ['Mazhilis', 'mazhilis'],
    ['Majilis', 'mazhilis'],
    ['OSK', 'cec'],
    ['Democratic Insitute', 'democratic-institute'],
    ['Qogamdyq Pikir', 'qogamdyq-pikir'],
    ['Astana Zertteu', 'astana-zertteu'],
    ['Ак жол', 'ak-zhol'],
    ['Ауыл', 'auyl'],
    ['Адал', 'adal'],
    ['Бірлік', 'adal'],
    ['ОСДП', 'jsdp'],
    ['КНПК', 'peoples-party'],
    ['мажилис', 'mazhilis'],
  ])('%s → %s, with where it is used', (alias, id) => {
    const found = row(alias);
    expect(found?.entity_id, alias).toBe(id);
    expect(found!.mentions).toBeGreaterThan(0);
    expect(found!.lines.length).toBeGreaterThan(0);
  });

  it('names the lines that use a spelling', () => {
    expect(row('Democratic Insitute')).toMatchObject({
      mentions: 1,
      sources: ['wiki-2021-older'],
      lines: ['wiki-2021-older:155'],
      contexts: ['table-cell'],
    });
    expect(row('Peoples Party')).toMatchObject({
      sources: ['analysis-2021'],
      lines: ['analysis-2021:5'],
      contexts: ['prose'],
    });
    expect(row('Birlik')).toMatchObject({ renamed: 'Birlik → Adal (2020-11-05)', name_kind: 'former-name' });
  });

  it("resolves every row of both revisions' regional tables, blanked names aside", () => {
    for (const [sourceId, firstLine] of [
      ['wiki-2021-older', 182],
      ['wiki-2021-newer', 285],
    ] as const) {
      const table = ingestReal(sourceId).blocks.find((b) => b.kind === 'table' && b.first_line === firstLine)!;
      const lines = new Set(
        (table.kind === 'table' ? table.rows : [])
          .filter((r) => /\p{L}/u.test(r.cells[0]!))
          .map((r) => `${sourceId}:${r.line}`),
      );
      const regionMentions = rows.filter((r) => r.entity_type === 'region' && r.lines.some((l) => lines.has(l)));
      const resolvedLines = new Set(regionMentions.flatMap((r) => r.lines.filter((l) => lines.has(l))));
      expect(resolvedLines).toEqual(lines);
    }
  });

  it('does not report figure labels of a name column (Total, Valid votes) as unknown names', () => {
    expect(row('Valid votes')).toBeUndefined();
    expect(row('Total')).toBeUndefined();
  });

  it('keeps election labels with a year (2016 Results, 2021 results) out of the names: they are labels', () => {
    expect([row('2016 Results'), row('2021 results'), row('2016 result')]).toEqual([undefined, undefined, undefined]);
  });

  it('lists rows in a stable order: by alias, then entity', () => {
    const aliases = rows.map((r) => r.alias);
    expect(aliases).toEqual([...aliases].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});

describe('a name the registry does not know', () => {
  it('is kept, with its file, line and suggestions', () => {
    const source = {
      source_id: 'made-up',
      file: 'raw/made-up.txt',
      sha256: '0'.repeat(64),
      layout: 'line-per-paragraph' as const,
    };
    const text =
      '| Party | Votes |\n| Nur Otan | 5,148,074 |\n| Aq Jolo | 792,828 |\n| Total | 5,940,902 |\n\nThe Green Future Party won no seats.\n';
    const made = aliasTable(surfaceMentions(ingestSource(source, text).blocks, tools), ['made-up']);
    expect(made.filter((r) => r.entity_id === null).map((r) => [r.alias, r.lines])).toEqual([
      ['Aq Jolo', ['made-up:3']],
      ['Green Future Party', ['made-up:6']],
    ]);
    expect(names.resolver.suggest('Aq Jolo')[0]!.id).toBe('ak-zhol');
  });
});

describe('a table cell that names one entity twice', () => {
  it('gives each part as a name the source uses, so that extract finds the row subject in the record', () => {
    const row = (line: number, cells: string[]) => ({ line, last_line: line, raw: cells.join(' | '), cells });
    const table: TableBlock = {
      kind: 'table',
      source_id: 'made-up',
      section: [],
      first_line: 1,
      last_line: 2,
      dialect: 'leading-pipe',
      width: 2,
      header_rows: [row(1, ['Party', 'Votes'])],
      columns: ['Party', 'Votes'],
      rows: [row(2, ['Nur Otan | NO', '5,148,074'])],
    };
    expect(surfaceMentions([table], tools).map((m) => [m.surface, m.line, m.resolution.id])).toEqual([
      ['Nur Otan', 2, 'nur-otan'],
      ['NO', 2, 'nur-otan'],
    ]);
  });
});
