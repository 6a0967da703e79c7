// Table Schema pieces: fields, keys and the descriptions every published table carries.

export type FieldType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface Field {
  name: string;
  type: FieldType;
  description: string;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; minimum?: number; maximum?: number };
}

export interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}

/** A published table: what one row is, its fields, keys, and the rows. */
export interface TableSpec<Row = object> {
  name: string;
  title: string;
  /** What one row is, and how the derived fields are computed. */
  description: string;
  fields: Field[];
  primaryKey: string[];
  foreignKeys?: ForeignKey[];
  rows: Row[];
}

const key = (description: string): Pick<Field, 'description' | 'constraints'> => ({
  description,
  constraints: { required: true },
});

export const f = {
  id: (name: string, description: string): Field => ({ name, type: 'string', ...key(description) }),
  text: (name: string, description: string): Field => ({ name, type: 'string', description }),
  int: (name: string, description: string): Field => ({ name, type: 'integer', description }),
  num: (name: string, description: string): Field => ({ name, type: 'number', description }),
  bool: (name: string, description: string): Field => ({ name, type: 'boolean', description }),
  date: (name: string, description: string): Field => ({ name, type: 'date', description }),
  oneOf: (name: string, description: string, values: string[], required = false): Field => ({
    name,
    type: 'string',
    description,
    constraints: { enum: values, ...(required ? { required } : {}) },
  }),
};

/** A foreign key from a field to the `entities` table (every id there is a registry id). */
export const toEntity = (field: string): ForeignKey => ({
  fields: field,
  reference: { resource: 'entities', fields: 'entity_id' },
});
export const toSource: ForeignKey = { fields: 'source_id', reference: { resource: 'sources', fields: 'source_id' } };
