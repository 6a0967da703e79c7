// What changed in a table's shape: columns added, removed or renamed, a type or the primary key changed.
// Reported as such, never as every row changing (daff flags every row when a column is added).
import type { TableSchema } from './typed.ts';

export type SchemaChange =
  | { kind: 'column-added' | 'column-removed'; column: string; type: string }
  | { kind: 'column-renamed'; from: string; to: string }
  | { kind: 'type-changed'; column: string; from: string; to: string }
  | { kind: 'primary-key-changed'; from: string[]; to: string[] };

export interface SchemaComparison {
  changes: SchemaChange[];
  /** Pairs of columns compared row by row: [name before, name after]. */
  common: [string, string][];
}

/**
 * A column removed and another added at the same position with the same type is a rename; any other
 * column only one side has is added or removed.
 */
export function compareSchemas(before: TableSchema, after: TableSchema): SchemaComparison {
  const afterNames = new Set(after.fields.map((f) => f.name));
  const beforeNames = new Set(before.fields.map((f) => f.name));
  const renamed = new Map<string, string>();
  before.fields.forEach((field, index) => {
    const there = after.fields[index];
    if (!afterNames.has(field.name) && there && !beforeNames.has(there.name) && there.type === field.type)
      renamed.set(field.name, there.name);
  });
  const renamedTo = new Set(renamed.values());
  const changes: SchemaChange[] = [];
  const common: [string, string][] = [];
  for (const field of before.fields) {
    const newName = afterNames.has(field.name) ? field.name : renamed.get(field.name);
    if (newName === undefined) {
      changes.push({ kind: 'column-removed', column: field.name, type: field.type });
      continue;
    }
    common.push([field.name, newName]);
    if (newName !== field.name) changes.push({ kind: 'column-renamed', from: field.name, to: newName });
    const newType = after.fields.find((f) => f.name === newName)!.type;
    if (newType !== field.type) changes.push({ kind: 'type-changed', column: newName, from: field.type, to: newType });
  }
  for (const field of after.fields) {
    if (!beforeNames.has(field.name) && !renamedTo.has(field.name))
      changes.push({ kind: 'column-added', column: field.name, type: field.type });
  }
  const keyBefore = before.primaryKey.map((c) => renamed.get(c) ?? c);
  if (keyBefore.join('\u0000') !== after.primaryKey.join('\u0000')) {
    changes.push({ kind: 'primary-key-changed', from: before.primaryKey, to: after.primaryKey });
  }
  return { changes, common };
}
