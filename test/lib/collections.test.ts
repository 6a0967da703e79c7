import { describe, expect, it } from 'vitest';
import { groupBy } from '../../pipeline/lib/collections.ts';

describe('groupBy', () => {
  it('groups by the key, keeping the order of first appearance and of the items', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]!);
    expect([...groups]).toEqual([['b', ['b1', 'b2']], ['a', ['a1', 'a2']], ['c', ['c1']]]);
    expect(groupBy([], String).size).toBe(0);
  });
});
