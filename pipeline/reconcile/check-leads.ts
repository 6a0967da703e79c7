import { groupBy } from '../lib/collections.ts';
import { explain, how } from '../lib/explanations.ts';
import type { Conflict } from './conflicts.ts';
import { expectFigure, linkedWith, stated, type Check } from './check.ts';
import { factKey } from './facts.ts';

/** Each printed lead against the first share minus the second in the same row. */
export const checkLeads: Check = (input) => {
  const shares = input.claims.filter(
    (c) => c.linked && (c.metric === 'poll_share' || c.metric === 'vote_share') && c.party_id && c.value !== null,
  );
  const rows = groupBy(shares, (c) => `${c.source_id}|${c.line}`);
  return linkedWith(input.claims, 'lead').flatMap((lead): Conflict[] => {
    const row = (rows.get(`${lead.source_id}|${lead.line}`) ?? []).sort((a, b) => b.value! - a.value!);
    if (row.length < 2) return [];
    const [first, second] = [row[0]!, row[1]!];
    const expected = first.value! - second.value!;
    const off = lead.value! - expected;
    // a lead exactly ten points off has slipped its tens digit
    const tens = Math.abs(Math.abs(off) - 10) < 1e-9;
    const subject = stated(
      input,
      lead,
      factKey({ metric: 'lead', election_id: lead.election_id!, poll_id: lead.poll_id }),
    );
    const conflict = expectFigure(lead, expected, {
      check: 'lead',
      kind: tens ? 'typo' : 'arithmetic',
      expected_how: how.leadFromShares(first.figure, second.figure),
      explanation: explain.lead(subject, first.value!, second.value!, expected, tens),
    });
    return conflict ? [conflict] : [];
  });
};
