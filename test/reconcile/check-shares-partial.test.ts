// A source that lists only some parties: its shares are not an arithmetic error, and the check says why it left them.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../pipeline/extract/claims.ts';
import { checkSharesFromVotes, sharesLeftUnchecked } from '../../pipeline/reconcile/check-shares.ts';
import type { CheckInput } from '../../pipeline/reconcile/check.ts';
import { factsFromClaims } from '../../pipeline/reconcile/group.ts';
import { elections } from '../../pipeline/registry/registry.ts';
import { claim, found, name, registry, row, runCheck, sources } from './inline.ts';

const votes = (values: Record<string, number>, where: Partial<Claim>) =>
  row(values, { metric: 'votes', unit: 'votes', ...where });
const shares = (values: Record<string, number>, where: Partial<Claim>) =>
  row(values, { metric: 'vote_share', unit: 'percent', ...where });

const inputOf = (claims: Claim[]): CheckInput => ({
  claims,
  facts: new Map(factsFromClaims(claims, sources, name, registry.metrics).facts.map((f) => [f.fact_id, f])),
  sources,
  registry,
  elections: elections(registry),
  name,
});

// the official table (newer) gives all three parties; the news report (older) lists two of them, no total
const official = [
  ...votes({ sun: 600, moon: 300, star: 100 }, { line: 5 }),
  ...shares({ sun: 60, moon: 30, star: 10 }, { line: 5 }),
];
const partial = [
  ...votes({ sun: 600, moon: 300 }, { source_id: 'older', line: 8 }),
  ...shares({ sun: 60, moon: 30 }, { source_id: 'older', line: 8 }),
];

describe('shares of a source that lists some parties', () => {
  it("does not recompute a two-party list's shares over its own two parties: 600 of 900 is not Sun's share of the vote", () => {
    expect(runCheck(checkSharesFromVotes, [...official, ...partial])).toEqual([]);
  });

  it('says which place was left unchecked, which parties it lists and leaves out, and why', () => {
    expect(sharesLeftUnchecked(inputOf([...official, ...partial]))).toEqual([
      {
        check: 'share-from-votes',
        source_id: 'older',
        election_id: 'vote-2021',
        region_id: null,
        line: 8,
        listed: ['sun', 'moon'],
        missing: ['star'],
        reason:
          'The older revision gives votes for 2 parties (Sun Party, Moon Party) and no valid votes, so its shares are not recomputed from its votes: the list leaves out Star Party, and the votes of some parties are not the whole vote.',
      },
    ]);
  });

  it('still checks the two-party list when it gives the valid votes (a total row): 600 of 1,000 is 60%, not 66.7%', () => {
    const valid = claim({ source_id: 'older', metric: 'valid_votes', value: 1000, unit: 'votes', line: 9 });
    const wrong = [
      ...votes({ sun: 600, moon: 300 }, { source_id: 'older', line: 8 }),
      ...shares({ sun: 66.7, moon: 30 }, { source_id: 'older', line: 8 }),
    ];
    expect(found(runCheck(checkSharesFromVotes, [...official, valid, ...wrong]))).toEqual([
      {
        check: 'share-from-votes',
        claim_id: 'older:8:vote_share-sun',
        kind: 'arithmetic',
        reported: 66.7,
        expected: 60,
        severity: 'error',
      },
    ]);
    expect(sharesLeftUnchecked(inputOf([...official, valid, ...wrong]))).toEqual([]);
  });

  it('checks a list that names every party the sources give votes for, and leaves nothing unchecked', () => {
    const complete = [
      ...votes({ sun: 600, moon: 300, star: 100 }, { source_id: 'older', line: 8 }),
      ...shares({ sun: 60, moon: 35, star: 10 }, { source_id: 'older', line: 8 }),
    ];
    expect(found(runCheck(checkSharesFromVotes, [...official, ...complete])).map((c) => c.claim_id)).toEqual([
      'older:8:vote_share-moon',
    ]);
    expect(sharesLeftUnchecked(inputOf([...official, ...complete]))).toEqual([]);
  });
});
