// Vote counts, ballots, registered voters, thresholds and seats in prose, on test/fixtures/prose/results-news.txt
// and made-up sentences; expectations read off the fixture by hand.
import { describe, expect, it } from 'vitest';
import { extractFixture } from './fixture-claims.ts';
import { rowsOf } from './read-prose.ts';

const news = extractFixture('results-news', { folder: 'prose' });
const onLine = (line: number) =>
  news.claims.filter((c) => c.line === line).map((c) => [c.figure, c.metric, c.party_id, c.value, c.linked]);

describe('vote counts and totals in a news report', () => {
  it('reads registered voters, ballots and turnout from "of N registered voters, M (P%) took part"', () => {
    expect(onLine(3)).toEqual([
      ['11,919,241', 'registered', null, 11919241, true],
      ['7,544,880', 'ballots_cast', null, 7544880, true],
      ['63.3%', 'turnout', null, 63.3, true],
    ]);
  });

  it('reads a share in percent and the votes after it in a bulleted list', () => {
    expect([...onLine(6), ...onLine(7)]).toEqual([
      ['71.09 percent', 'vote_share', 'nur-otan', 71.09, true],
      ['5,148,074', 'votes', 'nur-otan', 5148074, true],
      ['10.95 percent', 'vote_share', 'ak-zhol', 10.95, true],
      ['792,828', 'votes', 'ak-zhol', 792828, true],
    ]);
  });

  it('reads "X received N votes (Y%)" and "backed by N voters" as a party\'s votes', () => {
    expect(onLine(9)).toEqual([
      ['659,019', 'votes', 'peoples-party', 659019, true],
      ['9.10%', 'vote_share', 'peoples-party', 9.1, true],
      ['383,023', 'votes', 'auyl', 383023, true],
    ]);
  });

  it('reads "N million" with its hedge and precision, and "N people cast their ballots"', () => {
    const [millions, ballots] = news.claims.filter((c) => c.line === 11);
    expect([millions!.metric, millions!.value, millions!.qualifier, millions!.decimals]).toEqual([
      'registered',
      11900000,
      'approx',
      1,
    ]);
    expect([ballots!.metric, ballots!.value]).toEqual(['ballots_cast', 7544880]);
  });

  it('a margin in votes is not a count of votes', () => {
    expect(rowsOf('Ak Zhol beat Auyl by 409,805 votes.')).toEqual([['409,805', null, null, null, 409805, false]]);
  });

  it('reads "voted for", "votes were cast for" and "valid votes"', () => {
    expect(rowsOf('5,148,074 voted for Nur Otan.')).toEqual([['5,148,074', 'votes', 'nur-otan', null, 5148074, true]]);
    expect(rowsOf('71% voted for Nur Otan.')).toEqual([['71%', 'vote_share', 'nur-otan', null, 71, true]]);
    expect(rowsOf("659,019 votes were cast for the People's Party.")).toEqual([
      ['659,019', 'votes', 'peoples-party', null, 659019, true],
    ]);
    expect(rowsOf('In all, 7,241,562 valid votes were counted.')).toEqual([
      ['7,241,562', 'valid_votes', null, null, 7241562, true],
    ]);
  });

  it("a whole, or votes cast by no one named, is never a party's votes", () => {
    expect(rowsOf('Nur Otan won 71% of the 7,241,562 votes cast.')).toEqual([
      ['71%', 'vote_share', 'nur-otan', null, 71, true],
      ['7,241,562', null, null, null, 7241562, false],
    ]);
    expect(rowsOf('After the campaign of Nur Otan, 7,241,562 votes were cast.')).toEqual([
      ['7,241,562', null, null, null, 7241562, false],
    ]);
  });

  it('a list of parties and shares goes on only from party to party, never to a place', () => {
    expect(rowsOf('Nur Otan won 71.1%, Ak Zhol 10.9% and Auyl 5.3%.')).toEqual([
      ['71.1%', 'vote_share', 'nur-otan', null, 71.1, true],
      ['10.9%', 'vote_share', 'ak-zhol', null, 10.9, true],
      ['5.3%', 'vote_share', 'auyl', null, 5.3, true],
    ]);
    expect(rowsOf('Nur Otan won 71%, and in Almaty 55%.')).toEqual([
      ['71%', 'vote_share', 'nur-otan', null, 71, true],
      ['55%', null, null, null, 55, false],
    ]);
  });

  it('"N voters" alone is not a party\'s votes', () => {
    expect(rowsOf('Nur Otan held rallies for 20,000 voters.')).toEqual([['20,000', null, null, null, 20000, false]]);
  });
});

describe('thresholds and seats (traps)', () => {
  it('"did not clear the 7% barrier" gives the threshold, never a share of the party', () => {
    expect(onLine(10).slice(0, 1)).toEqual([['7%', 'threshold', null, 7, true]]);
    expect(rowsOf('Adal, with 3.57%, did not clear the 7% barrier.')).toEqual([
      ['3.57%', 'vote_share', 'adal', null, 3.57, true],
      ['7%', 'threshold', null, null, 7, true],
    ]);
    expect(rowsOf('Adal fell short of the 7% hurdle.')).toEqual([['7%', 'threshold', null, null, 7, true]]);
    expect(rowsOf('The law put the threshold at 7% for Adal and Auyl alike.')).toEqual([
      ['7%', 'threshold', null, null, 7, true],
    ]);
  });

  it('"won N of the M seats" gives N seats won and M seats elected; "occupies N of the M seats" the chamber', () => {
    expect(onLine(10).slice(1)).toEqual([
      ['76', 'seats', 'nur-otan', 76, true],
      ['98', 'seats_elected', null, 98, true],
    ]);
    expect(rowsOf('Nur Otan will occupy 76 of the 107 seats.')).toEqual([
      ['76', 'seats', 'nur-otan', null, 76, true],
      ['107', 'seats_total', null, null, 107, true],
    ]);
  });
});
