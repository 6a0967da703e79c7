// make eval's scoring on hand-made claims and answers: every expected figure below is worked out by hand
// from the claims and answers written here.
import { describe, expect, it } from 'vitest';
import type { Claim, Poll } from '../../pipeline/extract/claims.ts';
import type { Answers, Figure } from '../../pipeline/eval/corpus.ts';
import { scoreText, summary, type Scored } from '../../pipeline/eval/score.ts';
import type { Conflict } from '../../pipeline/reconcile/conflicts.ts';

const claim = (line: number, fields: Partial<Claim>): Claim => ({
  claim_id: `t:${line}:1`,
  source_id: 't',
  line,
  extraction: 'prose',
  excerpt: '',
  excerpt_column: 1,
  sentence: null,
  subject: null,
  election_id: 'kz-mazhilis-2021',
  party_id: null,
  region_id: null,
  poll_id: null,
  organisation_id: null,
  metric: 'vote_share',
  scope: null,
  figure: '',
  value: null,
  value_high: null,
  unit: 'percent',
  qualifier: 'eq',
  decimals: null,
  linked: true,
  note: null,
  ...fields,
});
const figure = (line: number, fields: Partial<Figure>): Figure => ({
  line,
  metric: 'vote_share',
  election_id: 'kz-mazhilis-2021',
  party_id: null,
  region_id: null,
  value: 0,
  ...fields,
});
const poll: Poll = {
  poll_id: 'p1',
  pollster_id: 'steppe-pulse',
  kind: 'exit',
  date: '2021-01-10',
  fieldwork_start: null,
  sample_size: null,
  mode: null,
  election_id: 'kz-mazhilis-2021',
  source_id: 't',
  line: 5,
};
const conflict = (line: number, metric: string, party_id: string | null, source_id = 't') =>
  ({ conflict_id: `c:${line}`, source_id, line, metric, party_id, explanation: `line ${line}` }) as Conflict;

const text = (answers: Partial<Answers>, claims: Claim[], conflicts: Conflict[] = [], kind = 'news'): Scored => ({
  id: 't',
  kind,
  language: 'en',
  lines: ['one', 'two', 'three', 'four', 'five', 'six'],
  answers: { modelled_on: '', source: {} as Answers['source'], figures: [], traps: [], conflicts: [], ...answers },
  claims,
  polls: [poll],
  conflicts,
  country: 'kz',
});

describe('scoreText', () => {
  const answers: Partial<Answers> = {
    figures: [
      figure(1, { party_id: 'nur-otan', value: 71.09 }),
      figure(2, { party_id: 'ak-zhol', value: 10.95 }),
      figure(3, { metric: 'threshold', value: 7 }),
      figure(4, { metric: 'seats', election_id: 'kz-mazhilis-2016', party_id: 'nur-otan', value: 84 }),
      figure(5, {
        metric: 'poll_share',
        party_id: 'nur-otan',
        value: 72.5,
        poll: { pollster_id: 'steppe-pulse', kind: 'exit', date: '2021-01-10' },
      }),
    ],
    traps: [
      { line: 3, value: 7, why: 'threshold' },
      { line: 4, value: 84, why: '2016 seats' },
    ],
  };
  const claims = [
    // right: 71.094 is 71.09 at the answer's two decimals; a national claim may carry the country's id
    claim(1, { party_id: 'nur-otan', value: 71.094, region_id: 'kz' }),
    // a wrong value: 10.9 is not 10.95
    claim(2, { party_id: 'ak-zhol', value: 10.9 }),
    // right, and the trap on its line is its true figure: no trap hit
    claim(3, { metric: 'threshold', value: 7 }),
    // a trap hit: the threshold read as a party's share
    claim(3, { party_id: 'peoples-party', value: 7 }),
    // a trap hit: 2016's seats read as 2021's
    claim(4, { metric: 'seats', party_id: 'nur-otan', value: 84 }),
    // an unlinked claim is neither right nor wrong
    claim(6, { metric: null, value: 1999, linked: false }),
  ];

  it('counts right and wrong linked claims, misses and trap hits', () => {
    const score = scoreText(text(answers, claims));
    expect(score.correct.map((c) => c.claim.line)).toEqual([1, 3]);
    expect(score.wrong.map((c) => [c.line, c.value])).toEqual([
      [2, 10.9],
      [3, 7],
      [4, 84],
    ]);
    expect(score.missed.map((f) => f.line)).toEqual([2, 4, 5]);
    expect(score.traps.map((t) => t.trap.why)).toEqual(['threshold', '2016 seats']);
  });

  it('matches a poll figure only with a poll of the same pollster, kind and date', () => {
    const polled = (fields: Partial<Claim>) =>
      scoreText(text(answers, [claim(5, { metric: 'poll_share', party_id: 'nur-otan', value: 72.5, ...fields })]));
    expect(polled({ poll_id: 'p1' }).correct).toHaveLength(1);
    expect(polled({ poll_id: null }).correct).toHaveLength(0);
    const other = { ...poll, poll_id: 'p2', kind: 'opinion' as const };
    const withOther = text(answers, [
      claim(5, { metric: 'poll_share', party_id: 'nur-otan', value: 72.5, poll_id: 'p2' }),
    ]);
    expect(scoreText({ ...withOther, polls: [other] }).correct).toHaveLength(0);
    const lateDate = { ...poll, date: '2021-01-11' };
    expect(scoreText({ ...withOther, polls: [{ ...lateDate, poll_id: 'p2' }] }).correct).toHaveLength(0);
  });

  it('counts as false alarms the conflicts the answers do not list', () => {
    const listed = {
      ...answers,
      conflicts: [{ line: 2, metric: 'vote_share', party_id: 'ak-zhol', why: 'on purpose' }],
    };
    const raised = [
      conflict(2, 'vote_share', 'ak-zhol'),
      conflict(4, 'seats', 'nur-otan'),
      conflict(9, 'seats', null, 'seed'),
    ];
    expect(scoreText(text(listed, claims, raised)).alarms.map((c) => c.line)).toEqual([4, 9]);
  });

  it('gives precision and recall overall and by metric and kind, with the counts behind them', () => {
    // news: the claims above (5 linked, 2 right; 5 figures, 2 matched);
    // commentary: one right seats claim against one figure, plus a figure missed
    const news = text(answers, claims);
    const commentary = text(
      { figures: [figure(1, { metric: 'seats', party_id: 'ak-zhol', value: 12 }), figure(2, { value: 3 })] },
      [claim(1, { metric: 'seats', party_id: 'ak-zhol', value: 12 })],
      [],
      'commentary',
    );
    const tallied = summary([news, commentary].map((t) => ({ text: t, score: scoreText(t) })));
    // 3 right of 6 linked; 3 of 7 figures matched
    expect(tallied.overall).toEqual({
      group: 'overall',
      linked: 6,
      correct: 3,
      figures: 7,
      matched: 3,
      precision: 0.5,
      recall: 0.4286,
    });
    expect(tallied.by_kind.map((t) => [t.group, t.precision, t.recall])).toEqual([
      ['commentary', 1, 0.5],
      ['news', 0.4, 0.4],
    ]);
    // seats: 2 linked (84 wrong, 12 right), figures 84 and 12; vote_share: 3 linked (71.094 right), 3 figures
    expect(tallied.by_metric.map((t) => [t.group, t.correct, t.linked, t.matched, t.figures])).toEqual([
      ['poll_share', 0, 0, 0, 1],
      ['seats', 1, 2, 1, 2],
      ['threshold', 1, 1, 1, 1],
      ['vote_share', 1, 3, 1, 3],
    ]);
  });
});
