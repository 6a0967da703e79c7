import type { Claim, Poll } from '../extract/claims.ts';
import { withSamePolls } from '../extract/same-poll.ts';
import { rule } from '../lib/explanations.ts';
import { silent, type Tracker } from '../lib/attention.ts';
import type { TableBlock } from '../ingest/blocks.ts';
import { groupBy } from '../lib/collections.ts';
import type { Source } from '../lib/manifest.ts';
import type { AliasRow } from '../names/aliases.ts';
import { aliasLookup } from '../names/names.ts';
import { elections, isCountry, type Registry } from '../registry/registry.ts';
import type { Check, CheckInput } from './check.ts';
import { checkBallots } from './check-ballots.ts';
import { checkBreakdowns } from './check-breakdowns.ts';
import { checkChanges } from './check-changes.ts';
import { checkLeads } from './check-leads.ts';
import { checkSeatKinds } from './check-seat-kinds.ts';
import { checkSeats } from './check-seats.ts';
import { checkShareSums } from './check-share-sums.ts';
import { checkSharesFromVotes, sharesLeftUnchecked, type UncheckedShares } from './check-shares.ts';
import { checkTotals } from './check-totals.ts';
import type { Conflict } from './conflicts.ts';
import { applyDecisions, type Decision } from './decisions.ts';
import { deriveFromChanges } from './derive.ts';
import type { Fact } from './facts.ts';
import { factsFromClaims } from './group.ts';
import { inferBlankedRows, type Inference } from './infer.ts';
import { buildNamer } from './namer.ts';
import { revisionChanges, type RevisionChange } from './revisions.ts';
import { scopeSeats } from './seat-scopes.ts';

export interface ReconcileInput {
  claims: Claim[];
  polls: Poll[];
  sources: Source[];
  registry: Registry;
  decisions: Decision[];
  aliases: AliasRow[];
  /** The tables of each source that is a revision of a document (`isRevision`): revisionChanges reads no other. */
  tables: Map<string, TableBlock[]>;
}

export interface ReconcileOutput {
  /** The claims as extracted, with the subjects of rows matched by their figures filled in. */
  claims: Claim[];
  facts: Fact[];
  conflicts: Conflict[];
  inferences: Inference[];
  revisions: RevisionChange[];
  /** Checks that could not run on a source's figures, and why (shares of a table that lists some parties). */
  unchecked: UncheckedShares[];
  warnings: string[];
}

const CHECKS: Check[] = [
  checkSharesFromVotes,
  checkShareSums,
  checkTotals,
  checkBallots,
  checkLeads,
  checkSeats,
  checkSeatKinds,
  checkChanges,
  checkBreakdowns,
];

/** Claims → facts with their status, the conflicts found and explained, and what changed between revisions. */
export function reconcile(given: ReconcileInput, track: Tracker = silent): ReconcileOutput {
  const input = { ...given, claims: withSamePolls(given.claims, given.polls) };
  const sources = new Map(input.sources.map((s) => [s.source_id, s]));
  const allElections = elections(input.registry);
  // facts of the latest election the sources are about go without its name; those of any other are named
  const about = allElections.filter((e) => input.sources.some((s) => s.election_id === e.id));
  const latest =
    [...(about.length > 0 ? about : allElections)].sort((a, b) => (a.details.date < b.details.date ? 1 : -1))[0]?.id ??
    '';
  const name = buildNamer(input.registry, sources, input.polls, latest);
  const {
    claims: matched,
    inferences,
    inferred: inferredRows,
  } = inferBlankedRows(nationalAsNoRegion(input.claims, input.registry), input.registry.metrics);
  const first = factsFromClaims(matched, sources, name, input.registry.metrics);
  const factsOf = (facts: Fact[]) => new Map(facts.map((f) => [f.fact_id, f]));
  const base = { sources, registry: input.registry, elections: allElections, name };
  // list seats read as a party's seats in a mixed system are relabelled, and the facts grouped again
  const scoped = scopeSeats({ ...base, claims: matched, facts: factsOf(first.facts) });
  const claims = scoped.claims;
  const grouped = scoped.conflicts.length > 0 ? factsFromClaims(claims, sources, name, input.registry.metrics) : first;
  const checkInput: CheckInput = { ...base, claims, facts: factsOf(grouped.facts) };
  const shown = track(CHECKS.length, 'check');
  const checked = CHECKS.flatMap((check) => {
    const found = check(checkInput);
    shown.step();
    return found;
  });
  shown.end();
  const found = [...grouped.conflicts, ...scoped.conflicts, ...checked];
  const decided = applyDecisions(settle(grouped.facts, found), found, input.decisions);
  const facts = deriveFromChanges(decided.facts, allElections, input.registry.metrics);
  const conflicts = [...decided.conflicts].sort((a, b) => (a.conflict_id < b.conflict_id ? -1 : 1));
  const changed = new Set(scoped.conflicts.map((c) => c.claim_id));
  const inferred = new Map([
    ...inferredRows,
    ...claims.filter((c) => changed.has(c.claim_id)).map((c) => [c.claim_id, c] as const),
  ]);
  return {
    claims: input.claims.map((c) => inferred.get(c.claim_id) ?? c),
    facts,
    conflicts,
    inferences,
    revisions: revisionChanges({
      claims,
      sources,
      aliases: input.aliases,
      inferences,
      tables: input.tables,
      entityOf: aliasLookup(input.aliases),
    }),
    unchecked: sharesLeftUnchecked(checkInput),
    warnings: decided.warnings,
  };
}

/** The whole country is no region: its row in a regional table states the national figures. */
function nationalAsNoRegion(claims: Claim[], registry: Registry): Claim[] {
  const national = new Set(registry.entities.filter(isCountry).map((e) => e.id));
  return claims.map((c) => (c.region_id && national.has(c.region_id) ? { ...c, region_id: null } : c));
}

/** A fact with an open conflict is in conflict; one whose conflicts a rule settled is resolved, signs and all. */
function settle(facts: Fact[], conflicts: Conflict[]): Fact[] {
  const byFact = groupBy(conflicts, (c) => c.fact_id);
  return facts.map((fact) => {
    const own = byFact.get(fact.fact_id) ?? [];
    if (own.length === 0) return fact;
    if (own.some((c) => c.resolution === 'open'))
      return { ...fact, status: 'conflict', rule: rule.openConflicts(own.length, own[0]!.explanation) };
    const sign = own.find((c) => c.kind === 'sign' && c.expected !== null);
    const value =
      sign && fact.value !== null && Math.sign(fact.value) !== Math.sign(sign.expected!) ? sign.expected : fact.value;
    return fact.status === 'agreed' || fact.status === 'consistent' || value !== fact.value
      ? { ...fact, value, status: 'resolved', rule: own[0]!.resolution }
      : fact;
  });
}
