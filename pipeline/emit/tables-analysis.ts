import { nationalRegion, type AnalysisInput } from '../analyse/inputs.ts';
import { pollAccuracy, pollRows, pollScores } from '../analyse/polls.ts';
import { nationalResults, regionalResults, turnout } from '../analyse/results.ts';
import { indices, seatAllocations } from '../analyse/seats.ts';
import { swings } from '../analyse/swings.ts';
import { seatWhatIfs } from '../analyse/whatif.ts';
import { f, toEntity, type TableSpec } from './schema.ts';

const election = (name = 'election_id') => f.id(name, 'The election (registry id).');
const party = f.id('party_id', 'The party (registry id).');
const M3 = "Mosteller's measure 3 (Mosteller et al. 1949): the mean absolute error over the parties the poll lists";
const M5 = "Mosteller's measure 5: the error on the lead, (p_a − p_b) − (r_a − r_b)";
const AE = 'Arzheimer and Evans, Political Analysis 22(1), 2014';
const RULE =
  "the largest-remainder allocation with the Hare quota over the list seats (Mazhilis rule: parties under the threshold set aside; quota = qualifying votes / seats; floors, then the largest remainders; ties to the party registered first; a lone party's runner-up gets at least two seats)";

/** The analytic tables: results, turnout, polls and their accuracy, swings, seats and indices. */
export function analysisTables(input: AnalysisInput): TableSpec[] {
  return [
    {
      name: 'results_national',
      title: 'National results',
      description:
        'One row is one party at one election, nationally. vote_share = 100 × votes / valid votes where both are known, otherwise the reconciled printed share (README, Measures), to 4 decimals; the printed share is kept beside it as vote_share_reported. vote_share is the one share every derived measure uses: passed_threshold here, swings, poll_accuracy and poll_scores, and (unrounded) the indices and seat allocations.',
      fields: [
        election(),
        party,
        f.int('votes', 'Votes.'),
        f.num(
          'vote_share',
          'Percent of the valid votes, recomputed from the votes where possible: the share every derived measure uses.',
        ),
        f.num('vote_share_reported', 'The share as the sources print it (reconciled); used by no derived measure.'),
        f.int(
          'seats',
          'Seats won: by list where the lists fill every seat a party can win; in a mixed system list and district seats together.',
        ),
        f.bool('passed_threshold', "Whether vote_share reaches the election's threshold (registry)."),
      ],
      primaryKey: ['election_id', 'party_id'],
      foreignKeys: [toEntity('election_id'), toEntity('party_id')],
      rows: nationalResults(input),
    },
    {
      name: 'results_regional',
      title: 'Regional results',
      description:
        'One row is one party in one region at one election. vote_share = 100 × votes / the votes of all parties in the region (the sources give no regional valid votes); the printed share is kept beside it.',
      fields: [
        election(),
        f.id('region_id', 'The region (registry id).'),
        party,
        f.int('votes', 'Votes.'),
        f.num('vote_share', "Percent of the parties' votes in the region, recomputed."),
        f.num('vote_share_reported', 'The share as printed.'),
      ],
      primaryKey: ['election_id', 'region_id', 'party_id'],
      foreignKeys: [toEntity('election_id'), toEntity('region_id'), toEntity('party_id')],
      rows: regionalResults(input),
    },
    {
      name: 'turnout',
      title: 'Turnout',
      description:
        'One row is one election in the whole country (region kz) or one region. turnout_pct = 100 × ballots / registered (README, Measures); a turnout known only from a change is derived: turnout(a) = turnout(b) − change. What the sources do not give, such as turnout by region, is empty.',
      fields: [
        election(),
        f.id('region_id', 'The region, or kz for the whole country.'),
        f.int('registered', 'Registered voters.'),
        f.int('ballots_cast', 'Ballots cast.'),
        f.int('valid_votes', 'Valid votes.'),
        f.int('invalid_votes', 'Invalid or blank ballots.'),
        f.num('turnout_pct', 'Turnout, percent.'),
        f.num('invalid_pct', '100 × invalid / ballots.'),
        f.text('turnout_status', 'Status of the turnout fact (derived for a turnout computed from a change).'),
      ],
      primaryKey: ['election_id', 'region_id'],
      foreignKeys: [toEntity('election_id'), toEntity('region_id')],
      rows: turnout(input),
    },
    {
      name: 'polls',
      title: 'Polls',
      description: 'One row is one party in one opinion poll, exit poll, post-election survey or independent count.',
      fields: [
        f.id('poll_id', 'pollster-date, pollster-exit-date, or pollster-election without a date.'),
        f.id('pollster_id', 'The pollster.'),
        f.oneOf('kind', 'Kind of poll.', ['opinion', 'exit', 'post-election-survey', 'independent-count'], true),
        f.date('date', 'Fieldwork end or publication date.'),
        f.int('sample_size', 'People asked.'),
        party,
        f.num('share', "The party's share, percent."),
        f.text('qualifier', 'eq, le (no more than) …, as written.'),
        f.num('lead_reported', 'The lead as the table prints it.'),
      ],
      primaryKey: ['poll_id', 'party_id'],
      foreignKeys: [toEntity('pollster_id'), toEntity('party_id')],
      rows: pollRows(input),
    },
    {
      name: 'poll_accuracy',
      title: 'Poll accuracy by party',
      description:
        'One row is one party in one poll against the official result: r is results_national.vote_share (from the votes where known). error = p − r; renormalised: the listed shares scaled to sum to 100 first (undecided and others allocated proportionally).',
      fields: [
        f.id('poll_id', 'The poll.'),
        party,
        f.num('share', 'Poll share p.'),
        f.num('result_share', 'Official share r: results_national.vote_share.'),
        f.num('error', 'p − r, percentage points.'),
        f.num('share_renormalised', "100 × p / the listed shares' total."),
        f.num('error_renormalised', 'Renormalised p − r.'),
      ],
      primaryKey: ['poll_id', 'party_id'],
      foreignKeys: [toEntity('party_id')],
      rows: pollAccuracy(input),
    },
    {
      name: 'poll_scores',
      title: 'Poll scores',
      description: `One row is one poll scored against the official result. mae: ${M3}; mae_renormalised: the same after renormalising. lead_error: ${M5} with a and b the result's first two parties; lead_error_poll_order: the same with the poll's own first two. b and bw: ${AE}: A′ = ln[(p/(1−p)) / (r/(1−r))] per party on the raw (not renormalised) shares, b = mean |A′|, bw = Σ r|A′| with r rescaled to sum to 1 over the parties counted.`,
      fields: [
        f.id('poll_id', 'The poll.'),
        f.id('pollster_id', 'The pollster.'),
        f.text('kind', 'Kind of poll.'),
        f.date('date', 'Fieldwork end or publication date.'),
        f.int('days_before', 'Election date minus the poll date, in days.'),
        f.num('listed_total', 'Sum of the listed shares.'),
        f.num('mae', M3),
        f.num('mae_renormalised', `${M3}, renormalised`),
        f.num('lead_error', `${M5}, result order`),
        f.num('lead_error_poll_order', `${M5}, poll order`),
        f.num('b', `${AE}: B`),
        f.num('bw', `${AE}: Bw`),
        f.bool('called_winner', "Whether the poll's first party is the result's."),
        f.bool(
          'called_parties_over_threshold',
          'Whether the parties the poll puts over the threshold are those that passed.',
        ),
      ],
      primaryKey: ['poll_id'],
      foreignKeys: [toEntity('pollster_id')],
      rows: pollScores(input),
    },
    {
      name: 'swings',
      title: 'Swings',
      description:
        'One row is one party from an election to the next, its shares those of results_national.vote_share. swing_pp = share_to − share_from; seat_change = seats_to − seats_from (README, Measures). A renamed party (Birlik → Adal) is one entity.',
      fields: [
        party,
        election('election_from'),
        election('election_to'),
        f.num('share_from', 'results_national.vote_share at the earlier election.'),
        f.num('share_to', 'results_national.vote_share at the later election.'),
        f.num('swing_pp', 'Percentage points.'),
        f.int('seats_from', 'Seats at the earlier election.'),
        f.int('seats_to', 'Seats at the later election.'),
        f.int('seat_change', 'Seats gained (negative: lost).'),
      ],
      primaryKey: ['party_id', 'election_from', 'election_to'],
      foreignKeys: [toEntity('party_id'), toEntity('election_from'), toEntity('election_to')],
      rows: swings(input),
    },
    {
      name: 'seat_allocation',
      title: 'Seat allocation',
      description: `One row is one party at one election in one scenario of ${RULE}. Scenarios: official (the official votes and the election's threshold; seats_reported beside), count-<poll_id> (an independent count as the result: votes = share × official valid votes). Other thresholds are in seat_whatif.`,
      fields: [
        election(),
        f.id('scenario', 'official, or count-<poll_id>.'),
        party,
        f.int('votes', 'Votes counted.'),
        f.num('share', 'Percent of the valid votes.'),
        f.num('quota', 'Hare quota (qualifying parties only).'),
        f.int('seats_floor', 'Whole quotas.'),
        f.num('remainder', 'Fraction of a quota left.'),
        f.int('seats', 'Seats allocated.'),
        f.int(
          'seats_reported',
          'List seats the sources report (official scenario); in a mixed system only those given as list seats.',
        ),
      ],
      primaryKey: ['election_id', 'scenario', 'party_id'],
      foreignKeys: [toEntity('election_id'), toEntity('party_id')],
      rows: seatAllocations(input),
    },
    {
      name: 'seat_whatif',
      title: 'Seats at other thresholds',
      description: `One row is one party at one election, with the votes of the official result or of an independent count, at one what-if threshold (0% to 10% of the valid votes in steps of 0.5): ${RULE}, at the given threshold with the election's own list seats (registry). The seats of a party sum, per election, votes_from and threshold, to the election's list seats.`,
      fields: [
        election(),
        f.id(
          'votes_from',
          'official, or the poll_id of the independent count whose shares stand in for the result (votes = share × official valid votes).',
        ),
        {
          ...f.num('threshold', 'The what-if threshold, percent of the valid votes.'),
          constraints: { required: true, minimum: 0, maximum: 10 },
        },
        party,
        {
          ...f.int('seats', 'List seats allocated; 0 is a real zero for a party under the threshold.'),
          constraints: { required: true, minimum: 0 },
        },
        {
          ...f.bool(
            'passed_threshold',
            "Whether the party's share reaches the threshold (a lone party's runner-up can win seats without).",
          ),
          constraints: { required: true },
        },
      ],
      primaryKey: ['election_id', 'votes_from', 'threshold', 'party_id'],
      foreignKeys: [toEntity('election_id'), toEntity('party_id')],
      rows: seatWhatIfs(input),
    },
    {
      name: 'indices',
      title: 'Indices',
      description:
        "One row is one index for one election: gallagher_lsq, Gallagher's least-squares index (1991), sqrt(½ Σ (v − s)²) over every party that stood, with s the share of the list seats (appointed seats left out); enp_votes and enp_seats, the effective number of parties (Laakso and Taagepera 1979), 1 / Σ p² of vote and of list-seat proportions.",
      fields: [
        election(),
        f.oneOf('index', 'Which index.', ['enp_seats', 'enp_votes', 'gallagher_lsq'], true),
        f.num('value', 'Its value.'),
      ],
      primaryKey: ['election_id', 'index'],
      foreignKeys: [toEntity('election_id')],
      rows: indices(input),
    },
  ];
}

/**
 * The OpenElections results layout (county, precinct, office, district, party, candidate, votes), one
 * file an election with regional results, named as OpenElections names its files.
 */
export function openElectionsTables(input: AnalysisInput): (TableSpec & { path: string })[] {
  const name = (id: string) => input.registry.byId.get(id)?.name_en ?? id;
  const country = nationalRegion(input.registry);
  return input.elections.flatMap((election) => {
    const rows = regionalResults(input)
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
        name: `openelections-${day}`,
        path: `${day}__${country}__general__region.csv`,
        title: `${election.name_en}: regional results, OpenElections layout`,
        description:
          'One row is one party list in one region, in the column layout of OpenElections results files (county = region; party lists have no candidate; one nationwide constituency, so no district).',
        fields: [
          f.id('county', 'Region name.'),
          f.text('precinct', 'Not given.'),
          f.id('office', 'The chamber.'),
          f.text('district', 'Not given.'),
          f.id('party', 'Party name.'),
          f.text('candidate', 'None: party lists.'),
          f.int('votes', 'Votes.'),
        ],
        primaryKey: ['county', 'party'],
        rows,
      },
    ];
  });
}
