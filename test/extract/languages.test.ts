// Russian and Kazakh tables: metric words from labels.json, guillemets around names, comma decimals and space groups.
import { describe, expect, it } from 'vitest';
import { extractFixture, linkedRows } from './fixture-claims.ts';

describe('a Russian results table', () => {
  it('reads голосов, % and мест as votes, shares and seats; «» names; 5 148 074 and 71,09', () => {
    expect(linkedRows(extractFixture('russian-table', { language: 'ru' }).claims)).toEqual([
      [5, 'votes', 'nur-otan', 5148074],
      [5, 'vote_share', 'nur-otan', 71.09],
      [5, 'seats', 'nur-otan', 76],
      [6, 'votes', 'ak-zhol', 792828],
      [6, 'vote_share', 'ak-zhol', 10.95],
      [6, 'seats', 'ak-zhol', 12],
      [7, 'votes', 'peoples-party', 658302],
      [7, 'vote_share', 'peoples-party', 9.1],
      [7, 'seats', 'peoples-party', 10],
      [8, 'valid_votes', null, 7240845],
      [8, 'valid_pct', null, 100],
      // the sentence under the table: `Явка составила 63,25 процента` (extract/wording.ts OTHER_LANGUAGE_RULES)
      [10, 'turnout', null, 63.25],
    ]);
  });

  it('reads the same table in a source marked English: whole cells of space groups, a % column of decimal commas', () => {
    const rows = linkedRows(extractFixture('russian-table', { language: 'en' }).claims);
    expect(rows.filter((r) => r[2] === 'ak-zhol')).toEqual([
      [6, 'votes', 'ak-zhol', 792828],
      [6, 'vote_share', 'ak-zhol', 10.95],
      [6, 'seats', 'ak-zhol', 12],
    ]);
  });
});

describe('a Kazakh results table', () => {
  it('reads дауыс, пайыз and орын as votes, shares and seats, with “curly” quotes around a name', () => {
    expect(linkedRows(extractFixture('kazakh-table', { language: 'kk' }).claims)).toEqual([
      [5, 'votes', 'nur-otan', 5148074],
      [5, 'vote_share', 'nur-otan', 71.09],
      [5, 'seats', 'nur-otan', 76],
      [6, 'votes', 'auyl', 383023],
      [6, 'vote_share', 'auyl', 5.29],
      [6, 'seats', 'auyl', 0],
    ]);
  });
});

describe('Russian tables that lost their delimiters', () => {
  it('joins digits grouped by single spaces on a space-flattened row (5 148 074) when the row has figures to spare', () => {
    expect(linkedRows(extractFixture('flattened-russian', { language: 'ru' }).claims)).toEqual([
      [4, 'votes', 'nur-otan', 5148074],
      [4, 'vote_share', 'nur-otan', 71.09],
      [4, 'seats', 'nur-otan', 76],
      [5, 'votes', 'ak-zhol', 792828],
      [5, 'vote_share', 'ak-zhol', 10.95],
      [5, 'seats', 'ak-zhol', 12],
      [6, 'votes', 'auyl', 383023],
      [6, 'vote_share', 'auyl', 5.29],
      [6, 'seats', 'auyl', 0],
    ]);
  });

  it('reads a fixed-width table with space-grouped counts, a blank cell under Мест left blank', () => {
    expect(linkedRows(extractFixture('fixed-width-spaces', { language: 'ru' }).claims)).toEqual([
      [2, 'votes', 'nur-otan', 5148074],
      [2, 'vote_share', 'nur-otan', 71.09],
      [2, 'seats', 'nur-otan', 76],
      [3, 'votes', 'adal', 258618],
      [3, 'vote_share', 'adal', 3.57],
    ]);
  });

  it('reads a Пайыз column of decimal commas in a source marked English', () => {
    const rows = linkedRows(extractFixture('kazakh-table', { language: 'en' }).claims);
    expect(rows.filter((r) => r[1] === 'vote_share')).toEqual([
      [5, 'vote_share', 'nur-otan', 71.09],
      [6, 'vote_share', 'auyl', 5.29],
    ]);
  });
});
