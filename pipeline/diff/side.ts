// One side of a comparison: processed/ at a git revision or in the working tree, read through its
// datapackage.json (the tables it lists, their Table Schemas, the data `version`).
import { diffMessage } from '../lib/messages-diff.ts';
import { PipelineError } from '../lib/messages.ts';
import type { Field, TableSchema } from './typed.ts';

export interface SideTable {
  name: string;
  path: string;
  schema: TableSchema;
  csv: string;
}

export interface DataSide {
  /** How the summary names the side: `HEAD (cb57aa1)`, `the working tree`. */
  label: string;
  version: string | null;
  tables: SideTable[];
}

/** Reads a file of processed/ by its path in the folder; null when that side has no such file. */
export type ReadFile = (path: string) => Promise<string | null>;

const PACKAGE = 'datapackage.json';

export async function readSide(label: string, folder: string, read: ReadFile): Promise<DataSide> {
  const where = `${folder}/${PACKAGE}`;
  const text = await read(PACKAGE);
  if (text === null) throw new PipelineError([diffMessage.packageMissing(label, where)]);
  const descriptor = parseDescriptor(
    text,
    (detail) => new PipelineError([diffMessage.packageInvalid(label, where, detail)]),
  );
  // a resource that is not a CSV (Parquet copies of the same tables) has no rows to compare here
  const tables = await Promise.all(
    descriptor.resources
      .filter((r) => r.path.endsWith('.csv'))
      .map(async (resource) => {
        const csv = await read(resource.path);
        if (csv === null)
          throw new PipelineError([diffMessage.tableMissing(label, `${folder}/${resource.path}`, resource.name)]);
        return { ...resource, csv };
      }),
  );
  return { label, version: descriptor.version, tables };
}

interface Descriptor {
  version: string | null;
  resources: Omit<SideTable, 'csv'>[];
}

function parseDescriptor(text: string, invalid: (detail: string) => Error): Descriptor {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw invalid(`not JSON: ${(error as Error).message}`);
  }
  const resources = (json as { resources?: unknown })?.resources;
  if (!Array.isArray(resources)) throw invalid('no "resources" list');
  const version = (json as { version?: unknown }).version;
  return {
    version: typeof version === 'string' ? version : null,
    resources: resources.map((resource: unknown, index) => parseResource(resource, index, invalid)),
  };
}

function parseResource(resource: unknown, index: number, invalid: (detail: string) => Error): Omit<SideTable, 'csv'> {
  const { name, path, schema } = (resource ?? {}) as {
    name?: unknown;
    path?: unknown;
    schema?: Record<string, unknown>;
  };
  const fields = schema?.fields;
  if (typeof name !== 'string' || typeof path !== 'string' || !Array.isArray(fields)) {
    throw invalid(`resource ${index + 1} has no "name", "path" or "schema.fields"`);
  }
  if (!fields.every((f: Partial<Field>) => typeof f?.name === 'string'))
    throw invalid(`resource "${name}" has a field without a "name"`);
  const key = schema?.primaryKey;
  const missing = schema?.missingValues;
  return {
    name,
    path,
    schema: {
      fields: fields.map((f: Partial<Field>) => ({
        name: f.name!,
        type: typeof f.type === 'string' ? f.type : 'string',
      })),
      primaryKey: typeof key === 'string' ? [key] : Array.isArray(key) ? key.map(String) : [],
      missingValues: Array.isArray(missing) ? missing.map(String) : [''],
    },
  };
}
