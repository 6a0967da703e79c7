// The analysis of the real sources, against figures computed by hand from the texts.
import { describe, expect, it } from 'vitest';
import { analysisAttention, type AnalysisTables } from '../../pipeline/analyse/analyse.ts';
import type { AnalysisInput } from '../../pipeline/analyse/inputs.ts';
import { message } from '../../pipeline/lib/messages.ts';
import { pollAccuracy, pollScores } from '../../pipeline/analyse/polls.ts';
import { nationalResults, regionalResults, turnout } from '../../pipeline/analyse/results.ts';
import { indices, seatAllocations } from '../../pipeline/analyse/seats.ts';
import { swings } from '../../pipeline/analyse/swings.ts';
import { seatWhatIfs, WHAT_IF_THRESHOLDS } from '../../pipeline/analyse/whatif.ts';
import { elections } from '../../pipeline/registry/registry.ts';
import { tools } from '../extract/real-claims.ts';
import { reconcileReal, SOURCE_IDS } from '../reconcile/real-reconcile.ts';
import { claimsOf } from '../extract/real-claims.ts';

const reconciled = reconcileReal();
const input: AnalysisInput = {
  facts: reconciled.facts,
  polls: SOURCE_IDS.flatMap((id) => claimsOf(id).polls),
  registry: tools.registry,
  elections: elections(tools.registry),
};

describe('swings 2016 → 2021', () => {
  const swing = (party: string) => swings(input).find((s) => s.party_id === party)!;

  // 2021 shares from the votes (5,148,074 of 7,241,562 valid = 71.0907%); 2016 has no valid votes, so its printed
  // shares
  it('Nur Otan: 71.0907 − 82.20 = −11.1093 points, 76 − 84 = −8 seats', () => {
    expect(swing('nur-otan')).toMatchObject({
      share_from: 82.2,
      share_to: 71.0907,
      swing_pp: -11.1093,
      seats_from: 84,
      seats_to: 76,
      seat_change: -8,
    });
  });

  it('Ak Zhol: 792,828 / 7,241,562 = 10.9483; − 7.18 = +3.7683 points, 12 − 7 = +5 seats', () => {
    expect(swing('ak-zhol')).toMatchObject({ swing_pp: 3.7683, seat_change: 5 });
  });

  it('Adal is one entity with Birlik: 258,618 / 7,241,562 = 3.5713; − 0.29 = +3.2813 points', () => {
    expect(swing('adal')).toMatchObject({ share_from: 0.29, share_to: 3.5713, swing_pp: 3.2813 });
  });

  it('uses the share of results_national, the one definition, for every party', () => {
    const national = new Map(nationalResults(input).map((r) => [`${r.election_id} ${r.party_id}`, r.vote_share]));
    for (const s of swings(input))
      expect([s.share_from, s.share_to]).toEqual([
        national.get(`${s.election_from} ${s.party_id}`) ?? null,
        national.get(`${s.election_to} ${s.party_id}`) ?? null,
      ]);
  });
});

describe('seats', () => {
  const scenario = (name: string) =>
    Object.fromEntries(
      seatAllocations(input)
        .filter((s) => s.election_id === 'kz-mazhilis-2021' && s.scenario === name)
        .map((s) => [s.party_id, s.seats]),
    );

  it('largest remainder over 98 seats with 7% gives 76, 12 and 10, as reported', () => {
    expect(scenario('official')).toEqual({ 'nur-otan': 76, 'ak-zhol': 12, 'peoples-party': 10, auyl: 0, adal: 0 });
    expect(
      seatAllocations(input)
        .filter((s) => s.scenario === 'official')
        .every((s) => s.seats === s.seats_reported),
    ).toBe(true);
  });

  it('keeps the official and count scenarios only, keyed by election: the what-if thresholds are in seat_whatif', () => {
    expect([...new Set(seatAllocations(input).map((s) => `${s.election_id} ${s.scenario}`))].sort()).toEqual([
      'kz-mazhilis-2021 count-alaman-kz-mazhilis-2021',
      'kz-mazhilis-2021 count-baige-2021-01-13',
      'kz-mazhilis-2021 official',
    ]);
  });

  it("Gallagher's index for 2021 is about 6.5, from shares 71.09 … 3.57 against 76, 12, 10, 0, 0 of 98 seats", () => {
    expect(
      indices(input).find((i) => i.election_id === 'kz-mazhilis-2021' && i.index === 'gallagher_lsq')!.value,
    ).toBeCloseTo(6.53, 2);
  });

  it('reruns the rule on each independent count', () => {
    expect(scenario('count-alaman-kz-mazhilis-2021')).toMatchObject({
      'nur-otan': 41,
      'ak-zhol': 23,
      adal: 15,
      auyl: 11,
      'peoples-party': 8,
    });
  });
});

describe('seats at what-if thresholds', () => {
  const rows = seatWhatIfs(input);
  const at = (threshold: number, votesFrom = 'official') =>
    rows.filter((r) => r.election_id === 'kz-mazhilis-2021' && r.votes_from === votesFrom && r.threshold === threshold);
  const seats = (threshold: number, votesFrom?: string) =>
    Object.fromEntries(at(threshold, votesFrom).map((r) => [r.party_id, r.seats]));
  const passed = (threshold: number) =>
    at(threshold)
      .filter((r) => r.passed_threshold)
      .map((r) => r.party_id)
      .sort();

  it("at 5% Auyl wins seats: quota 6,982,944 / 98 = 71,254.5; floors 72, 11, 9, 5; the last seat to Auyl's remainder .375", () => {
    expect(seats(5)).toEqual({ 'nur-otan': 72, 'ak-zhol': 11, 'peoples-party': 9, auyl: 6, adal: 0 });
    expect(passed(5)).toEqual(['ak-zhol', 'auyl', 'nur-otan', 'peoples-party']);
  });

  it('at 0% all five take part: quota 7,241,562 / 98 = 73,893.5; floors 69, 10, 8, 5, 3; the 3 left to .918, .729, .669', () => {
    expect(seats(0)).toEqual({ 'nur-otan': 70, 'ak-zhol': 11, 'peoples-party': 9, auyl: 5, adal: 3 });
    expect(passed(0)).toHaveLength(5);
  });

  it("at 10% only Nur Otan (71.09%) and Ak Zhol (10.95%) pass: quota 5,940,902 / 98 = 60,621.4; floors 84 and 13, the last seat to Nur Otan's .922", () => {
    expect(seats(10)).toEqual({ 'nur-otan': 85, 'ak-zhol': 13, 'peoples-party': 0, auyl: 0, adal: 0 });
    expect(passed(10)).toEqual(['ak-zhol', 'nur-otan']);
  });

  it("at the registry's own 7% gives the official 76, 12, 10", () => {
    expect(seats(7)).toEqual({ 'nur-otan': 76, 'ak-zhol': 12, 'peoples-party': 10, auyl: 0, adal: 0 });
  });

  it('runs every half point from 0 to 10, on the official votes and on each independent count', () => {
    expect(WHAT_IF_THRESHOLDS).toEqual([
      0, 0.5, 1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 7.5, 8, 8.5, 9, 9.5, 10,
    ]);
    expect([...new Set(rows.map((r) => r.votes_from))].sort()).toEqual([
      'alaman-kz-mazhilis-2021',
      'baige-2021-01-13',
      'official',
    ]);
    expect(seats(7, 'alaman-kz-mazhilis-2021')).toEqual({
      'nur-otan': 41,
      'ak-zhol': 23,
      adal: 15,
      auyl: 11,
      'peoples-party': 8,
    });
  });

  it("every election, count and threshold hands out exactly the election's 98 list seats, and a party under the threshold gets none", () => {
    const totals = new Map<string, number>();
    for (const r of rows)
      totals.set(
        `${r.election_id} ${r.votes_from} ${r.threshold}`,
        (totals.get(`${r.election_id} ${r.votes_from} ${r.threshold}`) ?? 0) + r.seats,
      );
    expect(totals.size).toBe(3 * 21);
    expect([...totals.values()].every((t) => t === 98)).toBe(true);
    expect(rows.filter((r) => !r.passed_threshold).every((r) => r.seats === 0)).toBe(true);
  });
});

describe('poll accuracy against the official result', () => {
  const score = (id: string) => pollScores(input).find((s) => s.poll_id === id)!;

  // the result's shares from the votes: 71.0907, 10.9483, 9.1005, 5.2892, 3.5713
  it('IEI, 4 January: mean absolute error (1.5907 + 0.5483 + 1.0005 + 0.7892 + 0.4713) / 5 = 0.88; lead error 59.1 − 60.1424 = −1.0424', () => {
    expect(score('iei-2021-01-04')).toMatchObject({
      mae: 0.88,
      lead_error: -1.0424,
      days_before: 6,
      listed_total: 95.6,
      called_winner: true,
    });
  });

  it('Qogamdyq Pikir exit poll: (0.8793 + 0.7683 + 0.0705 + 0.4608 + 0.5013) / 5 = 0.53604', () => {
    expect(score('qogamdyq-pikir-exit-2021-01-10')).toMatchObject({ mae: 0.536, days_before: 0 });
  });

  it("signs each party's error against results_national.vote_share: IEI has Nur Otan 69.5 − 71.0907 = −1.5907", () => {
    expect(pollAccuracy(input).find((a) => a.poll_id === 'iei-2021-01-04' && a.party_id === 'nur-otan')).toMatchObject({
      share: 69.5,
      result_share: 71.0907,
      error: -1.5907,
    });
  });

  it('the Alaman count does not call the parties over the threshold: it puts all five over 7%', () => {
    expect(score('alaman-kz-mazhilis-2021')).toMatchObject({
      called_winner: true,
      called_parties_over_threshold: false,
    });
  });
});

describe('results and turnout', () => {
  it('keeps the printed share beside the one recomputed from votes: Almaty city, Adal 5.21 printed, 5.8617 computed', () => {
    expect(regionalResults(input).find((r) => r.region_id === 'almaty-city' && r.party_id === 'adal')).toMatchObject({
      votes: 18835,
      vote_share: 5.8617,
      vote_share_reported: 5.21,
    });
    expect(
      nationalResults(input).find((r) => r.election_id === 'kz-mazhilis-2021' && r.party_id === 'nur-otan'),
    ).toMatchObject({
      votes: 5148074,
      vote_share: 71.0907,
      vote_share_reported: 71.09,
      seats: 76,
      passed_threshold: true,
    });
  });

  it('turnout is 63.25% in 2021, derived 77.12% in 2016, and missing by region', () => {
    const rows = turnout(input);
    expect(rows.find((t) => t.election_id === 'kz-mazhilis-2021' && t.region_id === 'kz')).toMatchObject({
      turnout_pct: 63.25,
      registered: 11919241,
      ballots_cast: 7539280,
    });
    expect(rows.find((t) => t.election_id === 'kz-mazhilis-2016' && t.region_id === 'kz')).toMatchObject({
      turnout_pct: 77.12,
      turnout_status: 'derived',
    });
    expect(rows.filter((t) => t.region_id !== 'kz').every((t) => t.turnout_pct === null && t.registered === null)).toBe(
      true,
    );
  });
});

describe('an index the facts do not allow: a row with no value, and a note saying why', () => {
  const of = (election: string, facts = input.facts) =>
    indices({ ...input, facts }).filter((i) => i.election_id === election);
  const row = (election_id: string, index: string, value: number | null, note = '') => ({
    election_id,
    index,
    value,
    note,
  });

  // 2016: the printed shares 82.2, 7.18, 7.14, 2.01, 1.8, 0.29 give Σ p² = 0.686674, 1 / 0.686674 = 1.4563;
  // the sources give no 2016 seats for JSDP (1.8%), so neither seat index can be computed
  it('2016: the ENP by votes is 1.4563; by seats and Gallagher are empty: JSDP has a share but no seats figure', () => {
    const note = message.indexNoSeats(['jsdp']);
    expect(of('kz-mazhilis-2016')).toEqual([
      row('kz-mazhilis-2016', 'enp_seats', null, note),
      row('kz-mazhilis-2016', 'enp_votes', 1.4563),
      row('kz-mazhilis-2016', 'gallagher_lsq', null, note),
    ]);
    expect(note).toBe(
      'no seats figure for jsdp, which has a vote share: every party that stood needs one (0 for none)',
    );
  });

  it('2021 without the seats of Adal: the ENP by votes stays 1.8878, the seat indices are noted', () => {
    const facts = input.facts.filter(
      (f) => !(f.metric === 'seats' && f.election_id === 'kz-mazhilis-2021' && f.party_id === 'adal'),
    );
    expect(facts.length).toBe(input.facts.length - 1);
    const note = message.indexNoSeats(['adal']);
    expect(of('kz-mazhilis-2021', facts)).toEqual([
      row('kz-mazhilis-2021', 'enp_seats', null, note),
      row('kz-mazhilis-2021', 'enp_votes', 1.8878),
      row('kz-mazhilis-2021', 'gallagher_lsq', null, note),
    ]);
    expect(analysisAttention({ indices: indices({ ...input, facts }) } as AnalysisTables)).toEqual([
      `  not computed: kz-mazhilis-2016 enp_seats: ${message.indexNoSeats(['jsdp'])}`,
      `  not computed: kz-mazhilis-2016 gallagher_lsq: ${message.indexNoSeats(['jsdp'])}`,
      `  not computed: kz-mazhilis-2021 enp_seats: ${note}`,
      `  not computed: kz-mazhilis-2021 gallagher_lsq: ${note}`,
    ]);
  });

  it('an election where one party alone has a vote share: all three indices are noted', () => {
    const facts = input.facts.filter(
      (f) =>
        !(
          f.election_id === 'kz-mazhilis-2016' &&
          ['votes', 'vote_share'].includes(f.metric) &&
          f.party_id !== null &&
          f.party_id !== 'nur-otan'
        ),
    );
    const note = message.indexFewParties(['nur-otan']);
    expect(note).toBe('only nur-otan has a vote share: at least two parties need one');
    expect(of('kz-mazhilis-2016', facts)).toEqual(
      ['enp_seats', 'enp_votes', 'gallagher_lsq'].map((index) => row('kz-mazhilis-2016', index, null, note)),
    );
  });
});
