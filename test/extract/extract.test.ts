// Claims of the real sources against the texts, read by hand.
import { describe, expect, it } from 'vitest';
import { rawLines } from '../ingest/real-sources.ts';
import { claimsOf, onLine } from './real-claims.ts';

const SOURCE_IDS = ['wiki-2021-sentences', 'wiki-2021-older', 'wiki-2021-newer', 'analysis-2021', 'commentary-2021'];
const claimsAt = (sourceId: string, line: number) => claimsOf(sourceId).claims.filter((c) => c.line === line);

describe('the quoted sentences', () => {
  it.each([
    ['wiki-2021-older', 14],
    ['wiki-2021-newer', 49],
  ])(
    '%s:%i: "winning 71.1% of the vote and sweeping 76 seats … losing 8 seats and 11.1% of votes"',
    (sourceId, line) => {
      const rows = onLine(sourceId, line);
      expect(rows.slice(0, 4)).toEqual([
        ['vote_share', 'nur-otan', 71.1, 'eq'],
        ['seats', 'nur-otan', 76, 'eq'],
        ['seat_change', 'nur-otan', -8, 'eq'],
        ['swing', 'nur-otan', -11.1, 'eq'],
      ]);
      expect(claimsAt(sourceId, line).find((c) => c.metric === 'swing')).toMatchObject({
        unit: 'pp',
        figure: '11.1%',
        election_id: 'kz-mazhilis-2021',
      });
      expect(rows).toContainEqual(['turnout', null, 63.3, 'eq']);
      expect(rows).toContainEqual(['threshold', null, 7, 'eq']);
    },
  );

  it('analysis-2021: "Aq Zhol and Peoples Party, gained % 11 and % 9 of the votes, respectively"', () => {
    expect(onLine('analysis-2021', 6)).toEqual([
      ['vote_share', 'ak-zhol', 11, 'eq'],
      ['vote_share', 'peoples-party', 9, 'eq'],
    ]);
    expect(claimsAt('analysis-2021', 6).map((c) => c.figure)).toEqual(['% 11', '% 9']);
  });

  it('analysis-2021: "Nur-Otan came off as the winner with 71% of the votes", Nur-Otan hyphenated across lines', () => {
    expect(onLine('analysis-2021', 5)).toEqual([['vote_share', 'nur-otan', 71, 'eq']]);
    expect(claimsAt('analysis-2021', 5)[0]!.subject).toBe('Nur-Otan');
  });

  it('commentary-2021: "The first one won 10.95% of votes and 12 seats, the second 9.1% of voters and 10 seats"', () => {
    expect(onLine('commentary-2021', 9).slice(2)).toEqual([
      ['vote_share', 'ak-zhol', 10.95, 'eq'],
      ['seats', 'ak-zhol', 12, 'eq'],
      ['vote_share', 'peoples-party', 9.1, 'eq'],
      ['seats', 'peoples-party', 10, 'eq'],
      ['threshold', null, 7, 'eq'],
    ]);
    expect(onLine('commentary-2021', 9).slice(0, 2)).toEqual([
      ['seat_change', 'nur-otan', -8, 'eq'],
      ['seats', 'nur-otan', 84, 'eq'],
    ]);
    expect(claimsAt('commentary-2021', 9).find((c) => c.value === 84)!.election_id).toBe('kz-mazhilis-2016');
  });

  it('commentary-2021: "It won more than 71% of the vote and will occupy 76 of the 107 seats"', () => {
    expect(onLine('commentary-2021', 5)).toEqual([
      ['vote_share', 'nur-otan', 71, 'gt'],
      ['seats', 'nur-otan', 76, 'eq'],
      ['seats_total', null, 107, 'eq'],
      ['seats_elected', null, 98, 'eq'],
      ['seats_appointed', null, 9, 'eq'],
    ]);
  });

  it.each([
    ['wiki-2021-sentences', 27],
    ['wiki-2021-newer', 281],
  ])('%s:%i: the Sanj phone poll belongs to that poll, the official figures to the result', (sourceId, line) => {
    const sanj = claimsAt(sourceId, line)
      .filter((c) => c.poll_id === 'sanj-2021-01-11')
      .map((c) => [c.metric, c.party_id, c.value, c.qualifier]);
    expect(sanj).toEqual([
      ['sample_size', null, 3426, 'eq'],
      ['poll_share', 'nur-otan', 56.4, 'eq'],
      ['poll_share', 'ak-zhol', 16, 'eq'],
      ['poll_share', 'auyl', 12.5, 'eq'],
      ['poll_share', 'adal', 12.1, 'eq'],
      ['poll_share', 'peoples-party', 3, 'le'],
      ['turnout', null, 44, 'eq'],
    ]);
    const official = claimsAt(sourceId, line)
      .filter((c) => c.poll_id === null && c.linked && c.value !== 7)
      .map((c) => [c.metric, c.party_id, c.value]);
    expect(official).toEqual([
      ['vote_share', 'nur-otan', 71],
      ['turnout', null, 63.3],
    ]);
    expect(claimsOf(sourceId).polls.find((p) => p.poll_id === 'sanj-2021-01-11')).toMatchObject({
      pollster_id: 'sanj',
      kind: 'post-election-survey',
      date: '2021-01-11',
      sample_size: 3426,
    });
  });

  it('wiki-2021-sentences: the Alaman bot count is a poll of its own', () => {
    expect(onLine('wiki-2021-sentences', 28)).toEqual([
      ['poll_share', 'nur-otan', 39.81, 'eq'],
      ['poll_share', 'ak-zhol', 22.61, 'eq'],
      ['poll_share', 'adal', 14.81, 'eq'],
      ['poll_share', 'auyl', 10.57, 'eq'],
      ['poll_share', 'peoples-party', 8.27, 'eq'],
      ['threshold', null, 7, 'eq'],
    ]);
    expect(
      claimsAt('wiki-2021-sentences', 28)
        .filter((c) => c.metric === 'poll_share')
        .every((c) => c.poll_id === 'alaman-kz-mazhilis-2021'),
    ).toBe(true);
    expect(claimsOf('wiki-2021-sentences').polls.find((p) => p.pollster_id === 'alaman')).toMatchObject({
      kind: 'independent-count',
      date: null,
    });
  });
});

describe('tables', () => {
  const REGIONS = [
    'akmola',
    'aktobe',
    'almaty-city',
    'almaty-region',
    'atyrau',
    'east-kazakhstan',
    'jambyl',
    'karaganda',
    'kostanay',
    'kyzylorda',
    'mangystau',
    'north-kazakhstan',
    'nur-sultan',
    'pavlodar',
    'shymkent',
    'turkistan',
    'west-kazakhstan',
    'kz',
  ];
  const PARTIES = ['nur-otan', 'ak-zhol', 'peoples-party', 'auyl', 'adal'];
  const regional = (sourceId: string) =>
    claimsOf(sourceId).claims.filter(
      (c) =>
        c.extraction === 'table' &&
        c.line >= (sourceId === 'wiki-2021-older' ? 185 : 287) &&
        c.line <= (sourceId === 'wiki-2021-older' ? 202 : 304),
    );

  it('reads 180 claims from the older regional table: 17 regions and the country, 5 parties, votes and printed %', () => {
    const claims = regional('wiki-2021-older');
    expect(claims).toHaveLength(180);
    expect(claims.every((c) => c.linked && c.election_id === 'kz-mazhilis-2021')).toBe(true);
    expect(new Set(claims.map((c) => c.region_id))).toEqual(new Set(REGIONS));
    expect(new Set(claims.map((c) => c.party_id))).toEqual(new Set(PARTIES));
    expect(claims.filter((c) => c.metric === 'votes')).toHaveLength(90);
    expect(
      claims.find((c) => c.region_id === 'almaty-city' && c.party_id === 'adal' && c.metric === 'vote_share'),
    ).toMatchObject({ value: 5.21, figure: '5.21%', line: 187 });
    expect(claims.find((c) => c.region_id === 'kz' && c.party_id === 'nur-otan' && c.metric === 'votes')).toMatchObject(
      { value: 5148074, line: 202 },
    );
  });

  it("keeps the newer table's rows with blanked names as unlinked claims, never guessing the region", () => {
    const claims = regional('wiki-2021-newer');
    expect(claims).toHaveLength(180);
    const blank = claims.filter((c) => !c.linked);
    expect([...new Set(blank.map((c) => c.line))]).toEqual([289, 299, 304]);
    expect(
      blank.every(
        (c) => c.region_id === null && c.party_id !== null && (c.metric === 'votes' || c.metric === 'vote_share'),
      ),
    ).toBe(true);
  });

  it('reads the 2016 figures of the pre-election composition table', () => {
    const rows = claimsOf('wiki-2021-older')
      .claims.filter((c) => c.line >= 49 && c.line <= 51 && c.linked)
      .map((c) => [c.line, c.metric, c.party_id, c.value, c.election_id]);
    expect(rows).toEqual([
      [49, 'seats', 'nur-otan', 84, 'kz-mazhilis-2016'],
      [49, 'votes', 'nur-otan', 6183757, 'kz-mazhilis-2016'],
      [49, 'vote_share', 'nur-otan', 82.2, 'kz-mazhilis-2016'],
      [50, 'seats', 'ak-zhol', 7, 'kz-mazhilis-2016'],
      [50, 'votes', 'ak-zhol', 540406, 'kz-mazhilis-2016'],
      [50, 'vote_share', 'ak-zhol', 7.18, 'kz-mazhilis-2016'],
      [51, 'seats', 'peoples-party', 7, 'kz-mazhilis-2016'],
      [51, 'votes', 'peoples-party', 537123, 'kz-mazhilis-2016'],
      [51, 'vote_share', 'peoples-party', 7.14, 'kz-mazhilis-2016'],
    ]);
  });

  it('reads the list sizes of the ballot table: 113, 126, 19, 38 and 20 candidates, against the 312 registered', () => {
    const lists = claimsOf('wiki-2021-older')
      .claims.filter((c) => c.extraction === 'table' && c.metric === 'candidates')
      .map((c) => [c.party_id, c.value]);
    expect(lists).toEqual([
      ['peoples-party', 113],
      ['nur-otan', 126],
      ['auyl', 19],
      ['ak-zhol', 38],
      ['adal', 20],
    ]);
    expect(
      claimsOf('wiki-2021-older').claims.find((c) => c.metric === 'candidates' && c.party_id === null && c.linked),
    ).toMatchObject({ value: 312, line: 43 });
  });

  it("reads one poll a row, each party's share and the printed lead, and the official results row as the election's", () => {
    const iei = claimsOf('wiki-2021-older')
      .claims.filter((c) => c.poll_id === 'iei-2021-01-04')
      .map((c) => [c.metric, c.party_id, c.value]);
    expect(iei).toEqual([
      ['poll_share', 'nur-otan', 69.5],
      ['poll_share', 'ak-zhol', 10.4],
      ['poll_share', 'peoples-party', 8.1],
      ['poll_share', 'auyl', 4.5],
      ['poll_share', 'adal', 3.1],
      ['poll_share', 'jsdp', null],
      ['lead', null, 59.1],
    ]);
    expect(claimsAt('wiki-2021-older', 142).map((c) => [c.metric, c.party_id, c.value, c.figure])).toContainEqual([
      'lead',
      null,
      null,
      'TBA',
    ]);
    expect(claimsAt('wiki-2021-newer', 251).map((c) => [c.metric, c.party_id, c.value])).toContainEqual([
      'lead',
      null,
      60.14,
    ]);
    expect(claimsAt('wiki-2021-older', 150).every((c) => c.election_id === 'kz-mazhilis-2016')).toBe(true);
    expect(claimsOf('wiki-2021-older').polls.map((p) => `${p.poll_id} ${p.kind}`)).toEqual([
      'astana-zertteu-2020-12-25 opinion',
      'astana-zertteu-2021-01-04 opinion',
      'astana-zertteu-exit-2021-01-10 exit',
      'democratic-institute-exit-2021-01-10 exit',
      'iei-2020-11-30 opinion',
      'iei-2021-01-04 opinion',
      'nur-kz-2020-12-31 opinion',
      'pori-2020-11-12 opinion',
      'pori-2020-12-09 opinion',
      'qogamdyq-pikir-exit-2021-01-10 exit',
    ]);
  });

  it("reads the results table's label rows as figures of the whole election", () => {
    const rows = claimsOf('wiki-2021-older')
      .claims.filter((c) => c.line >= 173 && c.line <= 178)
      .map((c) => [c.metric, c.value, c.organisation_id]);
    expect(rows).toEqual([
      ['seats_appointed', 9, 'apk'],
      ['seat_change', 0, 'apk'],
      ['valid_votes', 7241562, null],
      ['vote_share_total', 100, null],
      ['seats_total', 107, null],
      ['seat_change', 0, null],
      ['valid_votes', 7241562, null],
      ['valid_pct', 96.05, null],
      ['invalid_votes', 297718, null],
      ['invalid_pct', 3.95, null],
      ['ballots_cast', 7539280, null],
      ['ballots_pct', 100, null],
      ['registered', 11919241, null],
      ['turnout', 63.25, null],
    ]);
  });
});

describe('infoboxes and lists', () => {
  it('reads "Last Election1: 82.20%, 84 seats" as two claims about 2016, and each party\'s keys by its number', () => {
    expect(claimsAt('wiki-2021-newer', 17).map((c) => [c.metric, c.party_id, c.value, c.election_id])).toEqual([
      ['vote_share', 'nur-otan', 82.2, 'kz-mazhilis-2016'],
      ['seats', 'nur-otan', 84, 'kz-mazhilis-2016'],
    ]);
    expect(claimsAt('wiki-2021-newer', 26).map((c) => [c.metric, c.party_id, c.value])).toEqual([
      ['vote_share', 'ak-zhol', 7.18],
      ['seats', 'ak-zhol', 7],
    ]);
    expect(claimsAt('wiki-2021-newer', 35).map((c) => [c.metric, c.party_id, c.value])).toEqual([
      ['vote_share', 'peoples-party', 7.14],
      ['seats', 'peoples-party', 7],
    ]);
    expect(claimsAt('wiki-2021-newer', 19).map((c) => [c.metric, c.party_id, c.value, c.figure])).toEqual([
      ['seat_change', 'nur-otan', 8, '8'],
    ]);
    expect(claimsAt('wiki-2021-newer', 14).map((c) => [c.metric, c.value, c.unit])).toEqual([
      ['turnout', 63.25, 'percent'],
      ['turnout_change', 13.87, 'pp'],
    ]);
  });

  it('reads the flattened infobox of the older revision', () => {
    expect(claimsAt('wiki-2021-older', 4).map((c) => [c.metric, c.value])).toEqual([
      ['seats_total', 107],
      ['majority', 54],
    ]);
    expect(claimsAt('wiki-2021-older', 6).map((c) => [c.metric, c.value])).toEqual([
      ['turnout', 63.25],
      ['turnout_change', 13.87],
    ]);
  });

  it.each([
    ['wiki-2021-older', 110, 111],
    ['wiki-2021-newer', 213, 214],
  ])('%s: the observers list sums to 322, against the stated 322 of 398', (sourceId, statedLine, listLine) => {
    const list = claimsOf(sourceId).claims.filter(
      (c) => c.extraction === 'list' && c.metric === 'observers' && c.line >= listLine && c.line < listLine + 10,
    );
    expect(list).toHaveLength(10);
    expect(list.every((c) => c.linked && c.organisation_id !== null)).toBe(true);
    expect(list.reduce((sum, c) => sum + c.value!, 0)).toBe(322);
    expect(
      claimsAt(sourceId, statedLine)
        .filter((c) => c.metric === 'observers')
        .map((c) => c.value),
    ).toEqual([398, 322]);
  });

  it('leaves the figures in the titles of cited texts unlinked', () => {
    const references = claimsOf('wiki-2021-older').claims.filter((c) => c.extraction === 'list' && c.line > 213);
    expect(references.length).toBeGreaterThan(0);
    expect(
      references.every(
        (c) => !c.linked && c.note!.startsWith('a figure in the title of a cited text, not a statement of this text'),
      ),
    ).toBe(true);
    // `10,8%` in a Russian title of an English source: a comma decimal right before a percent, 10.8, not 10
    expect(references.find((c) => c.claim_id === 'wiki-2021-older:235:27')).toMatchObject({
      figure: '10,8%',
      value: 10.8,
      linked: false,
      note: 'a figure in the title of a cited text, not a statement of this text',
    });
  });
});

describe('every claim', () => {
  it.each(SOURCE_IDS)(
    '%s: points at a raw line that contains its excerpt, and the excerpt contains its figure',
    (sourceId) => {
      const lines = rawLines(sourceId);
      for (const claim of claimsOf(sourceId).claims) {
        expect(lines[claim.line - 1], claim.claim_id).toContain(claim.excerpt);
        expect(claim.excerpt.replace(/\s+/g, ' '), claim.claim_id).toContain(claim.figure.replace(/\s+/g, ' '));
      }
    },
  );

  it('has an id unique across the sources', () => {
    const ids = SOURCE_IDS.flatMap((id) => claimsOf(id).claims.map((c) => c.claim_id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('says why when it is unlinked', () => {
    const unlinked = SOURCE_IDS.flatMap((id) => claimsOf(id).claims.filter((c) => !c.linked));
    expect(unlinked.length).toBeGreaterThan(0);
    expect(unlinked.every((c) => c.note !== null && c.note.length > 0)).toBe(true);
  });

  it('is not made from a date, a year, a clock time or money', () => {
    const figures = SOURCE_IDS.flatMap((id) => claimsOf(id).claims.map((c) => c.figure));
    for (const notAClaim of ['2021', '2020', '18:00', '7:00', '42,500₸', 'US$5 billion', 'US$53 million'])
      expect(figures).not.toContain(notAClaim);
  });
});
