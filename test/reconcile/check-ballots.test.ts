// A source's parties' votes and invalid ballots add up to its ballots cast. Worked by hand.
import { describe, expect, it } from 'vitest';
import { checkBallots } from '../../pipeline/reconcile/check-ballots.ts';
import { claim, found, row, runCheck } from './inline.ts';

// the analysis gives 600 + 300 + 50 party votes and 50 invalid ballots: 1,000 ballots
const report = (ballots: number, parties: Record<string, number> = { sun: 600, moon: 300, star: 50 }) => [
  ...row(parties, { metric: 'votes', unit: 'votes', line: 2, source_id: 'analysis', extraction: 'prose' }),
  claim({ metric: 'invalid_votes', value: 50, unit: 'votes', line: 3, source_id: 'analysis', extraction: 'prose' }),
  claim({
    metric: 'ballots_cast',
    value: ballots,
    unit: 'ballots',
    line: 4,
    source_id: 'analysis',
    extraction: 'prose',
  }),
];

describe('checkBallots', () => {
  it('stays silent when 600 + 300 + 50 votes and 50 invalid are the 1,000 ballots cast', () => {
    expect(runCheck(checkBallots, report(1000))).toEqual([]);
  });

  it('flags ballots cast the parties and the invalid ballots do not add up to: 1,100 printed, 1,000 added', () => {
    const conflicts = runCheck(checkBallots, report(1100));
    expect(found(conflicts)).toEqual([
      {
        check: 'parties-invalid-ballots',
        claim_id: 'analysis:4:ballots_cast',
        kind: 'arithmetic',
        reported: 1100,
        expected: 1000,
        severity: 'error',
      },
    ]);
    expect(conflicts[0]!.explanation).toBe(
      "The analysis gives the ballots cast as 1100, but the 3 parties' votes and 50 invalid ballots added up = 1,000.",
    );
  });

  it('adds up nothing when the source gives its valid votes (checked through them) or leaves a party out', () => {
    const valid = claim({ metric: 'valid_votes', value: 950, unit: 'votes', line: 5, source_id: 'analysis' });
    expect(runCheck(checkBallots, [...report(1100), valid])).toEqual([]);
    const star = claim({ metric: 'votes', value: 50, unit: 'votes', party_id: 'star', line: 9 });
    expect(runCheck(checkBallots, [...report(1100, { sun: 600, moon: 300 }), star])).toEqual([]);
  });
});
