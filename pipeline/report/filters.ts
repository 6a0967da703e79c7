// The row filter shared by references, tables and charts: `party_id=nur-otan, election_id=kz-mazhilis-2021`.
// `a=x|y` matches either value, `a!=x` excludes one, `a=` matches a missing cell.
import type { Row } from './data.ts';

export interface Condition {
  field: string;
  negate: boolean;
  values: string[];
}

/** Parses `field=value, field!=value|value`; returns the part that is not a condition as the error. */
export function parseFilter(text: string): { conditions: Condition[]; bad: string | null } {
  const conditions: Condition[] = [];
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const match = /^([A-Za-z_][\w]*)\s*(!?=)\s*(.*)$/.exec(part);
    if (!match) return { conditions, bad: part };
    conditions.push({ field: match[1]!, negate: match[2] === '!=', values: match[3]!.split('|').map((v) => v.trim()) });
  }
  return { conditions, bad: null };
}

export function matches(row: Row, conditions: Condition[]): boolean {
  return conditions.every(({ field, negate, values }) => values.includes(String(row[field] ?? '')) !== negate);
}

export const describeFilter = (conditions: Condition[]) =>
  conditions.map((c) => `${c.field}${c.negate ? '!=' : '='}${c.values.join('|')}`).join(', ');
