import { rule } from '../lib/explanations.ts';
import { message, PipelineError } from '../lib/messages.ts';
import type { Conflict } from './conflicts.ts';
import type { Fact } from './facts.ts';

/** A person's ruling on one fact, with the reason and their name. */
export interface Decision {
  fact_id: string;
  value: number;
  reason: string;
  decided_by: string;
  date: string;
}

export function checkDecisions(file: string, decisions: unknown[]): Decision[] {
  const problems = decisions.flatMap((d, i) => {
    const r = (d ?? {}) as Record<string, unknown>;
    const missing = ['fact_id', 'reason', 'decided_by', 'date'].filter(
      (f) => typeof r[f] !== 'string' || (r[f] as string).trim() === '',
    );
    if (typeof r.value !== 'number') missing.push('value');
    return missing.map((field) => message.decisionField(file, i, field));
  });
  if (problems.length > 0) throw new PipelineError(problems);
  return decisions as Decision[];
}

/**
 * Applies each decision to its fact: the value is the decision's, the fact is `resolved` by it, and
 * its conflicts carry the ruling. A decision whose fact has no conflict any more comes back as a warning.
 */
export function applyDecisions(
  facts: Fact[],
  conflicts: Conflict[],
  decisions: Decision[],
): { facts: Fact[]; conflicts: Conflict[]; warnings: string[] } {
  const byFact = new Map(decisions.map((d) => [d.fact_id, d]));
  const warnings = decisions
    .filter((d) => !conflicts.some((c) => c.fact_id === d.fact_id))
    .map((d) => message.staleDecision(d.fact_id, d.decided_by, d.date));
  const ruling = (d: Decision) => rule.decided(d.decided_by, d.date, d.reason);
  return {
    facts: facts.map((f) => {
      const d = byFact.get(f.fact_id);
      return d && conflicts.some((c) => c.fact_id === f.fact_id)
        ? { ...f, value: d.value, qualifier: 'eq', status: 'resolved', rule: ruling(d) }
        : f;
    }),
    conflicts: conflicts.map((c) => {
      const d = byFact.get(c.fact_id);
      return d ? { ...c, expected: c.expected ?? d.value, resolution: ruling(d) } : c;
    }),
    warnings,
  };
}
