// How a figure's words give it a scope: the part of a count, the kind of observer, and where they came from.
import { describe, expect, it } from 'vitest';
import { originOf, readMetric } from '../../pipeline/extract/reading.ts';
import { findNumbers, type StatedNumber } from '../../pipeline/lib/numbers.ts';

const scopeIn = (sentence: string) => readMetric(sentence, findNumbers(sentence)[0] as StatedNumber, null)?.scope;

describe('the scope of an observer count', () => {
  it.each([
    ['12 international observers came from the OSCE.', 'international-from-the-osce'],
    ['40 foreign observers arrived from Latvia, Chile and Ghana.', 'foreign-from-3-places'],
    [
      '40 foreign observers were sent from the countries of Latvia, Chile, and Ghana (see below).',
      'foreign-from-3-places',
    ],
    ['Some 40 foreign observers watched the count.', 'foreign'],
    ['There were 500 observers in all.', null],
  ])('%s → %s', (sentence, scope) => {
    expect(scopeIn(sentence)).toBe(scope);
  });

  it('counts from different places are different scopes, the same places listed in other words one', () => {
    expect(scopeIn('9 foreign observers came from CIS member states.')).not.toBe(
      scopeIn('9 foreign observers came from Latvia, Chile and Ghana.'),
    );
    expect(scopeIn('9 foreign observers came from Latvia, Chile, and Ghana.')).toBe(
      scopeIn('9 foreign observers were deployed from the countries of Latvia, Chile and Ghana.'),
    );
  });
});

describe('originOf', () => {
  it('keeps at most six words of a named origin, and gives nothing without "from"', () => {
    expect(originOf(' came from the member states of the Commonwealth of Independent States')).toBe(
      'the-member-states-of-the-commonwealth',
    );
    expect(originOf(' watched the count')).toBeNull();
    expect(originOf(' came, for the most part, from abroad')).toBeNull();
  });
});
