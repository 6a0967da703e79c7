import type { Claim } from '../extract/claims.ts';
import { groupBy } from '../lib/collections.ts';
import { digitSlip } from '../lib/digits.ts';
import type { Source } from '../lib/manifest.ts';
import type { Metrics } from '../registry/metrics.ts';
import { contains, halfUnit, intervalOf, isUnsigned, mostPrecise } from './agreement.ts';
import { explain, how, rule, show } from '../lib/explanations.ts';
import { makeConflict, type Conflict } from './conflicts.ts';
import { factId, keyOf, type Fact, type FactKey } from './facts.ts';
import { outranks, rankClaims } from './sources.ts';

export interface Reconciled {
  facts: Fact[];
  conflicts: Conflict[];
}

/** Words for a source and a fact, for the sentences conflicts carry. */
export interface Namer {
  source: (sourceId: string) => string;
  fact: (key: FactKey) => string;
  /** An entity's English name (its id when the registry does not know it). */
  entity: (id: string) => string;
}

/** One fact per key from the linked claims: agreed, consistent, resolved by source priority, or in conflict. */
export function factsFromClaims(
  claims: Claim[],
  sources: Map<string, Source>,
  name: Namer,
  metrics: Metrics,
): Reconciled {
  // a part of a count (`of whom 322`) is a different part in each sentence: checked, not merged into one fact
  const groups = groupBy(
    claims.filter((c) => c.linked && c.scope !== 'part'),
    (claim) => factId(keyOf(claim)),
  );
  const facts: Fact[] = [];
  const conflicts: Conflict[] = [];
  for (const [fact_id, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const found = reconcileGroup(fact_id, group, sources, name, metrics);
    facts.push(found.fact);
    conflicts.push(...found.conflicts);
  }
  return { facts, conflicts };
}

function reconcileGroup(
  fact_id: string,
  group: Claim[],
  sources: Map<string, Source>,
  name: Namer,
  metrics: Metrics,
): { fact: Fact; conflicts: Conflict[] } {
  const isUnsignedHere = (c: Claim) => isUnsigned(c, metrics);
  const ranked = rankClaims(group, sources);
  const stated = ranked.filter((c) => c.value !== null);
  const base = {
    fact_id,
    ...keyOf(group[0]!),
    unit: group[0]!.unit,
    sources: [...new Set(ranked.map((c) => c.source_id))].sort(),
    claims: ranked.map((c) => c.claim_id),
  };
  if (stated.length === 0)
    return {
      fact: { ...base, value: null, qualifier: null, status: 'agreed', rule: rule.allMissing() },
      conflicts: [],
    };

  const best = mostPrecise(stated)!;
  // a change written without a sign allows either direction, and takes the sign the other sources
  // write; the sign is checked against both elections' figures later
  const allows = (c: Claim, v: number) =>
    contains(intervalOf(c), v) || (isUnsignedHere(c) && contains(intervalOf(c), -v));
  const missing = ranked.filter((c) => c.value === null);
  const conflicts: Conflict[] = missing.map((c) =>
    makeConflict({ fact_id, ...keyOf(c) }, c, {
      check: 'missing',
      expected: best.value,
      expected_how: how.otherSource(name.source(best.source_id), best.line),
      kind: 'missing',
      resolution: rule.figureOf(name.source(best.source_id)),
      explanation: explain.missing(
        inWords(c, name),
        name.source(best.source_id),
        show(best.value, best.unit, best.decimals),
      ),
    }),
  );
  const signed = stated.find((c) => !isUnsignedHere(c));
  const value = isUnsignedHere(best) && signed && signed.value! < 0 ? -Math.abs(best.value!) : best.value!;
  if (stated.every((c) => allows(c, value))) {
    const identical = stated.every((c) => c.value === value && c.qualifier === 'eq');
    const why = identical ? rule.identical() : rule.consistent(show(value, best.unit, best.decimals));
    return {
      fact: { ...base, value, qualifier: best.qualifier, status: identical ? 'agreed' : 'consistent', rule: why },
      conflicts,
    };
  }

  // they disagree: the highest-ranked figure stands if it outranks every figure that disagrees with it
  const top = stated[0]!;
  const against = stated.filter((c) => !allows(c, top.value!));
  const settled = against.every((c) => outranks(top, c, sources));
  for (const c of against) {
    // within two units of the last digit written: a rounding difference, not a disagreement
    const within = Math.abs(c.value! - top.value!) <= 4 * Math.max(halfUnit(c), halfUnit(top));
    // the same digits with two neighbours swapped, or one digit changed: a typo in one of them
    const slip = within || c.decimals !== top.decimals ? null : digitSlip(c.value!, top.value!, c.decimals ?? 0);
    const placed = { ...inWords(c, name), line: c.line, extraction: c.extraction };
    const other = {
      source: name.source(top.source_id),
      figure: top.figure,
      line: top.line,
      extraction: top.extraction,
    };
    conflicts.push(
      makeConflict({ fact_id, ...keyOf(c) }, c, {
        check: 'sources',
        expected: top.value,
        expected_how: how.otherSource(name.source(top.source_id), top.line),
        kind: within ? 'rounding' : slip ? 'typo' : 'disagreement',
        resolution: settled ? rule.priority(name.source(top.source_id), top.extraction) : 'open',
        explanation: slip
          ? explain.sourcesTypo({ ...placed, excerpt: c.excerpt }, { ...other, excerpt: top.excerpt }, slip)
          : explain.sources(placed, other),
      }),
    );
  }
  const status = settled ? 'resolved' : 'conflict';
  const why = settled ? rule.priorityOver(name.source(top.source_id), top.extraction) : rule.noneOutranks();
  return { fact: { ...base, value: top.value, qualifier: top.qualifier, status, rule: why }, conflicts };
}

const inWords = (claim: Claim, name: Namer) => ({
  source: name.source(claim.source_id),
  fact: name.fact(keyOf(claim)),
  figure: claim.figure,
});
