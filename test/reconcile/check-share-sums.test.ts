// The shares of one complete row add up to 100 within their rounding; a row that does not names the
// one cell a digit slip away from making it 100. Worked by hand on the inline election.
import { describe, expect, it } from 'vitest';
import { checkShareSums } from '../../pipeline/reconcile/check-share-sums.ts';
import { claim, found, row, runCheck } from './inline.ts';

const shares = (values: Record<string, number>, source_id = 'newer') =>
  row(values, { metric: 'vote_share', unit: 'percent', line: 3, source_id });

describe('checkShareSums', () => {
  it('stays silent when a complete row adds up to 100: 62.5 + 28.4 + 9.1', () => {
    expect(runCheck(checkShareSums, shares({ sun: 62.5, moon: 28.4, star: 9.1 }))).toEqual([]);
  });

  it('names the one cell a digit slip away: Moon 82.4 printed, 28.4 (two digits swapped) brings 154.0 to 100', () => {
    const conflicts = runCheck(checkShareSums, shares({ sun: 62.5, moon: 82.4, star: 9.1 }));
    expect(found(conflicts)).toEqual([
      {
        check: 'share-sum',
        claim_id: 'newer:3:vote_share-moon',
        kind: 'typo',
        reported: 82.4,
        expected: 28.4,
        severity: 'error',
      },
    ]);
    expect(conflicts[0]!.explanation).toBe(
      "The newer revision gives Moon Party's share as 82.4%, but the 3 shares of its row add up to 154%, not 100%; 28.4 in its place, one digit slip away, brings them to 100: the most likely wrong cell.",
    );
  });

  it('says no single cell explains a row when two cells could: 62.5 + 28.4 + 8.1 = 99.0 (63.5 or 9.1 would do)', () => {
    const conflicts = runCheck(checkShareSums, shares({ sun: 62.5, moon: 28.4, star: 8.1 }));
    expect(found(conflicts)).toEqual([
      {
        check: 'share-sum',
        claim_id: 'newer:3:vote_share-sun',
        kind: 'arithmetic',
        reported: 62.5,
        expected: 63.5,
        severity: 'error',
      },
    ]);
    expect(conflicts[0]!.explanation).toBe(
      "The newer revision gives 3 shares in the row of Sun Party's share that add up to 99%, not 100% within their rounding (±0.15); no single cell a digit slip away explains it.",
    );
  });

  it('skips a row that lists only some parties when it adds up to less: Star is given by another source alone', () => {
    const claims = [...shares({ sun: 62.5, moon: 28.4 }), ...shares({ star: 9.1 }, 'analysis')];
    expect(runCheck(checkShareSums, claims)).toEqual([]);
  });

  it('flags any row, a poll too, that adds up to more than 100: 62.0 + 41.0 = 103.0', () => {
    const poll = row(
      { sun: 62, moon: 41 },
      { metric: 'poll_share', unit: 'percent', poll_id: 'pollco-2020-12-01', line: 30 },
    );
    expect(found(runCheck(checkShareSums, poll)).map((c) => [c.claim_id, c.kind])).toEqual([
      ['newer:30:poll_share-sun', 'arithmetic'],
    ]);
    // a poll row under 100 leaves room for the undecided: no conflict
    const under = row(
      { sun: 62, moon: 21 },
      { metric: 'poll_share', unit: 'percent', poll_id: 'pollco-2020-12-01', line: 30 },
    );
    expect(runCheck(checkShareSums, under)).toEqual([]);
  });

  it('leaves a row whose every share has the same source’s votes to the check against the votes', () => {
    const votes = row({ sun: 625, moon: 824, star: 91 }, { metric: 'votes', unit: 'votes', line: 2 });
    expect(runCheck(checkShareSums, [...votes, ...shares({ sun: 62.5, moon: 82.4, star: 9.1 })])).toEqual([]);
  });

  it('reads a printed total as proof the row is complete: 62.5 + 28.4 = 90.9 against 100', () => {
    const total = claim({ metric: 'vote_share_total', value: 100, unit: 'percent', line: 4 });
    expect(found(runCheck(checkShareSums, [...shares({ sun: 62.5, moon: 28.4 }), total])).map((c) => c.kind)).toEqual([
      'arithmetic',
    ]);
  });

  it('reads a row beside a share that names no party (Against all) as incomplete: 62.5 + 28.4 + 5.2 with 3.9 under it', () => {
    const parties = row({ sun: 62.5, moon: 28.4, star: 5.2 }, { metric: 'vote_share', unit: 'percent', line: 3 });
    const total = claim({ metric: 'vote_share_total', value: 100, unit: 'percent', line: 5 });
    const against = claim({
      metric: 'vote_share',
      value: 3.9,
      unit: 'percent',
      line: 4,
      linked: false,
      note: 'the row names no region, party, poll or election (a name may have been blanked)',
    });
    expect(runCheck(checkShareSums, [...parties, against, total])).toEqual([]);
    // without it the printed total makes the row complete, and 96.1 is short of 100
    expect(found(runCheck(checkShareSums, [...parties, total])).map((c) => c.kind)).toEqual(['arithmetic']);
    // nor does a share two lines below the row, or above it, or in another source count as beside it
    for (const elsewhere of [{ line: 5 }, { line: 2 }, { line: 4, source_id: 'other' }])
      expect(
        found(runCheck(checkShareSums, [...parties, { ...against, ...elsewhere }, total])).map((c) => c.kind),
      ).toEqual(['arithmetic']);
  });
});
