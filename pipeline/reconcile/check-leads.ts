import { cap, show, type Conflict } from './conflicts.ts';
import { groupBy } from '../lib/collections.ts';
import { expectFigure, linkedWith, type Check } from './check.ts';

/** Each printed lead against the first share minus the second in the same row. */
export const checkLeads: Check = (input) => {
  const shares = input.claims.filter((c) => c.linked && (c.metric === 'poll_share' || c.metric === 'vote_share') && c.party_id && c.value !== null);
  const rows = groupBy(shares, (c) => `${c.source_id}|${c.line}`);
  return linkedWith(input.claims, 'lead').flatMap((lead): Conflict[] => {
    const row = (rows.get(`${lead.source_id}|${lead.line}`) ?? []).sort((a, b) => b.value! - a.value!);
    if (row.length < 2) return [];
    const [first, second] = [row[0]!, row[1]!];
    const expected = first.value! - second.value!;
    const off = lead.value! - expected;
    // a lead exactly ten points off has slipped its tens digit
    const tens = Math.abs(Math.abs(off) - 10) < 1e-9;
    const what = lead.poll_id ? input.name.fact({ metric: 'lead', election_id: lead.election_id!, party_id: null, region_id: null, poll_id: lead.poll_id, organisation_id: null, scope: null }) : 'the lead';
    const conflict = expectFigure(lead, expected, {
      check: 'lead', kind: tens ? 'typo' : 'arithmetic',
      expected_how: `the first share minus the second: ${first.figure} − ${second.figure}`,
      explanation: `${cap(input.name.source(lead.source_id))} prints ${what} as ${lead.figure}, but the row's first and second shares give ${first.value} − ${second.value} = ${show(expected, 'percent', 1)}${tens ? ': exactly 10 points off' : ''}.`,
    });
    return conflict ? [conflict] : [];
  });
};
