// The Table Schemas as data (pipeline/emit/schemas/): well-formed, titled, and in step with the code's vocabularies.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIELD_TITLES, OPENELECTIONS_SCHEMA, table, type TableSchema } from '../../pipeline/emit/schema.ts';
import { SOURCE_KINDS } from '../../pipeline/lib/manifest.ts';
import { REVISION_CHANGE_KINDS } from '../../pipeline/reconcile/revisions.ts';
import { ENTITY_TYPES } from '../../pipeline/registry/registry.ts';

const names = readdirSync('pipeline/emit/schemas')
  .filter((f) => f.endsWith('.json') && f !== 'field-titles.json' && f !== 'openelections.json')
  .map((f) => f.slice(0, -'.json'.length));
const schemas: Omit<TableSchema, 'title'>[] = [...names.map((n) => table(n, [])), OPENELECTIONS_SCHEMA];
const enumOf = (name: string, field: string) => table(name, []).fields.find((f) => f.name === field)?.constraints?.enum;

describe('pipeline/emit/schemas/', () => {
  it('gives every table a file named after it, whose fields have a known type and whose keys are fields', () => {
    for (const name of names) expect(table(name, []).name).toBe(name);
    for (const schema of schemas) {
      const fields = schema.fields.map((f) => f.name);
      expect(new Set(fields).size, schema.name).toBe(fields.length);
      for (const field of schema.fields)
        expect(['string', 'integer', 'number', 'boolean', 'date'], `${schema.name}.${field.name}`).toContain(
          field.type,
        );
      for (const key of schema.primaryKey) expect(fields, schema.name).toContain(key);
      for (const key of schema.foreignKeys ?? []) expect(fields, schema.name).toContain(key.fields);
    }
  });

  it('titles every field but one, and every title belongs to a field', () => {
    const fields = new Set(schemas.flatMap((s) => s.fields.map((f) => f.name)));
    // the reports show no excerpt column: a title for it would be a change to processed/datapackage.json
    expect([...fields].filter((f) => !FIELD_TITLES[f])).toEqual(['excerpt_column']);
    expect(Object.keys(FIELD_TITLES).filter((f) => !fields.has(f))).toEqual([]);
  });

  it("lists the same values in its enums as the code's vocabularies", () => {
    expect(enumOf('entities', 'entity_type')).toEqual([...ENTITY_TYPES]);
    expect(enumOf('revisions', 'kind')).toEqual([...REVISION_CHANGE_KINDS]);
    expect(enumOf('sources', 'kind')).toEqual([...SOURCE_KINDS]);
  });

  it('refuses a table without a schema file, naming the file it looked for', () => {
    expect(() => table('ballots', [])).toThrow('no schema file pipeline/emit/schemas/ballots.json');
  });
});
