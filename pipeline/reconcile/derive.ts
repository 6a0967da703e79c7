import { rule } from '../lib/explanations.ts';
import { round } from '../lib/round.ts';
import type { Metrics } from '../registry/metrics.ts';
import type { Election } from '../registry/registry.ts';
import { factId, type Fact } from './facts.ts';

/**
 * Figures the sources give only as a change: the previous election's value = this election's value
 * minus the change (README, Measures: turnout(a) = turnout(b) − change), for a change whose sign is settled.
 */
export function deriveFromChanges(facts: Fact[], elections: Election[], metrics: Metrics): Fact[] {
  const byId = new Map(facts.map((f) => [f.fact_id, f]));
  const derived: Fact[] = [];
  for (const change of facts) {
    const base = metrics.get(change.metric)?.change_of;
    const previous = elections.find((e) => e.id === change.election_id)?.details.previous;
    if (!base || !previous || change.value === null || change.status === 'conflict') continue;
    const now = byId.get(factId({ ...change, metric: base }));
    const key = { ...change, metric: base, election_id: previous };
    if (!now || now.value === null || byId.has(factId(key)) || derived.some((d) => d.fact_id === factId(key))) continue;
    const value = round(now.value - change.value);
    derived.push({
      ...key,
      fact_id: factId(key),
      value,
      unit: now.unit,
      qualifier: 'eq',
      status: 'derived',
      claims: [...now.claims, ...change.claims],
      sources: [...new Set([...now.sources, ...change.sources])].sort(),
      rule: rule.derived(base, previous, now.value, now.election_id, change.value, change.metric),
    });
  }
  return [...facts, ...derived].sort((a, b) => (a.fact_id < b.fact_id ? -1 : 1));
}
