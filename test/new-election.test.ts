// A whole new election's sources added as a user adds them, with registry additions only: the 2023
// Mazhilis (a mixed system: 69 list seats with a 5% threshold and 29 single-member districts), from an
// encyclopedia-style article, a news agency report and an exit-poll write-up written for this test
// (test/fixtures/kz-mazhilis-2023/, made-up figures). Expected values are worked out by hand below.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addScratchRegistryEntity, addScratchSource } from '../pipeline/lib/scratch.ts';
import { makeIn } from './scratch-make.ts';
import { seedProject } from './seed-corpus.ts';

let project = '';
let output = '';
const fixture = (file: string) => readFileSync(join('test/fixtures/kz-mazhilis-2023', file));

/** A processed/ table's rows as records of text cells. */
function rows(table: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(join(project, 'processed', `${table}.csv`), 'utf8')
    .trimEnd()
    .split('\n');
  const fields = header!.split(',');
  // the cells asserted here hold no quoted commas
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [fields[i], cell])));
}
const of2023 = (table: string, field = 'election_id') => rows(table).filter((r) => r[field] === 'kz-mazhilis-2023');
const pick = (records: Record<string, string>[], fields: string[]) => records.map((r) => fields.map((f) => r[f]));

beforeAll(() => {
  project = seedProject('new-election-');
  const about2023 = { election_id: 'kz-mazhilis-2023', language: 'en' };
  addScratchSource(project, '101_encyclopedia_2023.txt', fixture('encyclopedia.txt'), {
    ...about2023,
    kind: 'encyclopedia-revision',
    title: '2023 Kazakh legislative election (encyclopedia-style article)',
  });
  addScratchSource(project, '102_news_2023.txt', fixture('news.txt'), {
    ...about2023,
    kind: 'news',
    publisher: 'Steppe News Agency',
    published: '2023-03-21',
    title: 'Amanat wins the Mazhilis vote',
  });
  addScratchSource(project, '103_poll_2023.txt', fixture('poll.txt'), {
    ...about2023,
    kind: 'poll-report',
    publisher: 'Steppe Survey Lab',
    published: '2023-03-19',
    title: 'Exit poll: Amanat far ahead',
  });
  // the one registry addition the sources need: the 2023 election and its parties are in the registry already
  addScratchRegistryEntity(project, 'pollsters.json', { id: 'steppe-survey-lab', name_en: 'Steppe Survey Lab' });
  const run = makeIn(project, ['all'], { STRICT: '1' });
  output = run.out;
  if (run.status !== 0) throw new Error(output);
}, 180_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a new election added with registry additions only', () => {
  it('resolves every name (STRICT=1) and leaves no figure of the three sources in open conflict', () => {
    const open = rows('conflicts').filter((c) => c.source_id?.endsWith('-2023') && c.resolution === 'open');
    expect(open).toEqual([]);
    // every figure of the article and the poll write-up is linked; the news report's too
    expect(output).not.toMatch(/attention: (?:encyclopedia|news|poll)-2023/);
  });

  it('gives the 2023 result: votes from the article, each share recomputed of the 6,000,000 valid votes', () => {
    // 3,300,000 / 6,000,000 = 55%; 660,000 = 11%; 540,000 = 9%; 510,000 = 8.5%; 420,000 = 7%; 330,000 = 5.5%;
    // 240,000 = 4%, under the 5% threshold. Seats are each party's seats in all: the news report's 62 and 7,
    // the article's list seats for the parties that won no district.
    expect(pick(of2023('results_national'), ['party_id', 'votes', 'vote_share', 'seats', 'passed_threshold'])).toEqual([
      ['ak-zhol', '510000', '8.5', '6', 'true'],
      ['auyl', '660000', '11', '8', 'true'],
      ['baytaq', '240000', '4', '0', 'false'],
      ['jsdp', '330000', '5.5', '4', 'true'],
      ['nur-otan', '3300000', '55', '62', 'true'],
      ['peoples-party', '420000', '7', '7', 'true'],
      ['respublica', '540000', '9', '6', 'true'],
    ]);
    // 6,480,000 ballots of 12,000,000 registered = 54%; 480,000 of 6,480,000 invalid = 7.4074%
    expect(
      pick(
        of2023('turnout').filter((r) => r.region_id === 'kz'),
        ['registered', 'ballots_cast', 'valid_votes', 'invalid_votes', 'turnout_pct', 'invalid_pct'],
      ),
    ).toEqual([['12000000', '6480000', '6000000', '480000', '54', '7.4074']]);
  });

  it('swings against 2021: Amanat is Nur Otan renamed, one party across both elections', () => {
    // 2021 shares (processed/results_national): Nur Otan 71.0907, Ak Zhol 10.9483, People's Party 9.1005, Auyl 5.2892
    // 55 − 71.0907 = −16.0907; 8.5 − 10.9483 = −2.4483; 7 − 9.1005 = −2.1005; 11 − 5.2892 = 5.7108.
    // Seats: 76 → 62, 12 → 6, 10 → 7, 0 → 8; Respublica, Baytaq and the JSDP stood in 2023 only.
    expect(
      pick(of2023('swings', 'election_to'), [
        'party_id',
        'election_from',
        'swing_pp',
        'seats_from',
        'seats_to',
        'seat_change',
      ]),
    ).toEqual([
      ['ak-zhol', 'kz-mazhilis-2021', '-2.4483', '12', '6', '-6'],
      ['auyl', 'kz-mazhilis-2021', '5.7108', '0', '8', '8'],
      ['baytaq', 'kz-mazhilis-2021', '', '', '0', ''],
      ['jsdp', 'kz-mazhilis-2021', '', '', '4', ''],
      ['nur-otan', 'kz-mazhilis-2021', '-16.0907', '76', '62', '-14'],
      ['peoples-party', 'kz-mazhilis-2021', '-2.1005', '10', '7', '-3'],
      ['respublica', 'kz-mazhilis-2021', '', '', '6', ''],
    ]);
  });

  it('allocates the 69 list seats by the registry rule: a 5% threshold and the Hare quota', () => {
    // qualifying votes 6,000,000 − 240,000 = 5,760,000; quota 5,760,000 / 69 = 83,478.2609. Whole quotas:
    // Amanat 39.531 → 39, Auyl 7.906 → 7, Respublica 6.469 → 6, Ak Zhol 6.109 → 6, People's Party 5.031 → 5,
    // JSDP 3.953 → 3: 66 seats; the 3 left go to the largest remainders, JSDP .953, Auyl .906, Amanat .531.
    const official = of2023('seat_allocation').filter((r) => r.scenario === 'official');
    expect(pick(official, ['party_id', 'quota', 'seats_floor', 'remainder', 'seats', 'seats_reported'])).toEqual([
      ['ak-zhol', '83478.2609', '6', '0.1094', '6', ''],
      ['auyl', '83478.2609', '7', '0.9063', '8', ''],
      ['baytaq', '', '0', '', '0', ''],
      ['jsdp', '83478.2609', '3', '0.9531', '4', ''],
      ['nur-otan', '83478.2609', '39', '0.5313', '40', '40'],
      ['peoples-party', '83478.2609', '5', '0.0313', '5', '5'],
      ['respublica', '83478.2609', '6', '0.4688', '6', ''],
    ]);
    expect(official.reduce((sum, r) => sum + Number(r.seats), 0)).toBe(69);
  });

  it('reads list seats that are not total seats as list seats, explained as a difference of scope', () => {
    const facts = rows('facts');
    const value = (id: string) => facts.find((f) => f.fact_id === id)?.value;
    expect(['seats_list:kz-mazhilis-2023:nur-otan', 'seats:kz-mazhilis-2023:nur-otan'].map(value)).toEqual([
      '40',
      '62',
    ]);
    expect(['seats_list:kz-mazhilis-2023:peoples-party', 'seats:kz-mazhilis-2023:peoples-party'].map(value)).toEqual([
      '5',
      '7',
    ]);
    const scope = readFileSync(join(project, 'processed/conflicts.csv'), 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('seat-scope:'));
    expect(scope.map((line) => line.split(',').slice(0, 2))).toEqual([
      ['seat-scope:encyclopedia-2023:19:c3', 'seats_list:kz-mazhilis-2023:nur-otan'],
      ['seat-scope:encyclopedia-2023:23:c3', 'seats_list:kz-mazhilis-2023:peoples-party'],
    ]);
    expect(scope[0]).toContain(
      "The article gives Nur Otan's seats as 40, the Steppe News Agency report of 21 March 2023 as 62: 40 is its share of the 69 list seats, 62 its seats with the 29 single-member districts; a difference of scope, not a conflict.",
    );
  });

  it('keeps the exit poll as a poll and the 5% barrier as the threshold, never as results', () => {
    const facts = rows('facts');
    const value = (id: string) => facts.find((f) => f.fact_id === id)?.value;
    expect(value('vote_share:kz-mazhilis-2023:nur-otan')).toBe('55');
    expect(value('threshold:kz-mazhilis-2023')).toBe('5');
    expect(
      pick(
        // an exit poll the write-up gives no date for is of election day, 19 March 2023
        rows('polls').filter((p) => p.poll_id === 'steppe-survey-lab-exit-2023-03-19'),
        ['party_id', 'kind', 'share'],
      ),
    ).toEqual([
      ['ak-zhol', 'exit', '8.9'],
      ['auyl', 'exit', '11.6'],
      ['jsdp', 'exit', '5.9'],
      ['nur-otan', 'exit', '52.8'],
      ['peoples-party', 'exit', '6.6'],
      ['respublica', 'exit', '9.4'],
    ]);
  });

  it('leaves the seed election untouched: the 2021 result is the one the five shipped texts give', () => {
    const in2021 = rows('results_national').filter((r) => r.election_id === 'kz-mazhilis-2021');
    const shipped = readFileSync('processed/results_national.csv', 'utf8')
      .trimEnd()
      .split('\n')
      .filter((line) => line.startsWith('kz-mazhilis-2021,'));
    expect(in2021.map((r) => Object.values(r).join(','))).toEqual(shipped);
  });
});
