import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validatePackage } from './validate-package.ts';

const scratch = mkdtempSync(join(tmpdir(), 'processed-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('processed/', () => {
  it('is a valid Tabular Data Package, and every CSV matches its Table Schema, keys and foreign keys', () => {
    expect(validatePackage('processed')).toEqual([]);
  });

  it('describes every table and field, and is versioned by a hash of its data', () => {
    const descriptor = JSON.parse(readFileSync('processed/datapackage.json', 'utf8'));
    expect(descriptor.version).toMatch(/^sha256:[0-9a-f]{16}$/);
    expect(descriptor.resources.map((r: { name: string }) => r.name)).toEqual(expect.arrayContaining([
      'sources', 'entities', 'aliases', 'claims', 'facts', 'conflicts', 'results_national', 'results_regional', 'turnout', 'polls', 'poll_accuracy', 'poll_scores', 'swings', 'seat_allocation', 'indices', 'openelections-20210110',
    ]));
    for (const resource of descriptor.resources) {
      expect(resource.description, resource.name).toMatch(/^One row is /);
      for (const field of resource.schema.fields) expect(field.description.length, `${resource.name}.${field.name}`).toBeGreaterThan(3);
    }
  });

  it('names the file, line and field of a broken cell', () => {
    cpSync('processed', scratch, { recursive: true });
    const path = join(scratch, 'results_national.csv');
    const original = readFileSync(path, 'utf8');
    writeFileSync(path, original.replace('5148074', '5,148,074'));
    expect(validatePackage(scratch)).toEqual(['results_national.csv:11: row has 9 cells; expected 7']);
    writeFileSync(path, original.replace('5148074', '5148074.5').replace('kz-mazhilis-2021,adal', 'kz-mazhilis-2021,green-party'));
    expect(validatePackage(scratch)).toEqual([
      'results_national.csv:9: rows are not sorted by election_id, party_id',
      'results_national.csv:11: votes is "5148074.5"; expected a integer',
      'results_national.csv:8: party_id "green-party" is not a entity_id of entities',
    ]);
  });
});
