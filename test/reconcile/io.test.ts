import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SentenceBlock, TableBlock } from '../../pipeline/ingest/blocks.ts';
import { readManifest } from '../../pipeline/lib/manifest.ts';
import { readReconcileInput } from '../../pipeline/reconcile/io.ts';
import { loadRegistry } from '../../pipeline/registry/registry.ts';

let folder = '';
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const table = (sourceId: string): TableBlock => ({
  source_id: sourceId,
  kind: 'table',
  first_line: 3,
  last_line: 4,
  section: [],
  dialect: 'separator',
  width: 2,
  header_rows: [{ line: 3, last_line: 3, raw: 'Party | Votes', cells: ['Party', 'Votes'] }],
  columns: ['Party', 'Votes'],
  rows: [{ line: 4, last_line: 4, raw: 'Nur Otan | 5,148,074', cells: ['Nur Otan', '5,148,074'] }],
});
const sentence = (sourceId: string): SentenceBlock => ({
  source_id: sourceId,
  kind: 'sentence',
  first_line: 1,
  last_line: 1,
  section: [],
  text: 'Nur Otan won 71.09%.',
  citations: [],
  spans: [{ line: 1, column: 0, text: 'Nur Otan won 71.09%.' }],
  paragraph: 0,
});

describe('readReconcileInput', () => {
  it('reads the tables of the numbered revisions of a document only, and no other ingest output', () => {
    folder = mkdtempSync(join(tmpdir(), 'reconcile-io-'));
    const ingest = join(folder, 'ingest');
    mkdirSync(ingest);
    // raw/sources.json: wiki-2021-older and -newer are revisions 1 and 2 of the article; the sentence
    // extract names the article but no revision number; the analysis and the commentary are no revision
    // (a source a user added is read too, and is a revision only if its entry numbers one)
    const manifest = readManifest('raw/sources.json');
    const ids = manifest.map((s) => s.source_id);
    const revisions = manifest.filter((s) => s.revision !== null).map((s) => s.source_id);
    expect(revisions).toEqual(expect.arrayContaining(['wiki-2021-older', 'wiki-2021-newer']));
    expect(revisions).not.toContain('wiki-2021-sentences');
    for (const id of revisions)
      writeFileSync(join(ingest, `${id}.json`), JSON.stringify({ source_id: id, blocks: [sentence(id), table(id)] }));
    // the other sources' outputs are missing: reading one would fail
    writeFileSync(
      join(ingest, 'index.json'),
      JSON.stringify({ sources: ids.map((id) => ({ source_id: id, output: join(ingest, `${id}.json`) })) }),
    );
    const aliases = join(folder, 'aliases.json');
    writeFileSync(aliases, JSON.stringify({ aliases: [] }));
    const input = readReconcileInput(
      { raw: resolve('raw'), ingest, claims: join(folder, 'claims'), aliases },
      { claims: [], polls: [] },
      loadRegistry(),
    );
    expect([...input.tables.keys()]).toEqual(revisions);
    expect(input.tables.get('wiki-2021-older')).toEqual([table('wiki-2021-older')]);
    expect(input.sources.map((s) => s.source_id)).toEqual(ids);
  });
});
