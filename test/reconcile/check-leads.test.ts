// Printed poll leads against the row's first share minus its second, on a made-up poll row.
import { describe, expect, it } from 'vitest';
import { checkLeads } from '../../pipeline/reconcile/check-leads.ts';
import { claim, found, row, runCheck } from './inline.ts';

const poll = { poll_id: 'pollco-2020-12-01', line: 30 };
// Sun 50.0%, Moon 20.0%, Star 10.0%: the lead is 50.0 − 20.0 = 30.0 points
const pollRow = (lead: number) => [
  ...row({ star: 10, sun: 50, moon: 20 }, { metric: 'poll_share', unit: 'percent', ...poll }),
  claim({ metric: 'lead', value: lead, unit: 'percent', figure: `${lead.toFixed(1)}%`, ...poll }),
];

describe('checkLeads', () => {
  it('stays silent when the printed lead is the first share minus the second: 50.0 − 20.0 = 30.0', () => {
    expect(runCheck(checkLeads, pollRow(30))).toEqual([]);
  });

  it('calls a lead exactly 10 points off a typo: 40.0 printed, 30.0 computed', () => {
    const conflicts = runCheck(checkLeads, pollRow(40));
    expect(found(conflicts)).toEqual([
      { check: 'lead', claim_id: 'newer:30:lead', kind: 'typo', reported: 40, expected: 30, severity: 'error' },
    ]);
    expect(conflicts[0]!.explanation).toBe(
      'The newer revision prints the lead in the PollCo poll of 2020-12-01 as 40.0%, ' +
        "but the row's first and second shares give 50 − 20 = 30.0%: exactly 10 points off.",
    );
  });

  it('calls any other difference arithmetic: 35.0 printed, 30.0 computed', () => {
    expect(found(runCheck(checkLeads, pollRow(35)))).toEqual([
      { check: 'lead', claim_id: 'newer:30:lead', kind: 'arithmetic', reported: 35, expected: 30, severity: 'error' },
    ]);
  });

  it('stays silent on a row with one share: there is no second to subtract', () => {
    expect(
      runCheck(
        checkLeads,
        pollRow(35).filter((c) => c.party_id !== 'moon' && c.party_id !== 'star'),
      ),
    ).toEqual([]);
  });
});
