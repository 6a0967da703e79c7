// A poll named in one sentence keeps the sentences and the list that go on about it; fixtures in
// test/fixtures/prose/, expectations read off them by hand.
import { describe, expect, it } from 'vitest';
import { samePollIds, withSamePolls } from '../../pipeline/extract/same-poll.ts';
import { uniquePolls } from '../../pipeline/analyse/polls.ts';
import { extractFixture, extractText } from './fixture-claims.ts';
import { rowsOf } from './read-prose.ts';

const EXIT = 'qogamdyq-pikir-exit-2021-01-10';

describe('poll context across sentences', () => {
  const exit = extractFixture('exit-poll', { folder: 'prose' });
  const rows = exit.claims.map((c) => [c.line, c.metric, c.party_id, c.poll_id, c.value]);

  it('keeps "It also gives…", "According to the same survey…" and the list after "Its figures…" as the poll\'s', () => {
    expect(rows.filter((r) => r[0] !== 11)).toEqual([
      [3, 'poll_share', 'nur-otan', EXIT, 72.1],
      [3, 'poll_share', 'ak-zhol', EXIT, 10.2],
      [3, 'poll_share', 'auyl', EXIT, 6.1],
      [4, 'turnout', null, EXIT, 65],
      [4, 'sample_size', null, EXIT, 2400],
      [6, 'poll_share', 'peoples-party', EXIT, 8.8],
      [7, 'poll_share', 'adal', EXIT, 3.4],
    ]);
  });

  it('trap: exit-poll shares never become results; the official results under their own heading do', () => {
    expect(exit.claims.filter((c) => c.metric === 'vote_share').map((c) => [c.line, c.party_id, c.value])).toEqual([
      [11, 'nur-otan', 71.09],
      [11, 'ak-zhol', 10.95],
    ]);
    expect(exit.claims.filter((c) => c.line === 11).every((c) => c.poll_id === null)).toBe(true);
  });

  it('reads the sample size and mode of a later sentence into the poll, an exit poll dated election day', () => {
    expect(exit.polls).toMatchObject([
      { poll_id: EXIT, kind: 'exit', date: '2021-01-10', sample_size: 2400, mode: 'face-to-face' },
    ]);
  });

  it("a sentence that does not go on about the poll is not the poll's", () => {
    expect(
      rowsOf('An exit poll by Qogamdyq Pikir puts Nur Otan at 72.1%.', 'Nur Otan won 71.09% of the vote.'),
    ).toEqual([
      ['72.1%', 'poll_share', 'nur-otan', EXIT, 72.1, true],
      ['71.09%', 'vote_share', 'nur-otan', null, 71.09, true],
    ]);
  });

  it("a list after a sentence that reports no poll stays unlinked, never a poll's or a result", () => {
    const { claims } = extractText('inline', 'The parties were:\n- Nur Otan – 72.1%\n');
    expect(claims.map((c) => [c.metric, c.party_id, c.poll_id, c.linked, c.note])).toEqual([
      [null, 'nur-otan', null, false, 'the sentence before the list does not say what its figures count'],
    ]);
  });
});

describe('fieldwork, sample size and mode', () => {
  it('reads "November 3–8", "n = 1,200" and "by telephone", and dates the poll by its last day in the field', () => {
    const { polls, claims } = extractFixture('opinion-poll', { folder: 'prose' });
    expect(polls).toMatchObject([
      {
        poll_id: 'iei-2020-11-08',
        kind: 'opinion',
        date: '2020-11-08',
        fieldwork_start: '2020-11-03',
        sample_size: 1200,
        mode: 'telephone',
      },
    ]);
    expect(claims.map((c) => [c.line, c.metric, c.party_id, c.value])).toEqual([
      [1, 'sample_size', null, 1200],
      [1, 'poll_share', 'nur-otan', 69.5],
      [2, 'poll_share', 'ak-zhol', 10.4],
    ]);
  });
});

describe('the same poll reported by two sources', () => {
  const dated = extractFixture('opinion-poll', { folder: 'prose' });
  const undated = extractFixture('opinion-poll-undated', { folder: 'prose' });
  const polls = [...dated.polls, ...undated.polls];

  it('an undated mention of the one dated poll of that pollster and kind is that poll', () => {
    expect(undated.polls.map((p) => p.poll_id)).toEqual(['iei-kz-mazhilis-2021']);
    expect([...samePollIds(polls)]).toEqual([['iei-kz-mazhilis-2021', 'iei-2020-11-08']]);
    expect(withSamePolls(undated.claims, polls).map((c) => [c.party_id, c.poll_id])).toEqual([
      ['nur-otan', 'iei-2020-11-08'],
      ['ak-zhol', 'iei-2020-11-08'],
    ]);
    expect(uniquePolls(polls).map((p) => [p.poll_id, p.date])).toEqual([['iei-2020-11-08', '2020-11-08']]);
  });

  it('with two dated polls of that pollster the undated one could be either: it stays its own', () => {
    const other = { ...dated.polls[0]!, poll_id: 'iei-2020-12-20', date: '2020-12-20' };
    expect(samePollIds([...polls, other]).size).toBe(0);
  });
});
