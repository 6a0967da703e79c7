// A metric's meaning is its entry in metrics.json: a new entry is treated as its fields say, in every
// stage, and a malformed entry stops the load naming the file and the metric.
import { describe, expect, it } from 'vitest';
import { makeClaim } from '../../pipeline/extract/claims.ts';
import { reasonToStayUnlinked } from '../../pipeline/extract/reading.ts';
import { PipelineError } from '../../pipeline/lib/messages.ts';
import { findNumbers, parseNumber, type StatedNumber } from '../../pipeline/lib/numbers.ts';
import { checkChanges } from '../../pipeline/reconcile/check-changes.ts';
import { deriveFromChanges } from '../../pipeline/reconcile/derive.ts';
import { factsFromClaims } from '../../pipeline/reconcile/group.ts';
import { buildNamer } from '../../pipeline/reconcile/namer.ts';
import shipped from '../../pipeline/registry/metrics.json' with { type: 'json' };
import { countedIn, needs } from '../../pipeline/registry/metrics.ts';
import { buildRegistry, elections, loadRegistry } from '../../pipeline/registry/registry.ts';
import { claim, found, polls, registry, registryFiles, runCheck, sources } from '../reconcile/inline.ts';

/** The made-up registry with one metric entry more. */
const withMetric = (entry: object) =>
  buildRegistry([
    ...registryFiles.filter((f) => f.file !== 'metrics.json'),
    { file: 'metrics.json', content: { metrics: [...shipped.metrics, entry] } },
  ]);

const voteChange = {
  id: 'vote_change',
  unit: 'votes',
  description: "A party's votes minus its votes at the previous election.",
  words: 'change in votes',
  needs: ['party'],
  change_of: 'votes',
};
const added = withMetric(voteChange);

describe('the shipped metrics', () => {
  const { metrics } = loadRegistry();
  it('declare the changes and the metrics they change', () => {
    const changes = metrics.all.filter((m) => m.change_of !== null).map((m) => [m.id, m.change_of]);
    expect(changes).toEqual([
      ['seat_change', 'seats'],
      ['swing', 'vote_share'],
      ['turnout_change', 'turnout'],
    ]);
  });

  it('declare the rules of an election and what is set before it as no result', () => {
    expect(metrics.all.filter((m) => !m.result).map((m) => m.id)).toEqual([
      'registered',
      'threshold',
      'seats_total',
      'seats_elected',
      'seats_appointed',
      'majority',
      'ballot_position',
      'polling_stations',
      'sample_size',
    ]);
  });

  it('declare which metrics need a party, which a poll, and what a list of counts counts', () => {
    const needing = (subject: 'party' | 'poll') =>
      metrics.all.filter((m) => needs(metrics, m.id, subject)).map((m) => m.id);
    expect(needing('party')).toEqual([
      'votes',
      'vote_share',
      'seats',
      // a mixed system's two kinds of seats (2023: party lists and single-member districts)
      'seats_list',
      'seats_district',
      'seat_change',
      'swing',
      'candidates',
      'ballot_position',
      'poll_share',
    ]);
    expect(needing('poll')).toEqual(['poll_share', 'sample_size']);
    expect(countedIn(metrics, 'Observers came from these organisations:')).toBe('observers');
    expect(countedIn(metrics, 'The polling sites by region:')).toBe('polling_stations');
    // the noun that comes first names what the items count
    expect(countedIn(metrics, 'The candidates for the 98 seats, by party:')).toBe('candidates');
    expect(countedIn(metrics, 'The parties, by name:')).toBeNull();
  });
});

describe('a metric added as one entry', () => {
  // Sun: 600 votes in 2016, 500 in 2021: a change of −100
  const votes = [
    claim({ metric: 'votes', value: 600, unit: 'votes', party_id: 'sun', election_id: 'vote-2016', line: 1 }),
    claim({ metric: 'votes', value: 500, unit: 'votes', party_id: 'sun', line: 2 }),
  ];
  const change = (figure: string, value: number) =>
    claim({ metric: 'vote_change', figure, value, unit: 'votes', party_id: 'sun', line: 5 });

  it('gets the sign handling of a change: an unsigned "100" is −100 by both elections\' votes', () => {
    expect(runCheck(checkChanges, [...votes, change('100', 100)])).toEqual([]);
    expect(found(runCheck(checkChanges, [...votes, change('100', 100)], added))).toEqual([
      {
        check: 'change',
        claim_id: 'newer:5:vote_change-sun',
        kind: 'sign',
        reported: 100,
        expected: -100,
        severity: 'warning',
      },
    ]);
    expect(runCheck(checkChanges, [...votes, change('−100', -100)], added)).toEqual([]);
  });

  it('gives the previous election its base figure: 500 − (−100) = 600 votes in 2016', () => {
    const name = buildNamer(added, sources, polls, 'vote-2021');
    const { facts } = factsFromClaims([votes[1]!, change('−100', -100)], sources, name, added.metrics);
    const derived = deriveFromChanges(facts, elections(added), added.metrics).filter((f) => f.status === 'derived');
    expect(derived.map((f) => [f.metric, f.election_id, f.party_id, f.value])).toEqual([
      ['votes', 'vote-2016', 'sun', 600],
    ]);
  });

  it('is named by its words in messages', () => {
    const key = { metric: 'vote_change', party_id: 'sun', election_id: 'vote-2021' };
    const fact = { region_id: null, poll_id: null, organisation_id: null, scope: null, ...key };
    expect(buildNamer(added, sources, polls, 'vote-2021').fact(fact)).toBe("Sun Party's change in votes");
    expect(buildNamer(registry, sources, polls, 'vote-2021').fact(fact)).toBe("Sun Party's vote_change");
  });

  it('needs a party when it says so', () => {
    const where = {
      source_id: 'notes',
      line: 3,
      extraction: 'list' as const,
      excerpt: 'Change – 100',
      sentence: null,
      place: '9',
      at: { column: 0, figureAt: 9 },
    };
    const stated = (party_id: string | null) =>
      makeClaim(
        where,
        parseNumber('100')!,
        { metric: 'vote_change', election_id: 'vote-2021', party_id },
        added.metrics,
      );
    expect([stated('sun').linked, stated('sun').unit]).toEqual([true, 'votes']);
    expect([stated(null).linked, stated(null).note]).toEqual([
      false,
      'a vote_change needs a party, and none is named for the figure',
    ]);
  });

  it('names what a list counts by its list words, and is a result a hope cannot state when it says so', () => {
    const districts = { id: 'districts', unit: 'districts', description: 'Districts won.', words: 'districts' };
    expect(countedIn(withMetric({ ...districts, list_words: 'districts?' }).metrics, 'The districts won:')).toBe(
      'districts',
    );
    expect(countedIn(registry.metrics, 'The districts won:')).toBeNull();
    const sentence = 'Sun Party hoped to win 3 districts.';
    const figure = findNumbers(sentence)[0] as StatedNumber;
    const reason = (entry: object) =>
      reasonToStayUnlinked(sentence, figure, withMetric(entry).metrics.get('districts'));
    expect(reason({ ...districts, result: true })).toBe('the figure is a hope, aim or prediction, not a result');
    expect(reason(districts)).toBeNull();
  });
});

describe('checking metrics.json', () => {
  const problems = (...metrics: object[]) => {
    try {
      buildRegistry([{ file: 'pipeline/registry/metrics.json', content: { metrics } }]);
      return [];
    } catch (error) {
      return (error as PipelineError).messages;
    }
  };
  const votes = { id: 'votes', unit: 'votes', description: 'Votes.', words: 'votes' };

  it('stops at an unknown field and at a change of an unknown metric, naming the file and the metric', () => {
    expect(problems(votes, { ...voteChange, colour: '#000000', change_of: 'ballots' })).toEqual([
      'pipeline/registry/metrics.json: metric "vote_change" has a field "colour" the registry does not know; expected only id, unit, description, words, needs, result, change_of, polled_as, list_words: correct its spelling or remove it',
      'pipeline/registry/metrics.json: metric "vote_change" has "change_of": "ballots"; expected the id of another metric in pipeline/registry/metrics.json',
    ]);
  });

  it('stops at a missing field, a subject it cannot need, bad list words and an id listed twice', () => {
    expect(
      problems(
        { ...votes, needs: ['party', 'town'], list_words: 'votes (' },
        { id: 'votes', unit: 'votes', description: 'Votes again.' },
      ),
    ).toEqual([
      'pipeline/registry/metrics.json: metric "votes" has "needs": ["party","town"]; expected a list of the subjects a claim must name, of party, region, poll',
      'pipeline/registry/metrics.json: metric "votes" has "list_words": "votes ("; expected a regular expression for the words, such as "polling (?:stations|sites)"',
      'pipeline/registry/metrics.json: metric "votes" has no "words"; expected the words messages name it by, such as "share": add it',
      'pipeline/registry/metrics.json: metric "votes" is listed twice; each metric needs its own id: merge the entries or rename one',
    ]);
  });

  it('accepts the shipped file, and a registry without metrics knows none', () => {
    expect(problems(...shipped.metrics)).toEqual([]);
    expect(buildRegistry([]).metrics.get('votes')).toBeNull();
  });
});
