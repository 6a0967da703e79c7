// Source priority: tables over infoboxes over lists over prose, encyclopedia over analysis over
// commentary, a newer revision over an older one.
import { describe, expect, it } from 'vitest';
import { outranks, rankClaims, sourceDescriber } from '../../pipeline/reconcile/sources.ts';
import { claim, sources } from './inline.ts';

const at = (source_id: string, extraction: 'table' | 'infobox' | 'list' | 'prose') =>
  claim({ metric: 'turnout', value: 50, source_id, extraction, claim_id: `${source_id}:${extraction}` });

describe('rankClaims', () => {
  it('orders by how the figure is given, then by the kind of source, then the newer revision first', () => {
    const claims = [
      at('commentary', 'prose'),
      at('analysis', 'prose'),
      at('older', 'table'),
      at('newer', 'prose'),
      at('newer', 'list'),
      at('older', 'infobox'),
      at('newer', 'table'),
    ];
    expect(rankClaims(claims, sources).map((c) => c.claim_id)).toEqual([
      'newer:table',
      'older:table',
      'older:infobox',
      'newer:list',
      'newer:prose',
      'analysis:prose',
      'commentary:prose',
    ]);
  });

  it('breaks a tie by claim id, so the order never depends on the input order', () => {
    const claims = [at('notes', 'prose'), at('analysis', 'prose')];
    expect(rankClaims(claims, sources).map((c) => c.claim_id)).toEqual(['analysis:prose', 'notes:prose']);
    expect(rankClaims([...claims].reverse(), sources).map((c) => c.claim_id)).toEqual([
      'analysis:prose',
      'notes:prose',
    ]);
  });
});

describe('outranks', () => {
  it('is true only for a strictly better rank', () => {
    expect(outranks(at('newer', 'table'), at('older', 'table'), sources)).toBe(true);
    expect(outranks(at('older', 'table'), at('newer', 'table'), sources)).toBe(false);
    expect(outranks(at('analysis', 'prose'), at('notes', 'prose'), sources)).toBe(false);
    expect(outranks(at('notes', 'prose'), at('analysis', 'prose'), sources)).toBe(false);
  });
});

describe('sourceDescriber', () => {
  it('names revisions by their order and other sources by their kind', () => {
    expect(['newer', 'older', 'analysis', 'commentary', 'unknown'].map(sourceDescriber(sources))).toEqual([
      'the newer revision',
      'the older revision',
      'the analysis',
      'the commentary',
      'unknown',
    ]);
  });
});

describe('published sources: results pages, news, poll reports', () => {
  it('puts an official results page first in any form, then news and poll reports after the encyclopedia and before analysis', () => {
    const claims = [
      at('commentary', 'prose'),
      at('analysis', 'prose'),
      at('wire', 'prose'),
      at('pollnote', 'prose'),
      at('newer', 'prose'),
      at('wire', 'table'),
      at('newer', 'table'),
      at('cec', 'prose'),
    ];
    expect(rankClaims(claims, sources).map((c) => c.claim_id)).toEqual([
      'cec:prose',
      'newer:table',
      'wire:table',
      'newer:prose',
      'pollnote:prose',
      'wire:prose',
      'analysis:prose',
      'commentary:prose',
    ]);
    expect(outranks(at('wire', 'prose'), at('commentary', 'prose'), sources)).toBe(true);
    expect(outranks(at('cec', 'list'), at('wire', 'table'), sources)).toBe(true);
  });

  it('names each by its publisher, kind and date', () => {
    expect(['wire', 'cec', 'pollnote'].map(sourceDescriber(sources))).toEqual([
      'the Kazinform report of 12 January 2021',
      'the Central Election Commission results page of 15 January 2021',
      'the PollCo poll report of 3 December 2020',
    ]);
  });
});
