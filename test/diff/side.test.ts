// Reading one version of processed/ through its datapackage.json, and what is said when that fails.
import { describe, expect, it } from 'vitest';
import { readSide } from '../../pipeline/diff/side.ts';

const files = (entries: Record<string, string>) => async (path: string) => entries[path] ?? null;
const descriptor = JSON.stringify({
  version: 'sha256:abcd',
  resources: [
    {
      name: 'indices',
      path: 'indices.csv',
      schema: {
        fields: [
          { name: 'index', type: 'string' },
          { name: 'value', type: 'number' },
        ],
        primaryKey: 'index',
      },
    },
    { name: 'indices-parquet', path: 'parquet/indices.parquet', schema: { fields: [{ name: 'index' }] } },
  ],
});

describe('readSide', () => {
  it('reads each CSV table the package lists, with its schema, and the data version', async () => {
    const side = await readSide(
      'HEAD (1234567)',
      'processed',
      files({ 'datapackage.json': descriptor, 'indices.csv': 'index,value\ngallagher,12.5\n' }),
    );
    expect(side).toEqual({
      label: 'HEAD (1234567)',
      version: 'sha256:abcd',
      tables: [
        {
          name: 'indices',
          path: 'indices.csv',
          csv: 'index,value\ngallagher,12.5\n',
          schema: {
            fields: [
              { name: 'index', type: 'string' },
              { name: 'value', type: 'number' },
            ],
            primaryKey: ['index'],
            missingValues: [''],
          },
        },
      ],
    });
  });

  it('names the side and the file when the package or a table is missing, or the package is not JSON', async () => {
    await expect(readSide('v1 (1234567)', 'processed', files({}))).rejects.toThrow(
      'v1 (1234567): processed/datapackage.json not found; ' +
        'expected the data package that make all writes: ' +
        'run make all (and commit processed/) at that revision, or compare another one',
    );
    await expect(readSide('v1 (1234567)', 'processed', files({ 'datapackage.json': descriptor }))).rejects.toThrow(
      'v1 (1234567): processed/indices.csv not found, but datapackage.json lists it for the table "indices"; ' +
        'run make all to rewrite processed/',
    );
    await expect(
      readSide('the working tree', 'processed', files({ 'datapackage.json': '{"resources": [' })),
    ).rejects.toThrow(
      /^the working tree: processed\/datapackage.json is not a valid data package \(not JSON: .+\); expected \{"resources": \[\{"name", "path", "schema": \{"fields": \[\.\.\.\]\}\}\]\}: run make all to rewrite it$/,
    );
    await expect(
      readSide('the working tree', 'processed', files({ 'datapackage.json': '{"resources": [{"name": "x"}]}' })),
    ).rejects.toThrow(
      'the working tree: processed/datapackage.json is not a valid data package (resource 1 has no "name", ' +
        '"path" or "schema.fields")',
    );
  });
});
