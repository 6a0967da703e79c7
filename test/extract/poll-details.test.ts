// Fieldwork dates, sample sizes and modes as poll write-ups give them; years worked out by hand.
import { describe, expect, it } from 'vitest';
import { pollDate, pollDetails } from '../../pipeline/extract/poll-details.ts';

const ELECTION = '2021-01-10';

describe('pollDetails', () => {
  it.each([
    ['conducted November 3–8', { start: '2020-11-03', end: '2020-11-08' }],
    ['in the field 3–8 January', { start: '2021-01-03', end: '2021-01-08' }],
    ['from 28 December to 4 January 2021', { start: '2020-12-28', end: '2021-01-04' }],
    ['held 28 November – 4 December 2020', { start: '2020-11-28', end: '2020-12-04' }],
    ['between 28 November and 4 December 2020', { start: '2020-11-28', end: '2020-12-04' }],
    ['carried out between November 3 and 8', { start: '2020-11-03', end: '2020-11-08' }],
    ['published on 4 January 2021', null],
    ['between 3 and 8 of the 10 parties', null],
  ])('%s → %j', (text, fieldwork) => {
    expect(pollDetails(text, ELECTION).fieldwork).toEqual(fieldwork);
  });

  it('reads the sample size in each common shape, and none from other counts', () => {
    expect(pollDetails('2,400 respondents took part', ELECTION).sample_size).toBe(2400);
    expect(pollDetails('(n = 1,200)', ELECTION).sample_size).toBe(1200);
    expect(pollDetails('which interviewed 3,426 citizens', ELECTION).sample_size).toBe(3426);
    expect(pollDetails('Nur Otan won 76 seats', ELECTION).sample_size).toBeNull();
  });

  it('reads the mode (how the poll asked), and none when the text names none', () => {
    expect(pollDetails('by telephone', ELECTION).mode).toBe('telephone');
    expect(pollDetails('through phone calls', ELECTION).mode).toBe('telephone');
    expect(pollDetails('face-to-face interviews', ELECTION).mode).toBe('face-to-face');
    expect(pollDetails('an online panel', ELECTION).mode).toBe('online');
    expect(pollDetails('a poll of voters', ELECTION).mode).toBeNull();
  });
});

describe('pollDate', () => {
  it('is a full date the text gives, else the last day in the field, else unknown', () => {
    const text = 'conducted November 3–8 and published on 12 November 2020';
    expect(pollDate(text, pollDetails(text, ELECTION))).toBe('2020-11-12');
    expect(pollDate('November 3–8', pollDetails('November 3–8', ELECTION))).toBe('2020-11-08');
    expect(pollDate('a poll', pollDetails('a poll', ELECTION))).toBeNull();
  });
});
