// Validates a Frictionless Data Package and its CSV files: the descriptor against the official
// Tabular Data Package profile (JSON Schema draft-04, via ajv), every CSV against its Table Schema.
import { createRequire } from 'node:module';
import { parse } from 'csv-parse/sync';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import profile from '../../pipeline/emit/profiles/tabular-data-package.json' with { type: 'json' };
import type { Field, ForeignKey } from '../../pipeline/emit/schema.ts';

interface Resource {
  name: string;
  path: string;
  schema: { fields: Field[]; primaryKey: string[]; foreignKeys?: ForeignKey[] };
}

// ajv-draft-04 is CommonJS; required, its class comes out as written
interface CompiledSchema {
  (data: unknown): boolean;
  errors?: { instancePath: string; message?: string }[] | null;
}
const Ajv = createRequire(import.meta.url)('ajv-draft-04') as new (options: object) => {
  compile(schema: object): CompiledSchema;
};

// the formats the profile uses, each checked (textarea is any text): ajv warns about formats it does not know
const FORMATS = {
  'date-time': /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/,
  email: /^[^\s@]+@[^\s@]+$/,
  uri: /^[a-z][a-z0-9+.-]*:\S+$/i,
  textarea: true,
};
// built once: compiling the profile is the slow part
const validateDescriptor = new Ajv({ strict: false, allErrors: true, formats: FORMATS }).compile(profile);

const TYPE: Record<Field['type'], RegExp> = {
  string: /^[\s\S]*$/,
  integer: /^-?\d+$/,
  number: /^-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$/,
  boolean: /^(?:true|false)$/,
  date: /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/,
};

const article = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

/** Every problem found, each naming the file and line; empty when the package is valid. */
export function validatePackage(folder: string): string[] {
  const descriptor = JSON.parse(readFileSync(join(folder, 'datapackage.json'), 'utf8')) as { resources: Resource[] };
  const problems: string[] = [];
  if (!validateDescriptor(descriptor))
    problems.push(...(validateDescriptor.errors ?? []).map((e) => `datapackage.json${e.instancePath}: ${e.message}`));
  const tables = new Map<string, Row[]>();
  for (const resource of descriptor.resources) {
    const path = join(folder, resource.path);
    if (!existsSync(path)) {
      problems.push(`${resource.path}: missing`);
      continue;
    }
    const { rows, found } = readTable(resource, path);
    problems.push(...found);
    tables.set(resource.name, rows);
  }
  for (const resource of descriptor.resources) problems.push(...foreignKeyProblems(resource, tables));
  return problems;
}

interface Row {
  line: number;
  values: Record<string, string>;
}

function readTable(resource: Resource, path: string): { rows: Row[]; found: string[] } {
  const text = readFileSync(path, 'utf8');
  const found: string[] = [];
  if (text.includes('\r')) found.push(`${resource.path}: has CR line ends; expected LF`);
  if (!text.endsWith('\n')) found.push(`${resource.path}: does not end with a line end`);
  const records = parse(text, { relax_column_count: true }) as string[][];
  const [header, ...body] = records;
  const names = resource.schema.fields.map((f) => f.name);
  body.forEach((cells, i) => {
    if (cells.length !== names.length)
      found.push(`${resource.path}:${i + 2}: row has ${cells.length} cells; expected ${names.length}`);
  });
  if (header?.join() !== names.join())
    found.push(`${resource.path}:1: header is ${header?.join()}; expected ${names.join()}`);
  // a row with the wrong number of cells is reported once, not field by shifted field
  const rows: Row[] = body.flatMap((cells, i) =>
    cells.length === names.length
      ? [{ line: i + 2, values: Object.fromEntries(names.map((n, k) => [n, cells[k] ?? ''])) }]
      : [],
  );
  const keys = new Set<string>();
  const keyTypes = resource.schema.primaryKey.map((k) => resource.schema.fields.find((f) => f.name === k)?.type);
  let previous: string[] | null = null;
  rows.forEach((row) => {
    const { line } = row;
    for (const field of resource.schema.fields) {
      const value = row.values[field.name]!;
      if (value === '') {
        if (field.constraints?.required || resource.schema.primaryKey.includes(field.name))
          found.push(`${resource.path}:${line}: ${field.name} is empty; it is required`);
        continue;
      }
      if (!TYPE[field.type].test(value))
        found.push(`${resource.path}:${line}: ${field.name} is "${value}"; expected ${article(field.type)}`);
      if (field.constraints?.enum && !field.constraints.enum.includes(value))
        found.push(
          `${resource.path}:${line}: ${field.name} is "${value}"; expected one of ${field.constraints.enum.join(', ')}`,
        );
      const { minimum, maximum } = field.constraints ?? {};
      if ((minimum !== undefined && Number(value) < minimum) || (maximum !== undefined && Number(value) > maximum))
        found.push(
          `${resource.path}:${line}: ${field.name} is ${value}; expected ${minimum ?? '…'} to ${maximum ?? '…'}`,
        );
    }
    const key = resource.schema.primaryKey.map((k) => row.values[k]!);
    if (keys.has(key.join('\u0000'))) found.push(`${resource.path}:${line}: primary key ${key.join(', ')} repeats`);
    keys.add(key.join('\u0000'));
    if (previous && compareKeys(previous, key, keyTypes) > 0)
      found.push(`${resource.path}:${line}: rows are not sorted by ${resource.schema.primaryKey.join(', ')}`);
    previous = key;
  });
  return { rows, found };
}

// numbers sort as numbers (0.5 before 10), everything else as text
const compareKeys = (a: string[], b: string[], types: (Field['type'] | undefined)[]) => {
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const numeric = types[i] === 'number' || types[i] === 'integer';
    return (numeric ? Number(a[i]) < Number(b[i]) : a[i]! < b[i]!) ? -1 : 1;
  }
  return 0;
};

function foreignKeyProblems(resource: Resource, tables: Map<string, Row[]>): string[] {
  const rows = tables.get(resource.name) ?? [];
  return (resource.schema.foreignKeys ?? []).flatMap((fk) => {
    const [field] = [fk.fields].flat();
    const [target] = [fk.reference.fields].flat();
    const known = new Set((tables.get(fk.reference.resource) ?? []).map((r) => r.values[target!]));
    return rows.flatMap(({ line, values }) =>
      values[field!] !== '' && !known.has(values[field!])
        ? [
            `${resource.path}:${line}: ${field} "${values[field!]}" is not ${article(target!)} in ${fk.reference.resource}`,
          ]
        : [],
    );
  });
}
