import type { Claim } from '../extract/claims.ts';
import type { Source } from '../lib/manifest.ts';
import { contains, halfUnit, intervalOf, isUnsigned, mostPrecise } from './agreement.ts';
import { cap, makeConflict, show, type Conflict } from './conflicts.ts';
import { factId, keyOf, type Fact, type FactKey } from './facts.ts';
import { describeSource, outranks, rankClaims } from './sources.ts';

export interface Reconciled {
  facts: Fact[];
  conflicts: Conflict[];
}

/** Words for a source and a fact, for the sentences conflicts carry. */
export interface Namer {
  source: (sourceId: string) => string;
  fact: (key: FactKey) => string;
}

/** One fact per key from the linked claims: agreed, consistent, resolved by source priority, or in conflict. */
export function factsFromClaims(claims: Claim[], sources: Map<string, Source>, name: Namer): Reconciled {
  const groups = new Map<string, Claim[]>();
  // a part of a count (`of whom 322`) is a different part in each sentence: checked, not merged into one fact
  for (const claim of claims.filter((c) => c.linked && c.scope !== 'part')) {
    const id = factId(keyOf(claim));
    const group = groups.get(id);
    if (group) group.push(claim);
    else groups.set(id, [claim]);
  }
  const facts: Fact[] = [];
  const conflicts: Conflict[] = [];
  for (const [fact_id, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const found = reconcileGroup(fact_id, group, sources, name);
    facts.push(found.fact);
    conflicts.push(...found.conflicts);
  }
  return { facts, conflicts };
}

function reconcileGroup(fact_id: string, group: Claim[], sources: Map<string, Source>, name: Namer): { fact: Fact; conflicts: Conflict[] } {
  const ranked = rankClaims(group, sources);
  const stated = ranked.filter((c) => c.value !== null);
  const base = { fact_id, ...keyOf(group[0]!), unit: group[0]!.unit, sources: [...new Set(ranked.map((c) => c.source_id))].sort(), claims: ranked.map((c) => c.claim_id) };
  if (stated.length === 0) return { fact: { ...base, value: null, qualifier: null, status: 'agreed', rule: 'every source writes the figure as missing' }, conflicts: [] };

  const best = mostPrecise(stated)!;
  // a change written without a sign allows either direction, and takes the sign the other sources
  // write; the sign is checked against both elections' figures later
  const allows = (c: Claim, v: number) => contains(intervalOf(c), v) || (isUnsigned(c) && contains(intervalOf(c), -v));
  const missing = ranked.filter((c) => c.value === null);
  const conflicts: Conflict[] = missing.map((c) => makeConflict({ fact_id, ...keyOf(c) }, c, {
    check: 'missing', expected: best.value, expected_how: `${describeSource(best.source_id, sources)}, line ${best.line}`, kind: 'missing',
    resolution: `the figure ${describeSource(best.source_id, sources)} gives`,
    explanation: `${cap(name.source(c.source_id))} writes ${name.fact(keyOf(c))} as "${c.figure}"; ${name.source(best.source_id)} gives ${show(best.value, best.unit, best.decimals)}.`,
  }));
  const signed = stated.find((c) => !isUnsigned(c));
  const value = isUnsigned(best) && signed && signed.value! < 0 ? -Math.abs(best.value!) : best.value!;
  if (stated.every((c) => allows(c, value))) {
    const identical = stated.every((c) => c.value === value && c.qualifier === 'eq');
    const rule = identical ? 'every source gives the same figure' : `every figure allows ${show(value, best.unit, best.decimals)} at the precision and qualifier it is written with`;
    return { fact: { ...base, value, qualifier: best.qualifier, status: identical ? 'agreed' : 'consistent', rule }, conflicts };
  }

  // they disagree: the highest-ranked figure stands if it outranks every figure that disagrees with it
  const top = stated[0]!;
  const against = stated.filter((c) => !allows(c, top.value!));
  const settled = against.every((c) => outranks(top, c, sources));
  for (const c of against) {
    // within two units of the last digit written: a rounding difference, not a disagreement
    const within = Math.abs(c.value! - top.value!) <= 4 * Math.max(halfUnit(c), halfUnit(top));
    conflicts.push(makeConflict({ fact_id, ...keyOf(c) }, c, {
      check: 'sources', expected: top.value, expected_how: `${describeSource(top.source_id, sources)}, line ${top.line}`,
      kind: within ? 'rounding' : 'disagreement',
      resolution: settled ? `source priority: ${describeSource(top.source_id, sources)} (${top.extraction})` : 'open',
      explanation: `${cap(name.source(c.source_id))} gives ${name.fact(keyOf(c))} as ${c.figure} (line ${c.line}, ${c.extraction}), ${name.source(top.source_id)} as ${top.figure} (line ${top.line}, ${top.extraction}).`,
    }));
  }
  const status = settled ? 'resolved' : 'conflict';
  const rule = settled ? `source priority: ${describeSource(top.source_id, sources)} (${top.extraction}) over the figures that disagree` : 'the sources disagree and none outranks the others';
  return { fact: { ...base, value: top.value, qualifier: top.qualifier, status, rule }, conflicts };
}
