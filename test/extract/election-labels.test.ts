// A row or header that reads an election label with a year (`2016 Results`) holds that election's figures.
import { describe, expect, it } from 'vitest';
import { sourceContext } from '../../pipeline/extract/context.ts';
import { extractClaims } from '../../pipeline/extract/extract.ts';
import { ingestSource } from '../../pipeline/ingest/ingest.ts';
import { claimsOf, namesFor, tools } from './real-claims.ts';

const madeUp = (text: string) => {
  const source = {
    source_id: 'made-up',
    file: 'raw/made-up.txt',
    sha256: '0'.repeat(64),
    layout: 'line-per-paragraph' as const,
    election_id: 'kz-mazhilis-2021',
  };
  const ingested = ingestSource(source, text);
  return extractClaims(ingested, sourceContext(tools, source, namesFor(ingested)))
    .claims.filter((c) => c.linked)
    .map((c) => [c.line, c.metric, c.election_id, c.party_id, c.value]);
};

describe('election labels', () => {
  it('a poll table row "Results (2016)" holds the 2016 shares, a row "2021 results" the 2021 ones', () => {
    const text =
      '== Opinion polls ==\n| Date | Poll source | Nur Otan | Aq Jol |\n| 20 March 2016 | Results (2016) | 82.2% | 7.2% |\n| 10 January 2021 | 2021 results | 71.1% | 11% |\n';
    expect(madeUp(text)).toEqual([
      [3, 'vote_share', 'kz-mazhilis-2016', 'nur-otan', 82.2],
      [3, 'vote_share', 'kz-mazhilis-2016', 'ak-zhol', 7.2],
      [4, 'vote_share', 'kz-mazhilis-2021', 'nur-otan', 71.1],
      [4, 'vote_share', 'kz-mazhilis-2021', 'ak-zhol', 11],
    ]);
  });

  it('a column headed "2016 Results" holds 2016 votes and shares, by unit', () => {
    const text = '| Party | Votes | 2016 Results |\n| Nur Otan | 5,148,074 | 82.2% |\n| Aq Jol | 792,828 | 540,406 |\n';
    expect(madeUp(text)).toEqual([
      [2, 'votes', 'kz-mazhilis-2021', 'nur-otan', 5148074],
      [2, 'vote_share', 'kz-mazhilis-2016', 'nur-otan', 82.2],
      [3, 'votes', 'kz-mazhilis-2021', 'ak-zhol', 792828],
      [3, 'votes', 'kz-mazhilis-2016', 'ak-zhol', 540406],
    ]);
  });

  it('a year no registry election has, or a label without a year, puts nothing on an election', () => {
    expect(
      madeUp(
        '== Opinion polls ==\n| Date | Poll source | Nur Otan |\n| 1 March 2007 | 2007 Results | 80.99% |\n| 1 March 2007 | Results | 80.99% |\n',
      ),
    ).toEqual([]);
  });

  it('the older revision\'s poll table row "2016 Results" (line 150) gives the 2016 shares, as before the labels moved out of the registry', () => {
    expect(
      claimsOf('wiki-2021-older')
        .claims.filter((c) => c.line === 150 && c.metric === 'vote_share')
        .map((c) => [c.election_id, c.party_id, c.value, c.subject]),
    ).toEqual([
      ['kz-mazhilis-2016', 'nur-otan', 82.2, '2016 Results'],
      ['kz-mazhilis-2016', 'ak-zhol', 7.18, '2016 Results'],
      ['kz-mazhilis-2016', 'peoples-party', 7.14, '2016 Results'],
      ['kz-mazhilis-2016', 'auyl', 2.01, '2016 Results'],
      ['kz-mazhilis-2016', 'adal', 0.29, '2016 Results'],
      ['kz-mazhilis-2016', 'jsdp', 1.8, '2016 Results'],
    ]);
  });
});
