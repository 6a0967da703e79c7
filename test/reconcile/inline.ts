// A made-up election small enough to work out by hand: three parties, two regions, two elections
// (10 list seats, a 7% threshold) and a third with 4 single-member districts besides, four sources, the shipped
// metrics. Checks run on claims written inline in each test.
import type { Claim, Poll } from '../../pipeline/extract/claims.ts';
import type { Source } from '../../pipeline/lib/manifest.ts';
import type { Check, CheckInput } from '../../pipeline/reconcile/check.ts';
import type { Conflict } from '../../pipeline/reconcile/conflicts.ts';
import { factsFromClaims } from '../../pipeline/reconcile/group.ts';
import { buildNamer } from '../../pipeline/reconcile/namer.ts';
import metrics from '../../pipeline/registry/metrics.json' with { type: 'json' };
import { buildRegistry, elections, type Registry } from '../../pipeline/registry/registry.ts';

const seatRules = {
  body: 'chamber',
  seats_total: 12,
  seats_elected: 10,
  seats_appointed: 2,
  threshold_pct: 7,
  allocation: 'largest-remainder-hare',
  tie_break: 'registered-first',
  runner_up_min_seats: 2,
  majority: 7,
};

/** The registry's files, for a test to build a registry with one entry more. */
export const registryFiles = [
  {
    file: 'parties.json',
    content: {
      type: 'party',
      entities: [
        { id: 'sun', name_en: 'Sun Party', colour: '#E69F00' },
        { id: 'moon', name_en: 'Moon Party', colour: '#56B4E9' },
        { id: 'star', name_en: 'Star Party', colour: '#009E73' },
      ],
    },
  },
  {
    file: 'regions.json',
    content: {
      type: 'region',
      entities: [
        { id: 'land', name_en: 'Land', scope: 'country' },
        { id: 'north', name_en: 'North Region', scope: 'region' },
        { id: 'south', name_en: 'South Region', scope: 'region' },
      ],
    },
  },
  { file: 'pollsters.json', content: { type: 'pollster', entities: [{ id: 'pollco', name_en: 'PollCo' }] } },
  {
    file: 'elections.json',
    content: {
      type: 'election',
      entities: [
        { id: 'vote-2016', name_en: 'The 2016 vote', date: '2016-03-20', previous: null, ...seatRules },
        { id: 'vote-2021', name_en: 'The 2021 vote', date: '2021-01-10', previous: 'vote-2016', ...seatRules },
        // a mixed system: 10 list seats by the same rule, and 4 single-member districts
        {
          id: 'vote-2023',
          name_en: 'The 2023 vote',
          date: '2023-03-19',
          previous: 'vote-2021',
          ...seatRules,
          seats_total: 14,
          seats_district: 4,
          seats_appointed: 0,
          majority: 8,
        },
      ],
    },
  },
  { file: 'metrics.json', content: metrics },
];
export const registry = buildRegistry(registryFiles);

const source = (
  source_id: string,
  kind: Source['kind'],
  revision_of: string | null,
  revision: number | null,
): Source => ({
  source_id,
  file: `${source_id}.txt`,
  title: source_id,
  kind,
  language: 'en',
  revision_of,
  revision,
  layout: 'line-per-paragraph',
  election_id: 'vote-2021',
  description: '',
  sha256: '0'.repeat(64),
});

export const sources = new Map(
  [
    source('newer', 'encyclopedia-revision', 'article', 2),
    source('older', 'encyclopedia-revision', 'article', 1),
    source('analysis', 'analysis', null, null),
    source('notes', 'analysis', null, null),
    source('commentary', 'commentary', null, null),
    { ...source('wire', 'news', null, null), publisher: 'Kazinform', published: '2021-01-12' },
    {
      ...source('cec', 'results-page', null, null),
      publisher: 'the Central Election Commission',
      published: '2021-01-15',
    },
    { ...source('pollnote', 'poll-report', null, null), publisher: 'PollCo', published: '2020-12-03' },
  ].map((s) => [s.source_id, s]),
);

export const polls: Poll[] = [
  {
    poll_id: 'pollco-2020-12-01',
    pollster_id: 'pollco',
    kind: 'opinion',
    date: '2020-12-01',
    fieldwork_start: null,
    sample_size: 1000,
    mode: null,
    election_id: 'vote-2021',
    source_id: 'newer',
    line: 30,
  },
];

export const name = buildNamer(registry, sources, polls, 'vote-2021');

/**
 * A linked claim of the newer revision's table about the 2021 vote unless told otherwise. `figure`
 * defaults to the value as written (a positive change is then unsigned); `decimals` to those of `figure`.
 */
export function claim(over: Partial<Claim> & Pick<Claim, 'metric' | 'value'>): Claim {
  const source_id = over.source_id ?? 'newer';
  const line = over.line ?? 1;
  const figure = over.figure ?? (over.value === null ? '–' : String(over.value));
  const place = [over.metric, over.party_id, over.region_id, over.organisation_id].filter(Boolean).join('-');
  return {
    claim_id: `${source_id}:${line}:${place}`,
    source_id,
    line,
    extraction: 'table',
    excerpt: figure,
    excerpt_column: 1,
    sentence: null,
    subject: null,
    election_id: 'vote-2021',
    party_id: null,
    region_id: null,
    poll_id: null,
    organisation_id: null,
    scope: null,
    figure,
    value_high: null,
    unit: null,
    qualifier: over.value === null ? null : 'eq',
    decimals: over.value === null ? null : (figure.match(/\.(\d+)/)?.[1]?.length ?? 0),
    linked: true,
    note: null,
    ...over,
  };
}

/** Claims of one row: the same source, line and place, one per party. */
export const row = (values: Record<string, number>, over: Partial<Claim> & Pick<Claim, 'metric'>): Claim[] =>
  Object.entries(values).map(([party_id, value]) =>
    claim({ ...over, party_id, value, figure: over.unit === 'percent' ? `${value.toFixed(1)}%` : String(value) }),
  );

/** Runs one check over the claims (on the registry above unless told), with the facts grouped as the stage does. */
export function runCheck(check: Check, claims: Claim[], over: Registry = registry): Conflict[] {
  const named = over === registry ? name : buildNamer(over, sources, polls, 'vote-2021');
  const { facts } = factsFromClaims(claims, sources, named, over.metrics);
  const input: CheckInput = {
    claims,
    facts: new Map(facts.map((f) => [f.fact_id, f])),
    sources,
    registry: over,
    elections: elections(over),
    name: named,
  };
  return check(input);
}

/** The fields a test compares: which check found it, on which claim, and what it says. */
export const found = (conflicts: Conflict[]) =>
  conflicts.map((c) => ({
    check: c.conflict_id.slice(0, c.conflict_id.indexOf(':')),
    claim_id: c.claim_id,
    kind: c.kind,
    reported: c.reported,
    expected: c.expected,
    severity: c.severity,
  }));
