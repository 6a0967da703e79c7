// What was not read: per source, figures read, linked and unlinked with the reasons, and which need attention.
import { describe, expect, it } from 'vitest';
import { readingOf } from '../../pipeline/extract/unread.ts';
import { needsAttention, reasonsOf } from '../../pipeline/lib/unread.ts';

const figure = (linked: boolean, note: string | null = null) => ({ linked, note });

describe('readingOf', () => {
  it('counts figures read, linked and unlinked, and the reasons, most frequent first', () => {
    const claims = [
      figure(true),
      figure(false, 'no metric could be read next to the figure'),
      figure(true),
      figure(false, 'the figure is a hope, aim or prediction, not a result'),
      figure(false, 'no metric could be read next to the figure'),
    ];
    expect(readingOf('news-2023', 'build/claims/news-2023.json', claims, 1)).toEqual({
      source_id: 'news-2023',
      output: 'build/claims/news-2023.json',
      claims: 5,
      linked: 2,
      unlinked: 3,
      unlinked_why: [
        { reason: 'no metric could be read next to the figure', count: 2 },
        { reason: 'the figure is a hope, aim or prediction, not a result', count: 1 },
      ],
      polls: 1,
    });
  });

  it('orders reasons of the same count alphabetically, so the same claims give the same list', () => {
    expect(reasonsOf(['b', 'a', 'b', 'a', 'c'])).toEqual([
      { reason: 'a', count: 2 },
      { reason: 'b', count: 2 },
      { reason: 'c', count: 1 },
    ]);
  });
});

describe('needsAttention', () => {
  it('names a source with no linked figure, read or not, and one with most figures unlinked', () => {
    expect(needsAttention({ linked: 0, unlinked: 0 })).toBe(true);
    expect(needsAttention({ linked: 0, unlinked: 4 })).toBe(true);
    expect(needsAttention({ linked: 3, unlinked: 4 })).toBe(true);
  });

  it('leaves a source alone when at least half its figures are linked', () => {
    expect(needsAttention({ linked: 4, unlinked: 4 })).toBe(false);
    expect(needsAttention({ linked: 350, unlinked: 60 })).toBe(false);
  });
});
