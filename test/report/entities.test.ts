// Readable names beside ids: what a reader sees instead of `pori-2020-11-12`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackage } from '../../pipeline/report/data.ts';
import { readablePoll, readEntities } from '../../pipeline/report/entities.ts';

const descriptor = JSON.parse(readFileSync('processed/datapackage.json', 'utf8'));
const entities = readEntities(loadPackage(descriptor, (path) => readFileSync(join('processed', path), 'utf8')));

describe('a poll by name', () => {
  it('is its pollster, its kind unless an opinion poll, and its date in words', () => {
    expect(readablePoll('PORI', 'opinion', '2020-11-12')).toBe('PORI, 12 Nov 2020');
    expect(readablePoll('Astana Zertteu', 'exit', '2021-01-10')).toBe('Astana Zertteu exit poll, 10 Jan 2021');
    expect(readablePoll('Alaman', 'independent-count', null)).toBe('Alaman independent count');
    expect(readablePoll('Sanj', 'post-election-survey', '2021-01-11')).toBe('Sanj post-election survey, 11 Jan 2021');
  });

  it('is added to every row with a poll id, from processed/polls.csv and entities.csv', () => {
    // polls.csv: pori-2020-11-12 is PORI's opinion poll of 12 November 2020; PORI is the abbreviation of the
    // Public Opinion Research Institute in entities.csv; alaman-kz-mazhilis-2021 is Alaman's count, undated
    expect(entities.enrich({ poll_id: 'pori-2020-11-12' }).poll).toBe('PORI, 12 Nov 2020');
    expect(entities.enrich({ poll_id: 'alaman-kz-mazhilis-2021' }).poll).toBe('Alaman independent count');
    expect(entities.enrich({ poll_id: 'no-such-poll' }).poll).toBeUndefined();
  });
});
