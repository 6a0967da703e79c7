// Dates as the sources write them, and a poll dated on a day the calendar does not have.
import { describe, expect, it } from 'vitest';
import { findDate, isCalendarDay } from '../../pipeline/extract/dates.ts';
import { extractText } from './fixture-claims.ts';

const extract = (text: string) => extractText('made-up', text);

describe('isCalendarDay', () => {
  it('knows the days of the calendar, leap days included', () => {
    expect(['2020-12-31', '2021-01-10', '2020-02-29', '2000-02-29'].map(isCalendarDay)).toEqual([
      true,
      true,
      true,
      true,
    ]);
  });

  it('refuses a day past the end of its month, a month 13 or 0, and anything not written YYYY-MM-DD', () => {
    expect(
      ['2020-12-32', '2021-02-29', '1900-02-29', '2021-04-31', '2021-13-01', '2021-00-10', '10.01.2021', ''].map(
        isCalendarDay,
      ),
    ).toEqual([false, false, false, false, false, false, false, false]);
  });

  it('is what findDate gives back for a written date that exists, and not for one that does not', () => {
    expect(findDate('on 31 December 2020')).toBe('2020-12-31');
    expect(isCalendarDay(findDate('on 31 December 2020')!)).toBe(true);
    expect(findDate('on 32 December 2020')).toBe('2020-12-32');
    expect(isCalendarDay(findDate('on 32 December 2020')!)).toBe(false);
  });
});

describe('a poll dated on no day of the calendar', () => {
  const table = [
    '== Opinion polls ==',
    '| Date | Poll source | NO | AJ | Lead |',
    '| 31 December 2020 | IEI | 73.8% | 5.7% | 68.1% |',
    '| 32 December 2020 | PORI | 72.5% | 5.5% | 67% |',
    '',
  ].join('\n');

  it('in a poll table: the row names no poll, and its figures stay unlinked saying why', () => {
    const { claims, polls } = extract(table);
    expect(polls.map((p) => [p.poll_id, p.date])).toEqual([['iei-2020-12-31', '2020-12-31']]);
    expect(claims.filter((c) => c.line === 3).map((c) => [c.value, c.poll_id, c.linked])).toEqual([
      [73.8, 'iei-2020-12-31', true],
      [5.7, 'iei-2020-12-31', true],
      [68.1, 'iei-2020-12-31', true],
    ]);
    const undated = claims.filter((c) => c.line === 4);
    expect(undated.map((c) => [c.value, c.poll_id, c.linked])).toEqual([
      [72.5, null, false],
      [5.5, null, false],
      [67, null, false],
    ]);
    expect(undated[0]!.note).toBe(
      'dated 32 December 2020, which is no day of the calendar: the figure is tied to no poll or day',
    );
  });

  it('in a sentence: the poll is not named, and its figures stay unlinked saying why', () => {
    const { claims, polls } = extract('A PORI poll of 32 December 2020 gave Nur Otan 72.5% of the vote.\n');
    expect(polls).toEqual([]);
    expect(claims.map((c) => [c.value, c.poll_id, c.linked, c.note])).toEqual([
      [
        72.5,
        null,
        false,
        'dated 32 December 2020, which is no day of the calendar: the figure is tied to no poll or day',
      ],
    ]);
  });

  it('while the same sentence on a real day names its poll', () => {
    const { claims, polls } = extract('A PORI poll of 9 December 2020 gave Nur Otan 72.5% of the vote.\n');
    expect(polls.map((p) => p.poll_id)).toEqual(['pori-2020-12-09']);
    expect(claims.map((c) => [c.value, c.poll_id, c.party_id, c.linked])).toEqual([
      [72.5, 'pori-2020-12-09', 'nur-otan', true],
    ]);
  });
});
