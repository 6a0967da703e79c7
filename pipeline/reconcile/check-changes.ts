import type { Claim } from '../extract/claims.ts';
import { round } from '../lib/round.ts';
import { isChange } from '../registry/metrics.ts';
import { contains, intervalOf, isUnsigned } from './agreement.ts';
import { explain, how, rule, show } from '../lib/explanations.ts';
import { makeConflict, type Conflict } from './conflicts.ts';
import { factId, keyOf } from './facts.ts';
import { factValue, stated, type Check, type CheckInput } from './check.ts';

/**
 * Seat changes, swings and turnout changes against both elections' figures (seats, shares, turnout of
 * the election and the one before). A change written without its sign takes the sign the figures
 * give; one that no figures can check keeps an open question on its direction.
 */
export const checkChanges: Check = (input) => {
  // the facts some source gives with a sign written, once: each unsigned change asks
  const { metrics } = input.registry;
  const changes = input.claims.filter((c) => c.linked && c.value !== null && isChange(metrics, c.metric));
  const unsigned = (c: Claim) => isUnsigned(c, metrics);
  const signed = new Set(changes.filter((c) => !unsigned(c)).map((c) => factId(keyOf(c))));
  return changes.flatMap((claim): Conflict[] => {
    const expected = expectedChange(input, claim);
    const fact = { fact_id: factId(keyOf(claim)), ...keyOf(claim) };
    const subject = stated(input, claim);
    if (expected === null) {
      if (!unsigned(claim) || signed.has(fact.fact_id)) return [];
      return [
        makeConflict(fact, claim, {
          check: 'change-sign',
          expected: null,
          expected_how: how.noFiguresForChange(),
          kind: 'sign',
          resolution: 'open',
          explanation: explain.signUnknown(subject),
        }),
      ];
    }
    if (contains(intervalOf(claim), expected.value)) return [];
    const sign = unsigned(claim) && contains(intervalOf(claim), -expected.value);
    return [
      makeConflict(fact, claim, {
        check: 'change',
        expected: expected.value,
        expected_how: expected.how,
        kind: sign ? 'sign' : 'arithmetic',
        resolution: sign ? rule.signRecovered(expected.how) : 'open',
        explanation: (sign ? explain.signLost : explain.computed)(
          subject,
          expected.how,
          show(expected.value, claim.unit, claim.decimals),
        ),
      }),
    ];
  });
};

function expectedChange(input: CheckInput, claim: Claim): { value: number; how: string } | null {
  const base = input.registry.metrics.get(claim.metric)!.change_of!;
  const previous = input.elections.find((e) => e.id === claim.election_id)?.details.previous ?? null;
  if (!previous) return null;
  const key = { metric: base, party_id: claim.party_id, region_id: claim.region_id };
  const now = factValue(input, { ...key, election_id: claim.election_id! });
  const before = factValue(input, { ...key, election_id: previous });
  if (now === null || before === null) return null;
  const year = (id: string) => input.elections.find((e) => e.id === id)?.details.date.slice(0, 4) ?? id;
  return { value: round(now - before), how: how.change(now, year(claim.election_id!), before, year(previous)) };
}
