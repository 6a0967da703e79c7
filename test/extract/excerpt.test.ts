import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundExcerpt, EXCERPT_LIMIT } from '../../pipeline/extract/excerpt.ts';

describe('boundExcerpt', () => {
  it('starts after a leading bullet and the blanks before it', () => {
    expect(boundExcerpt('  - Seats For Election: 98', 0, 26, 2)).toEqual({
      excerpt: 'Seats For Election: 98',
      excerpt_column: 5,
    });
    expect(boundExcerpt('| Nur Otan | 76 |', 0, 13, 2)).toEqual({ excerpt: '| Nur Otan | 76 |', excerpt_column: 1 });
  });

  it('keeps the column of a span that starts inside its line', () => {
    expect(boundExcerpt('won 71% of the vote.', 40, 4, 3)).toEqual({
      excerpt: 'won 71% of the vote.',
      excerpt_column: 41,
    });
  });

  it("cuts a long text to a window around the figure, at the line's ends when the figure is near one", () => {
    const text = `${'a'.repeat(1000)} 71% ${'b'.repeat(1000)}`;
    const middle = boundExcerpt(text, 0, 1001, 3);
    expect(middle.excerpt).toHaveLength(EXCERPT_LIMIT);
    expect(middle.excerpt).toContain('71%');
    expect(text.slice(middle.excerpt_column - 1, middle.excerpt_column - 1 + EXCERPT_LIMIT)).toBe(middle.excerpt);
    expect(boundExcerpt(text, 0, 5, 3).excerpt_column).toBe(1);
    expect(boundExcerpt(text, 0, text.length - 2, 2).excerpt_column).toBe(text.length - EXCERPT_LIMIT + 1);
  });

  it('is always a substring of its text, at most EXCERPT_LIMIT long, holding the figure', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.nat(), fc.integer({ min: 1, max: 12 }), (body, at, length) => {
        const text = `${body}x`;
        const figureAt = at % text.length;
        const figureLength = Math.min(length, text.length - figureAt);
        const { excerpt, excerpt_column } = boundExcerpt(text, 0, figureAt, figureLength);
        expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_LIMIT);
        expect(text.slice(excerpt_column - 1, excerpt_column - 1 + excerpt.length)).toBe(excerpt);
        const lead = /^\s*(?:[-*•]\s+)?/u.exec(text)![0].length;
        if (figureAt >= lead)
          expect(
            excerpt_column - 1 <= figureAt && figureAt + figureLength <= excerpt_column - 1 + excerpt.length + 1,
          ).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
