// Signs written as words or arrows, and changes printed without one, on a table fixture read by the stages.
import { describe, expect, it } from 'vitest';
import type { Source } from '../../pipeline/lib/manifest.ts';
import { isUnsigned } from '../../pipeline/reconcile/agreement.ts';
import { checkChanges } from '../../pipeline/reconcile/check-changes.ts';
import { factsFromClaims } from '../../pipeline/reconcile/group.ts';
import { buildNamer } from '../../pipeline/reconcile/namer.ts';
import { elections } from '../../pipeline/registry/registry.ts';
import { extractFixture } from '../extract/fixture-claims.ts';
import { tools } from '../extract/real-claims.ts';

const source: Source = {
  source_id: 'signs',
  file: 'signs.txt',
  title: 'A made-up results site',
  kind: 'results-table',
  language: 'en',
  revision_of: null,
  revision: null,
  layout: 'line-per-paragraph',
  election_id: 'kz-mazhilis-2021',
  description: '',
  sha256: '0'.repeat(64),
};
const sources = new Map([[source.source_id, source]]);

function changeConflicts() {
  const { claims, polls } = extractFixture('signs');
  const name = buildNamer(tools.registry, sources, polls, 'kz-mazhilis-2021');
  const { facts } = factsFromClaims(claims, sources, name, tools.registry.metrics);
  return checkChanges({
    claims,
    facts: new Map(facts.map((f) => [f.fact_id, f])),
    sources,
    registry: tools.registry,
    elections: elections(tools.registry),
    name,
  });
}

describe('signs written as words or arrows', () => {
  it('reads Increase5, ▲3 and Decrease 11.11 pp with their signs, and 8 and 2.1 pp as unsigned', () => {
    const changes = extractFixture('signs').claims.filter((c) => c.metric === 'seat_change' || c.metric === 'swing');
    expect(
      changes.map((c) => [c.party_id, c.metric, c.figure, c.value, isUnsigned(c, tools.registry.metrics)]),
    ).toEqual([
      ['nur-otan', 'seat_change', '8', 8, true],
      ['nur-otan', 'swing', 'Decrease 11.11 pp', -11.11, false],
      ['ak-zhol', 'seat_change', 'Increase5', 5, false],
      ['ak-zhol', 'swing', '+3.77pp', 3.77, false],
      ['peoples-party', 'seat_change', '▲3', 3, false],
      ['peoples-party', 'swing', '▲ 1.96 pp', 1.96, false],
      ['auyl', 'swing', '2.1 pp', 2.1, true],
    ]);
  });

  it("recovers a lost sign from both elections' seats, and keeps a change no figures can check unsigned, explained", () => {
    expect(
      changeConflicts().map((c) => [c.party_id, c.metric, c.kind, c.expected, c.resolution, c.explanation]),
    ).toEqual([
      [
        'nur-otan',
        'seat_change',
        'sign',
        -8,
        'sign recovered from 76 (2021) − 84 (2016)',
        "The results table gives Nur Otan's seat change as 8 with its minus sign lost: 76 (2021) − 84 (2016) = −8.",
      ],
      [
        'auyl',
        'swing',
        'sign',
        null,
        'open',
        "The results table gives Auyl People's Democratic Patriotic Party's swing as 2.1 pp without a sign, and no figures of the previous election tell whether it rose or fell.",
      ],
    ]);
  });
});
