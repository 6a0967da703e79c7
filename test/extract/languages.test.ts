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
