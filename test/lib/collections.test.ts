import { describe, expect, it } from 'vitest';
import { groupBy, median } from '../../pipeline/lib/collections.ts';

describe('groupBy', () => {
  it('groups by the key, keeping the order of first appearance and of the items', () => {
    const groups = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (s) => s[0]!);
    expect([...groups]).toEqual([
      ['b', ['b1', 'b2']],
      ['a', ['a1', 'a2']],
      ['c', ['c1']],
    ]);
    expect(groupBy([], String).size).toBe(0);
  });
});

describe('median', () => {
  it('is the middle value of an odd count, whatever the order, and the upper middle of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([2.5])).toBe(2.5);
    expect(median([4, 1, 3, 2])).toBe(3);
  });

  it('sorts a copy, leaving the list as it was', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});
