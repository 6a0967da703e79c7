// Texts of a shape no real source has: a 200 kB line, a 200 kB sentence, a paragraph of 5,000 hard-wrapped
// lines. Each is read whole and right (speed is for `make bench SCALE=1`, never a timed test).
import { describe, expect, it } from 'vitest';
import { sourceContext } from '../../pipeline/extract/context.ts';
import { extractClaims } from '../../pipeline/extract/extract.ts';
import { ingestSource } from '../../pipeline/ingest/ingest.ts';
import type { SentenceBlock } from '../../pipeline/ingest/blocks.ts';
import { namesFor, tools } from '../extract/real-claims.ts';

const source = {
  source_id: 'long',
  file: 'raw/long.txt',
  sha256: '',
  layout: 'line-per-paragraph' as const,
  election_id: 'kz-mazhilis-2021',
  language: 'en',
};
const sentencesOf = (text: string, layout: 'line-per-paragraph' | 'hard-wrapped' = 'line-per-paragraph') =>
  ingestSource({ ...source, layout }, text).blocks.filter((b): b is SentenceBlock => b.kind === 'sentence');

describe('a single line of 200 kB', () => {
  // 2,000 sentences of about 100 characters, each with a share and a seat count, on line 1
  const sentence = (i: number) => `In district ${i} Ak Zhol won ${(i % 90) + 1}.5% of the vote and ${i % 7} seats.`;
  const line = Array.from({ length: 2000 }, (_, i) => sentence(i)).join(' ');
  const text = `${line}\n`;

  it('is cut into its 2,000 sentences, each quoting its own stretch of line 1 at its column', () => {
    const sentences = sentencesOf(text);
    expect(sentences).toHaveLength(2000);
    expect(sentences.map((s) => s.text)).toEqual(Array.from({ length: 2000 }, (_, i) => sentence(i)));
    for (const s of sentences) {
      expect([s.first_line, s.last_line, s.spans.length]).toEqual([1, 1, 1]);
      expect(line.slice(s.spans[0]!.column, s.spans[0]!.column + s.spans[0]!.text.length)).toBe(s.text);
    }
  });

  it("gives every figure its claim, on line 1, with a bounded excerpt around the figure that is the line's own text", () => {
    const ingested = ingestSource(source, text);
    const { claims } = extractClaims(ingested, sourceContext(tools, source, namesFor(ingested)));
    const shares = claims.filter((c) => c.metric === 'vote_share');
    expect(shares.map((c) => c.value)).toEqual(Array.from({ length: 2000 }, (_, i) => (i % 90) + 1.5));
    expect(shares.every((c) => c.party_id === 'ak-zhol' && c.line === 1)).toBe(true);
    for (const c of claims) {
      expect(c.excerpt.length).toBeLessThanOrEqual(600);
      expect(line.slice(c.excerpt_column - 1, c.excerpt_column - 1 + c.excerpt.length)).toBe(c.excerpt);
      expect(c.excerpt).toContain(c.figure);
    }
  });
});

describe('a sentence of 200 kB', () => {
  // no full stop at all: 4,000 clauses joined by commas
  const clauses = Array.from({ length: 4000 }, (_, i) => `region ${i} gave Nur Otan ${(i % 50) + 40}% of the vote`);
  const text = `${clauses.join(', ')}\n`;

  it('is one sentence, its figures read piece by piece, each claim quoting the line around it', () => {
    const sentences = sentencesOf(text);
    expect(sentences).toHaveLength(1);
    expect(sentences[0]!.text.length).toBe(text.length - 1);
    const ingested = ingestSource(source, text);
    const { claims } = extractClaims(ingested, sourceContext(tools, source, namesFor(ingested)));
    const percents = claims.filter((c) => c.figure.endsWith('%'));
    expect(percents.map((c) => c.value)).toEqual(Array.from({ length: 4000 }, (_, i) => (i % 50) + 40));
    for (const c of percents) {
      expect(text.slice(c.excerpt_column - 1, c.excerpt_column - 1 + c.excerpt.length)).toBe(c.excerpt);
      expect(c.excerpt.length).toBeLessThanOrEqual(600);
    }
  });
});

describe('a paragraph of 5,000 hard-wrapped lines', () => {
  // a PDF extract: every line ends in a word split by the typesetter (`elec-` / `tions`)
  const lines = Array.from({ length: 5000 }, (_, i) => `The count in village ${i} was held after the elec-`);
  const text = `${lines.map((l, i) => (i === 0 ? l : `tions ${l}`)).join('\n')}\ntions.\n`;

  it('is rejoined into one sentence without the hyphens, each word on its own raw line', () => {
    const sentences = sentencesOf(text, 'hard-wrapped');
    expect(sentences).toHaveLength(1);
    const [only] = sentences;
    expect(only!.text).toBe(
      `${Array.from({ length: 5000 }, (_, i) => `The count in village ${i} was held after the elections`).join(' ')}.`,
    );
    expect([only!.first_line, only!.last_line, only!.spans.length]).toEqual([1, 5001, 5001]);
    expect(only!.spans[1]).toEqual({
      line: 2,
      column: 0,
      text: 'tions The count in village 1 was held after the elec',
    });
  });
});
