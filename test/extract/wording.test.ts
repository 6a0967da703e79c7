// Each named reading of extract/wording.ts on a made-up sentence where it fires and one where it stays silent.
import { describe, expect, it } from 'vitest';
import { appointedSeats, comparedWithOfficial, isShareWording, STAY_UNLINKED } from '../../pipeline/extract/wording.ts';
import { readProse, rowsOf } from './read-prose.ts';

const reasonOf = (name: string) => STAY_UNLINKED.find((r) => r.name === name)!.reason;
/** The note of the claim of one figure in one made-up sentence. */
const noteOf = (sentence: string, figure: string) =>
  readProse(sentence).claims.find((c) => c.figure === figure)?.note ?? null;

describe('figures that stay unlinked though their words name a metric', () => {
  it.each([
    ['hypothetical', 'The Greens hope to win 12 seats this time.', '12', 'The Greens won 12 seats this time.'],
    [
      'part-of-the-country',
      'In several regions, turnout reached 80%.',
      '80%',
      'Across the country, turnout reached 80%.',
    ],
    ['party-primary', 'In the party primary, 40 candidates stood.', '40', 'In the election, 40 candidates stood.'],
    ['starting-point', 'Ak Zhol rose to 12 seats, up from 7 seats.', '7', 'Ak Zhol rose to 12 seats, up by 7 seats.'],
    [
      'starting-point',
      'The list lost the consent from the 4 candidates it had named.',
      '4',
      'The list lost 4 candidates it had named.',
    ],
  ])('%s: fires on "%s", silent on the sentence without its words', (name, fires, figure, silent) => {
    expect(noteOf(fires, figure)).toBe(reasonOf(name));
    expect(noteOf(silent, figure)).not.toBe(reasonOf(name));
  });

  it('a change that started from a figure still links the figure it rose to', () => {
    expect(rowsOf('Ak Zhol rose to 12 seats, up from 7 seats.')).toEqual([
      ['12', 'seats', 'ak-zhol', null, 12, true],
      ['7', null, null, null, 7, false],
    ]);
  });
});

describe('comparedWithOfficial', () => {
  it('fires on a comparison with an official figure, whatever the comparing words', () => {
    expect(comparedWithOfficial('turnout of 40% compared to an official ')).toBe(true);
    expect(comparedWithOfficial('a share of 50% versus the official ')).toBe(true);
    expect(comparedWithOfficial('in contrast with the official ')).toBe(true);
  });

  it('stays silent on a comparison with anything else', () => {
    expect(comparedWithOfficial('turnout of 40% compared to ')).toBe(false);
    expect(comparedWithOfficial('an official ')).toBe(false);
  });

  it("gives the second figure the first one's measure, as the official one", () => {
    const { claims } = readProse('The survey by Sanj put turnout at 40%, compared to an official 60.5%.');
    expect(claims.map((c) => [c.figure, c.metric, c.poll_id])).toEqual([
      ['40%', 'turnout', 'sanj-kz-mazhilis-2021'],
      ['60.5%', 'turnout', null],
    ]);
  });
});

describe('appointedSeats', () => {
  it('fires on seats filled by appointment, the verb after the figure or before it', () => {
    expect(appointedSeats('', ' members are appointed by the council')).toBe(true);
    expect(appointedSeats('the council indirectly elected its ', ' members on 2 may')).toBe(true);
    expect(appointedSeats('the president appoints ', ' deputies')).toBe(true);
  });

  it('stays silent on seats a party won, and on other things appointed', () => {
    expect(appointedSeats('the party was given ', ' seats')).toBe(false);
    expect(appointedSeats('the council appointed ', ' observers')).toBe(false);
    expect(appointedSeats('appointed to the board in a vote where the party won ', ' seats')).toBe(false);
  });

  it('reads a made-up sentence', () => {
    expect(rowsOf('The Assembly of People of Kazakhstan indirectly elected its 9 members.')).toEqual([
      ['9', 'seats_appointed', null, null, 9, true],
    ]);
  });
});

describe('isShareWording', () => {
  it('fires on a verb of winning with a degree word between it and the share', () => {
    expect(isShareWording('the greens won barely ', ' in the capital')).toBe(true);
    expect(isShareWording('nur otan winning slightly ', ' ahead')).toBe(true);
    expect(isShareWording('', ' of the vote')).toBe(true);
    expect(isShareWording('an exit poll by qogamdyq pikir puts nur otan at ', '.')).toBe(true);
    expect(isShareWording('auyl was backed by 383,023 voters (', ').')).toBe(true);
    expect(isShareWording('ak zhol received 792,828 votes (', ').')).toBe(true);
  });

  it('stays silent on a percent no words make a share', () => {
    expect(isShareWording('inflation reached barely ', ' a year')).toBe(false);
    expect(isShareWording('the party won seats by a margin of ', ' points')).toBe(false);
  });
});

describe('an independent count named by its registry entry', () => {
  it('is a poll of kind independent-count, even with no polling word in the sentence', () => {
    const { claims, polls } = readProse('Another result by the Alaman bot showed Nur Otan at 39.8%.');
    expect(claims.map((c) => [c.metric, c.party_id, c.poll_id])).toEqual([
      ['poll_share', 'nur-otan', 'alaman-kz-mazhilis-2021'],
    ]);
    expect(polls.map((p) => p.kind)).toEqual(['independent-count']);
  });

  it('a pollster without that entry needs a word of polling before its figures are a poll', () => {
    expect(readProse('IEI reported that Nur Otan won 71.1%.').claims.map((c) => [c.metric, c.poll_id])).toEqual([
      ['vote_share', null],
    ]);
    expect(readProse('An IEI poll gave Nur Otan 70%.').polls.map((p) => p.kind)).toEqual(['opinion']);
  });
});

describe('hedges', () => {
  it('a hedged range is approx and keeps its upper end; a plain range stays a range', () => {
    const [hedged] = readProse('Polls put Nur Otan at around 75–77% of the vote.').claims;
    expect([hedged!.qualifier, hedged!.value, hedged!.value_high]).toEqual(['approx', 75, 77]);
    const [plain] = readProse('Polls put Nur Otan at 75–77% of the vote.').claims;
    expect([plain!.qualifier, plain!.value, plain!.value_high]).toEqual(['range', 75, 77]);
  });
});
