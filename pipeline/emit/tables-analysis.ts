// The analytic tables (results, turnout, polls and their accuracy, swings, seats, indices) with their schemas,
// and the regional results again in the OpenElections layout.
import type { AnalysisTables } from '../analyse/analyse.ts';
import type { RegionalResult } from '../analyse/results.ts';
import { countryOf, elections, type Registry } from '../registry/registry.ts';
import { OPENELECTIONS_SCHEMA, table, type TableSpec } from './schema.ts';

// the order of the tables in datapackage.json
const ORDER: (keyof AnalysisTables)[] = [
  'results_national',
  'results_regional',
  'turnout',
  'polls',
  'poll_accuracy',
  'poll_scores',
  'swings',
  'seat_allocation',
  'seat_whatif',
  'indices',
];

/** Each analytic table with its schema. */
export const analysisTables = (analysis: AnalysisTables): TableSpec[] =>
  ORDER.map((name) => table(name, analysis[name] as object[]));

/**
 * The OpenElections results layout (county, precinct, office, district, party, candidate, votes), one
 * file an election with regional results, named as OpenElections names its files.
 */
export function openElectionsTables(regional: RegionalResult[], registry: Registry): TableSpec[] {
  const name = (id: string) => registry.byId.get(id)?.name_en ?? id;
  const country = countryOf(registry).id;
  return elections(registry).flatMap((election) => {
    const rows = regional
      .filter((r) => r.election_id === election.id && r.votes !== null)
      .map((r) => ({
        county: name(r.region_id),
        precinct: null,
        office: name(election.details.body),
        district: null,
        party: name(r.party_id),
        candidate: null,
        votes: r.votes,
      }));
    if (rows.length === 0) return [];
    const day = election.details.date.replaceAll('-', '');
    return [
      {
        ...OPENELECTIONS_SCHEMA,
        name: `openelections-${day}`,
        path: `${day}__${country}__general__region.csv`,
        title: `${election.name_en}: regional results, OpenElections layout`,
        rows,
      },
    ];
  });
}
