// The three pure cores composed in memory, as the runner composes them: a made-up election's claims
// reconciled, analysed and emitted as files (paths and bytes), every expectation worked out by hand.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../pipeline/analyse/analyse.ts';
import { emit } from '../../pipeline/emit/emit.ts';
import { reconcile } from '../../pipeline/reconcile/reconcile.ts';
import { claim, registry, row, sources } from '../reconcile/inline.ts';

// 1,000 valid votes, 10 list seats, a 7% threshold: the Hare quota is 100 votes, the floors 5 + 3 + 1 = 9,
// and the one seat left goes to the largest remainder (Sun's 0.5)
const claims = [
  ...row({ sun: 550, moon: 330, star: 120 }, { metric: 'votes', unit: 'votes' }),
  claim({ metric: 'valid_votes', value: 1000, unit: 'votes' }),
  ...row({ sun: 55, moon: 33, star: 12 }, { metric: 'vote_share', unit: 'percent', line: 2 }),
  ...row({ sun: 6, moon: 3, star: 1 }, { metric: 'seats', line: 3 }),
];
const reconciled = reconcile({
  claims,
  polls: [],
  sources: [...sources.values()],
  registry,
  decisions: [],
  aliases: [],
  tables: new Map(),
});
const analysis = analyse(reconciled.facts, [], registry);
const published = emit({
  sources: [...sources.values()].map((s) => ({ ...s, bytes: 100 })),
  registry,
  aliases: [],
  reconciled,
  analysis,
});
const text = (path: string) => published.files.get(path) as string;

describe('reconcile → analyse → emit, in memory', () => {
  it('reconciles the made-up figures without a conflict: every share agrees with its votes', () => {
    expect(reconciled.conflicts).toEqual([]);
    expect(reconciled.facts.map((f) => `${f.fact_id} ${f.value} ${f.status}`)).toContain(
      'vote_share:vote-2021:sun 55 agreed',
    );
  });

  it('analyses: shares from the votes, seats by the largest remainder, Gallagher and the ENP', () => {
    expect(analysis.results_national.map((r) => [r.party_id, r.votes, r.vote_share, r.seats])).toEqual([
      ['sun', 550, 55, 6],
      ['moon', 330, 33, 3],
      ['star', 120, 12, 1],
    ]);
    // Gallagher: sqrt(½ ((55 − 60)² + (33 − 30)² + (12 − 10)²)) = sqrt(19) = 4.3589;
    // ENP by votes 1 / (0.55² + 0.33² + 0.12²) = 1 / 0.4258 = 2.3485, by seats 1 / 0.46 = 2.1739
    expect(analysis.indices.map((i) => [i.index, i.value])).toEqual([
      ['enp_seats', 2.1739],
      ['enp_votes', 2.3485],
      ['gallagher_lsq', 4.3589],
    ]);
  });

  it('emits each table as CSV and Parquet, and the package, as data: no disk involved', () => {
    const tables = ['sources', 'entities', 'aliases', 'claims', 'facts', 'conflicts', 'revisions'].concat(
      Object.keys(analysis),
    );
    // written in the order of their paths, the order the data version hashes them in; the package last
    expect([...published.files.keys()]).toEqual([
      ...[...tables].sort().flatMap((t) => [`${t}.csv`, `parquet/${t}.parquet`]),
      'datapackage.json',
    ]);
    expect(published.files.get('parquet/seat_allocation.parquet')).toBeInstanceOf(Uint8Array);
    expect(text('seat_allocation.csv')).toBe(
      [
        'election_id,scenario,party_id,votes,share,quota,seats_floor,remainder,seats,seats_reported',
        'vote-2021,official,moon,330,33,100,3,0.3,3,3',
        'vote-2021,official,star,120,12,100,1,0.2,1,1',
        'vote-2021,official,sun,550,55,100,5,0.5,6,6',
        '',
      ].join('\n'),
    );
  });

  it("describes each table with its schema file's fields and the field titles", () => {
    const descriptor = JSON.parse(text('datapackage.json'));
    const results = descriptor.resources.find((r: { name: string }) => r.name === 'results_national');
    expect(results.schema.fields.slice(0, 3)).toEqual([
      {
        name: 'election_id',
        type: 'string',
        description: 'The election (registry id).',
        constraints: { required: true },
        title: 'Election',
      },
      {
        name: 'party_id',
        type: 'string',
        description: 'The party (registry id).',
        constraints: { required: true },
        title: 'Party',
      },
      { name: 'votes', type: 'integer', description: 'Votes.', title: 'Votes' },
    ]);
    expect(results.schema.primaryKey).toEqual(['election_id', 'party_id']);
    expect(descriptor.name).toBe('land-chamber-2021');
  });
});
