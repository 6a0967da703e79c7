// A mixed system's list seats are not its total seats: the trap, worked by hand on the inline election.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../pipeline/extract/claims.ts';
import { checkSeatKinds } from '../../pipeline/reconcile/check-seat-kinds.ts';
import { checkSeats } from '../../pipeline/reconcile/check-seats.ts';
import { scopeSeats } from '../../pipeline/reconcile/seat-scopes.ts';
import { factsFromClaims } from '../../pipeline/reconcile/group.ts';
import { elections } from '../../pipeline/registry/registry.ts';
import { claim, found, name, registry, row, runCheck, sources } from './inline.ts';

// vote-2023: 10 list seats, 7% threshold, 4 districts. Valid 1,000: Sun 600, Moon 300, Star 50 (5%, under
// the threshold). Quota 900 / 10 = 90: Sun 6 + the larger remainder (0.67) = 7 list seats, Moon 3, Star 0.
const mixed = (more: Partial<Claim> = {}) => ({ election_id: 'vote-2023', ...more });
const results = [
  claim({ metric: 'valid_votes', value: 1000, unit: 'votes', line: 1, ...mixed() }),
  ...row({ sun: 600, moon: 300, star: 50 }, { metric: 'votes', unit: 'votes', line: 2, ...mixed() }),
  ...row({ sun: 60, moon: 30, star: 5 }, { metric: 'vote_share', unit: 'percent', line: 3, ...mixed() }),
];
// the table's `Seats` are list seats; the commentary counts Sun's two districts too: 7 + 2 = 9
const tableSeats = row({ sun: 7, moon: 3 }, { metric: 'seats', unit: 'seats', line: 4, ...mixed() });
const reportSeats = claim({
  metric: 'seats',
  value: 9,
  unit: 'seats',
  party_id: 'sun',
  source_id: 'commentary',
  extraction: 'prose',
  line: 7,
  ...mixed(),
});

function scoped(claims: Claim[]) {
  const { facts } = factsFromClaims(claims, sources, name, registry.metrics);
  const input = {
    claims,
    facts: new Map(facts.map((f) => [f.fact_id, f])),
    sources,
    registry,
    elections: elections(registry),
    name,
  };
  return scopeSeats(input);
}

describe('list seats that are not total seats (a mixed system)', () => {
  it("reads the table's 7 for Sun as list seats, the commentary's 9 as its seats in all: a scope difference, settled", () => {
    const { claims, conflicts } = scoped([...results, ...tableSeats, reportSeats]);
    expect(
      claims.filter((c) => c.party_id === 'sun' && c.metric?.startsWith('seats')).map((c) => [c.claim_id, c.metric]),
    ).toEqual([
      ['newer:4:seats-sun', 'seats_list'],
      ['commentary:7:seats-sun', 'seats'],
    ]);
    expect(found(conflicts)).toEqual([
      { check: 'seat-scope', claim_id: 'newer:4:seats-sun', kind: 'scope', reported: 7, expected: 9, severity: 'info' },
    ]);
    // on the list-seat fact the 7 now stands for: that fact says why
    expect(conflicts[0]!.fact_id).toBe('seats_list:vote-2023:sun');
    expect(conflicts[0]!.resolution).toBe(
      "read as list seats: another source's larger figure also counts the 4 single-member districts",
    );
    expect(conflicts[0]!.explanation).toBe(
      "The newer revision gives Sun Party's seats in The 2023 vote as 7, the commentary as 9: 7 is its share of the 10 list seats, 9 its seats with the 4 single-member districts; a difference of scope, not a conflict.",
    );
    // Moon's one figure is not in question, and is left as written
    expect(claims.find((c) => c.claim_id === 'newer:4:seats-moon')!.metric).toBe('seats');
  });

  it('relabels nothing when the seat figures agree, or when the election has no districts', () => {
    expect(scoped([...results, ...tableSeats]).conflicts).toEqual([]);
    const in2021 = [...results, ...tableSeats, reportSeats].map((c) => ({ ...c, election_id: 'vote-2021' }));
    expect(scoped(in2021).conflicts).toEqual([]);
  });

  it('checks list seats, never total seats, against the largest-remainder rule in a mixed system', () => {
    // Sun's 9 seats in all are no largest-remainder figure: silent; its 8 list seats are: 7 expected
    expect(runCheck(checkSeats, [...results, reportSeats])).toEqual([]);
    const wrongList = claim({ metric: 'seats_list', value: 8, unit: 'seats', party_id: 'sun', line: 5, ...mixed() });
    expect(found(runCheck(checkSeats, [...results, wrongList]))).toEqual([
      {
        check: 'largest-remainder',
        claim_id: 'newer:5:seats_list-sun',
        kind: 'arithmetic',
        reported: 8,
        expected: 7,
        severity: 'error',
      },
    ]);
  });

  it("checks a party's seats as its list seats plus its district seats", () => {
    const parts = (district: number) => [
      claim({ metric: 'seats_list', value: 7, unit: 'seats', party_id: 'sun', line: 5, ...mixed() }),
      claim({ metric: 'seats_district', value: district, unit: 'seats', party_id: 'sun', line: 6, ...mixed() }),
      reportSeats,
    ];
    expect(runCheck(checkSeatKinds, parts(2))).toEqual([]);
    const conflicts = runCheck(checkSeatKinds, parts(1));
    expect(found(conflicts)).toEqual([
      {
        check: 'seat-kinds',
        claim_id: 'commentary:7:seats-sun',
        kind: 'arithmetic',
        reported: 9,
        expected: 8,
        severity: 'error',
      },
    ]);
    expect(conflicts[0]!.explanation).toBe(
      "The commentary gives Sun Party's seats in The 2023 vote as 9, but 7 list seats + 1 district seats = 8.",
    );
  });
});
