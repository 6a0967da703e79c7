// Breakdowns against their totals: party lists against the registered candidates, list items against
// the sentence that introduces them. Made-up figures.
import { describe, expect, it } from 'vitest';
import { checkBreakdowns } from '../../pipeline/reconcile/check-breakdowns.ts';
import { claim, found, row, runCheck } from './inline.ts';

// the lists: 40 + 30 + 20 = 90 candidates
const lists = row({ sun: 40, moon: 30, star: 20 }, { metric: 'candidates', unit: 'candidates', line: 10 });
const registered = (value: number, source_id = 'newer') =>
  claim({ metric: 'candidates', value, unit: 'candidates', line: 3, extraction: 'prose', source_id });

describe('checkBreakdowns: party lists against the registered candidates', () => {
  it('stays silent when the lists add up to the total: 40 + 30 + 20 = 90', () => {
    expect(runCheck(checkBreakdowns, [...lists, registered(90)])).toEqual([]);
  });

  it('flags a total the lists do not add up to: 95 stated, 90 summed', () => {
    const conflicts = runCheck(checkBreakdowns, [...lists, registered(95)]);
    expect(found(conflicts)).toEqual([
      {
        check: 'candidate-lists-newer',
        claim_id: 'newer:3:candidates',
        kind: 'arithmetic',
        reported: 95,
        expected: 90,
        severity: 'error',
      },
    ]);
    expect(conflicts[0]!.explanation).toBe(
      'The newer revision gives 95 registered candidates, ' +
        "but the parties' lists in the newer revision add up to 40 + 30 + 20 = 90.",
    );
  });

  it('checks a total from a source without lists against the lists of another', () => {
    expect(found(runCheck(checkBreakdowns, [...lists, registered(95, 'analysis')]))).toEqual([
      {
        check: 'candidate-lists-newer',
        claim_id: 'analysis:3:candidates',
        kind: 'arithmetic',
        reported: 95,
        expected: 90,
        severity: 'error',
      },
    ]);
  });
});

describe('checkBreakdowns: a list against the sentence that introduces it', () => {
  const item = (organisation_id: string, value: number, line: number) =>
    claim({ metric: 'observers', value, unit: 'observers', organisation_id, line, extraction: 'list' });
  const items = [item('sun', 100, 21), item('moon', 150, 22), item('star', 72, 23)];
  const lead = (value: number) =>
    claim({
      metric: 'observers',
      value,
      unit: 'observers',
      line: 20,
      extraction: 'prose',
      figure: `${value} observers`,
    });

  it('stays silent when the items add up to the figure above them: 100 + 150 + 72 = 322', () => {
    expect(runCheck(checkBreakdowns, [lead(322), ...items])).toEqual([]);
  });

  it('flags a figure its list does not add up to: 320 stated, 322 summed', () => {
    const conflicts = runCheck(checkBreakdowns, [lead(320), ...items]);
    expect(found(conflicts)).toEqual([
      {
        check: 'list-sum',
        claim_id: 'newer:20:observers',
        kind: 'arithmetic',
        reported: 320,
        expected: 322,
        severity: 'error',
      },
    ]);
    expect(conflicts[0]!.explanation).toBe(
      'The newer revision states 320 observers, but the 3 items listed below add up to 322.',
    );
  });

  it('adds up a run of consecutive lines against the nearest figure above it: 100 + 150 = 250 and, further down, 72', () => {
    const second = { ...lead(72), line: 39, claim_id: 'newer:39:observers' };
    expect(
      runCheck(checkBreakdowns, [lead(250), item('sun', 100, 21), item('moon', 150, 22), second, item('star', 72, 40)]),
    ).toEqual([]);
  });

  it("never adds up a list of shares against a share above it: the winner's 55% is no total of 55 + 45", () => {
    const share = (party_id: string | null, value: number, line: number, extraction: 'list' | 'prose') =>
      claim({ metric: 'vote_share', value, unit: 'percent', party_id, line, extraction, figure: `${value}%` });
    const shares = [share('sun', 55, 21, 'list'), share('moon', 45, 22, 'list')];
    expect(runCheck(checkBreakdowns, [share('sun', 55, 3, 'prose'), ...shares])).toEqual([]);
  });
});
