import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePackage } from './validate-package.ts';

const readCsv = (file: string) => parse(readFileSync(join('processed', file), 'utf8')) as string[][];
const scratch = mkdtempSync(join(tmpdir(), 'processed-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('processed/', () => {
  it('is a valid Tabular Data Package, and every CSV matches its Table Schema, keys and foreign keys', () => {
    expect(validatePackage('processed')).toEqual([]);
  });

  it('describes every table and field, and is versioned by a hash of its data', () => {
    const descriptor = JSON.parse(readFileSync('processed/datapackage.json', 'utf8'));
    expect(descriptor.version).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual(
      expect.arrayContaining([
        'sources',
        'entities',
        'aliases',
        'claims',
        'facts',
        'conflicts',
        'results_national',
        'results_regional',
        'turnout',
        'polls',
        'poll_accuracy',
        'poll_scores',
        'swings',
        'seat_allocation',
        'seat_whatif',
        'revisions',
        'indices',
        'openelections-20210110',
      ]),
    );
    for (const resource of descriptor.resources) {
      expect(resource.description, resource.name).toMatch(/^One row is /);
      for (const field of resource.schema.fields)
        expect(field.description.length, `${resource.name}.${field.name}`).toBeGreaterThan(3);
    }
  });

  it('seat_whatif: one row per election, votes, threshold (0 to 10 by 0.5) and party, each group summing to the 98 list seats', () => {
    const rows = readCsv('seat_whatif.csv');
    expect(rows[0]).toEqual(['election_id', 'votes_from', 'threshold', 'party_id', 'seats', 'passed_threshold']);
    const totals = new Map<string, number>();
    for (const [election, from, threshold, , seats] of rows.slice(1))
      totals.set(
        `${election} ${from} ${threshold}`,
        (totals.get(`${election} ${from} ${threshold}`) ?? 0) + Number(seats),
      );
    expect([...new Set([...totals.keys()].map((k) => k.split(' ')[2]))].join(' ')).toBe(
      '0 0.5 1 1.5 2 2.5 3 3.5 4 4.5 5 5.5 6 6.5 7 7.5 8 8.5 9 9.5 10',
    );
    expect([...totals.values()].every((t) => t === 98)).toBe(true);
    expect(rows.filter((r) => r[1] === 'official' && r[2] === '5').map((r) => `${r[3]} ${r[4]} ${r[5]}`)).toEqual([
      'adal 0 false',
      'ak-zhol 11 true',
      'auyl 6 true',
      'nur-otan 72 true',
      'peoples-party 9 true',
    ]);
  });

  it('revisions: the Ak Zhol → Aq Jol spelling and the ballot positions Ak Zhol and Auyl swapped', () => {
    const rows = new Map(readCsv('revisions.csv').map((r) => [r[0], r.slice(1)]));
    const pair = 'wiki-2021-older..wiki-2021-newer';
    expect(rows.get(`${pair}:spelling-changed:ak-zhol`)).toEqual([
      'enwiki-2021-kazakh-legislative-election',
      'wiki-2021-older',
      'wiki-2021-newer',
      'spelling-changed',
      'ak-zhol',
      'Ak Zhol, Ак жол, Ақ жол, Светлый путь',
      '"Aq Jol" Democratic Party, Aq Jol, Aq Jol\'s, Aq Zhol',
      '14',
      '145',
    ]);
    expect(rows.get(`${pair}:figure-changed:ballot_position:kz-mazhilis-2021:ak-zhol`)?.slice(5)).toEqual([
      '4',
      '3',
      '60',
      '122',
    ]);
    expect(rows.get(`${pair}:figure-changed:ballot_position:kz-mazhilis-2021:auyl`)?.slice(5)).toEqual([
      '3',
      '4',
      '59',
      '123',
    ]);
  });

  it('sorts number keys as numbers: in text order 0, 0.5, 1, 1.5, 10, 2 … the 2 on line 27 is out of order', () => {
    cpSync('processed', scratch, { recursive: true });
    const path = join(scratch, 'seat_whatif.csv');
    const [header, ...lines] = readFileSync(path, 'utf8').trimEnd().split('\n');
    writeFileSync(path, `${[header, ...[...lines].sort()].join('\n')}\n`);
    expect(validatePackage(scratch)[0]).toBe(
      'seat_whatif.csv:27: rows are not sorted by election_id, votes_from, threshold, party_id',
    );
  });

  it("checks the formats the profile names: a contributor's email and the homepage", () => {
    cpSync('processed', scratch, { recursive: true });
    const path = join(scratch, 'datapackage.json');
    const descriptor = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(
      path,
      JSON.stringify({
        ...descriptor,
        contributors: [{ title: 'A. Analyst', email: 'not an address' }],
        homepage: 'no scheme',
      }),
    );
    expect(validatePackage(scratch)).toEqual([
      'datapackage.json/homepage: must match format "uri"',
      'datapackage.json/contributors/0/email: must match format "email"',
    ]);
    writeFileSync(path, JSON.stringify(descriptor, null, 2));
  });

  it('names the file, line and field of a broken cell', () => {
    cpSync('processed', scratch, { recursive: true });
    const path = join(scratch, 'results_national.csv');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace('5148074', '5,148,074'));
    expect(validatePackage(scratch)).toEqual(['results_national.csv:11: row has 9 cells; expected 7']);
    writeFileSync(
      path,
      original.replace('5148074', '5148074.5').replace('kz-mazhilis-2021,adal', 'kz-mazhilis-2021,green-party'),
    );
    expect(validatePackage(scratch)).toEqual([
      'results_national.csv:9: rows are not sorted by election_id, party_id',
      'results_national.csv:11: votes is "5148074.5"; expected an integer',
      'results_national.csv:8: party_id "green-party" is not an entity_id in entities',
    ]);
  });
});
