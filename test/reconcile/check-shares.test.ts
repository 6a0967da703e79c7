// Printed shares against the same source's votes, on made-up tables worked out by hand.
import { describe, expect, it } from 'vitest';
import { checkSharesFromVotes } from '../../pipeline/reconcile/check-shares.ts';
import { claim, found, row, runCheck } from './inline.ts';

const north = { region_id: 'north', line: 10 };
const south = { region_id: 'south', line: 11 };
const votes = (values: Record<string, number>, where: object) =>
  row(values, { metric: 'votes', unit: 'votes', ...where });
const shares = (values: Record<string, number>, where: object) =>
  row(values, { metric: 'vote_share', unit: 'percent', ...where });

describe('checkSharesFromVotes', () => {
  it("flags a printed share its row's votes do not give: Moon 300 of 1,000 is 30%, not 35.0%", () => {
    const conflicts = runCheck(checkSharesFromVotes, [
      ...votes({ sun: 600, moon: 300, star: 100 }, north),
      ...shares({ sun: 60, moon: 35, star: 10 }, north),
    ]);
    expect(found(conflicts)).toEqual([
      {
        check: 'share-from-votes',
        claim_id: 'newer:10:vote_share-moon-north',
        kind: 'arithmetic',
        reported: 35,
        expected: 30,
        severity: 'error',
      },
    ]);
    expect(conflicts[0]!.explanation).toBe(
      "The newer revision prints Moon Party's share in North Region as 35.0%, " +
        'but its own votes give 300 of 1,000 votes for all parties = 30%.',
    );
    expect(conflicts[0]!.expected_how).toBe('300 of 1,000 votes for all parties');
  });

  it("calls a share that repeats the cell above it a typo: South's Moon 30.0% copies North's, its votes give 40%", () => {
    const conflicts = runCheck(checkSharesFromVotes, [
      ...votes({ sun: 600, moon: 300, star: 100 }, north),
      ...shares({ sun: 60, moon: 30, star: 10 }, north),
      ...votes({ sun: 500, moon: 400, star: 100 }, south),
      ...shares({ sun: 50, moon: 30, star: 10 }, south),
    ]);
    expect(found(conflicts)).toEqual([
      {
        check: 'share-from-votes',
        claim_id: 'newer:11:vote_share-moon-south',
        kind: 'typo',
        reported: 30,
        expected: 40,
        severity: 'error',
      },
    ]);
    expect(conflicts[0]!.explanation).toBe(
      "The newer revision prints Moon Party's share in South Region as 30.0%, " +
        'but its own votes give 400 of 1,000 votes for all parties = 40%; ' +
        'the printed figure repeats the North Region cell above it.',
    );
  });

  it('stays silent when every share is its votes at the precision printed: 200 and 100 of 300 are 66.7% and 33.3%', () => {
    expect(
      runCheck(checkSharesFromVotes, [
        ...votes({ sun: 200, moon: 100 }, north),
        ...shares({ sun: 66.7, moon: 33.3 }, north),
      ]),
    ).toEqual([]);
  });

  it("divides a national share by the source's valid votes, not by the parties listed: 600 of 1,000 is 60%, not 66.7%", () => {
    const national = { line: 5 };
    const valid = claim({ metric: 'valid_votes', value: 1000, unit: 'votes', line: 6 });
    expect(
      runCheck(checkSharesFromVotes, [
        valid,
        ...votes({ sun: 600, moon: 300 }, national),
        ...shares({ sun: 60, moon: 30 }, national),
      ]),
    ).toEqual([]);
    const conflicts = runCheck(checkSharesFromVotes, [
      valid,
      ...votes({ sun: 600, moon: 300 }, national),
      ...shares({ sun: 66.7, moon: 30 }, national),
    ]);
    expect(found(conflicts)).toEqual([
      {
        check: 'share-from-votes',
        claim_id: 'newer:5:vote_share-sun',
        kind: 'arithmetic',
        reported: 66.7,
        expected: 60,
        severity: 'error',
      },
    ]);
  });

  it('stays silent when a party with a share has no votes and no valid votes are given: the total is unknown', () => {
    expect(
      runCheck(checkSharesFromVotes, [
        ...votes({ sun: 600, moon: 300 }, north),
        ...shares({ sun: 60, moon: 35, star: 10 }, north),
      ]),
    ).toEqual([]);
  });
});
