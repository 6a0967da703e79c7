// The evaluation corpus's split rule and its checks: the halves of a few ids (the first hex digit of each
// id's sha256 worked out with `printf %s <id> | sha256sum`), and corpus problems refused with their file
// and field.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkAnswers, halfOf, parseAnswers, readText, textIds } from '../../pipeline/eval/corpus.ts';
import { registryWith } from '../../pipeline/eval/run.ts';
import { PipelineError } from '../../pipeline/lib/messages.ts';

describe('the split rule', () => {
  it('puts an id in the test half when its sha256 starts with 8–f', () => {
    // b9ef…, cd45…, 937d…: test; 5c7a…, 60ed…, 3582…: development
    expect(halfOf('en-news-fixture-results')).toBe('test');
    expect(halfOf('en-commentary-fixture-slips')).toBe('test');
    expect(halfOf('ru-news-final-results-agency')).toBe('test');
    expect(halfOf('en-poll-report-fixture-exit')).toBe('development');
    expect(halfOf('kk-results-page-regions')).toBe('development');
    expect(halfOf('en-poll-report-exit-poll')).toBe('development');
  });

  it('lists the texts of a half of the fixtures folder, sorted', () => {
    expect(textIds('test/fixtures/eval', 'test')).toEqual(['en-commentary-fixture-slips', 'en-news-fixture-results']);
    expect(textIds('test/fixtures/eval', 'development')).toEqual(['en-poll-report-fixture-exit']);
    expect(textIds('test/fixtures/eval', 'all')).toHaveLength(3);
  });
});

describe('corpus problems', () => {
  let corpus = '';
  afterEach(() => rmSync(corpus, { recursive: true, force: true }));
  const SOURCE = {
    kind: 'commentary',
    language: 'en',
    layout: 'line-per-paragraph',
    election_id: 'kz-mazhilis-2021',
    title: 'A title',
  };
  /** The problems of one text written into a fresh corpus folder, as make eval checks it. */
  const problemsOf = (answers: string, text = 'Nur Otan won 71.09%.\nAk Zhol won 10.95%.\n') => {
    corpus = mkdtempSync(join(tmpdir(), 'eval-corpus-'));
    mkdirSync(join(corpus, 'en-commentary-broken'));
    writeFileSync(join(corpus, 'en-commentary-broken', 'text.txt'), text);
    writeFileSync(join(corpus, 'en-commentary-broken', 'answers.json'), answers);
    try {
      const read = readText(corpus, 'en-commentary-broken');
      const parsed = parseAnswers(read);
      checkAnswers(
        read,
        registryWith((parsed as { registry?: Record<string, unknown> }).registry, read.answersFile),
        parsed,
      );
      return [];
    } catch (error) {
      if (!(error instanceof PipelineError)) throw error;
      return error.messages;
    }
  };
  const file = () => join(corpus, 'en-commentary-broken', 'answers.json');
  const figure = {
    line: 1,
    metric: 'vote_share',
    election_id: 'kz-mazhilis-2021',
    party_id: 'nur-otan',
    region_id: null,
    value: 71.09,
  };
  const answers = (fields: Record<string, unknown>) =>
    JSON.stringify({ modelled_on: 'x', source: SOURCE, figures: [figure], traps: [], conflicts: [], ...fields });

  it('accepts a well-formed text', () => {
    expect(problemsOf(answers({}))).toEqual([]);
  });

  it('names the line and column of invalid JSON', () => {
    expect(problemsOf('{\n  "figures": [,]\n}')[0]).toMatch(new RegExp(`^${file()}:2:\\d+: not valid JSON`));
  });

  it('names the field of an unknown metric, an unknown party and a line beyond the text', () => {
    const bad = [
      { ...figure, metric: 'share' },
      { ...figure, party_id: 'nur-otann' },
      { ...figure, line: 3 },
    ];
    const problems = problemsOf(answers({ figures: bad }));
    expect(problems).toEqual([
      `${file()}: figures[0].metric is "share"; expected a metric id of pipeline/registry/metrics.json`,
      `${file()}: figures[1].party_id is "nur-otann"; expected the id of a party in the registry, or null`,
      `${file()}: figures[2].line is 3, beyond the text; expected a line from 1 to 2 of text.txt`,
    ]);
  });

  it('knows a pollster only from the registry or the text’s own registry additions', () => {
    const polled = {
      ...figure,
      metric: 'poll_share',
      poll: { pollster_id: 'steppe-pulse', kind: 'exit', date: null },
    };
    expect(problemsOf(answers({ figures: [polled] }))).toEqual([
      `${file()}: figures[0].poll.pollster_id is "steppe-pulse"; expected the id of a pollster in the registry`,
    ]);
    const added = { 'pollsters.json': [{ id: 'steppe-pulse', name_en: 'Steppe Pulse' }] };
    expect(problemsOf(answers({ figures: [polled], registry: added }))).toEqual([]);
  });

  it('refuses a source kind the manifest does not know, and a registry file that does not exist', () => {
    const problems = problemsOf(answers({ source: { ...SOURCE, kind: 'blog' }, registry: { 'outlets.json': [] } }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${file()}: registry.outlets.json`);
    expect(problemsOf(answers({ source: { ...SOURCE, kind: 'blog' } }))).toEqual([
      `${file()} (source): the entry for text.txt has "kind": "blog"; expected one of encyclopedia-revision, ` +
        'sentence-extract, analysis, commentary, results-table, results-page, news, poll-report',
    ]);
  });
});
