// The emit stage's pure core: the reconciled data and the analysis → every file of processed/, as data.
import type { AnalysisTables } from '../analyse/analyse.ts';
import type { Source } from '../lib/manifest.ts';
import type { AliasRow } from '../normalise/aliases.ts';
import type { ReconcileOutput } from '../reconcile/reconcile.ts';
import type { Registry } from '../registry/registry.ts';
import { packageIdentity } from './identity.ts';
import { publish, type Publication } from './package.ts';
import { analysisTables, openElectionsTables } from './tables-analysis.ts';
import {
  aliasesTable,
  claimsTable,
  conflictsTable,
  entitiesTable,
  factsTable,
  revisionsTable,
  sourcesTable,
} from './tables-core.ts';

export interface EmitInput {
  /** The manifest's sources, each with the size of its raw file. */
  sources: (Source & { bytes: number })[];
  registry: Registry;
  aliases: AliasRow[];
  reconciled: Pick<ReconcileOutput, 'claims' | 'facts' | 'conflicts' | 'revisions'>;
  analysis: AnalysisTables;
}

/** The CSV and Parquet files of every table and the datapackage.json describing them, by path in processed/. */
export function emit({ sources, registry, aliases, reconciled, analysis }: EmitInput): Publication {
  const tables = [
    sourcesTable(sources),
    entitiesTable(registry),
    aliasesTable(aliases),
    claimsTable(reconciled.claims),
    factsTable(reconciled.facts),
    conflictsTable(reconciled.conflicts),
    revisionsTable(reconciled.revisions),
    ...analysisTables(analysis),
    ...openElectionsTables(analysis.results_regional, registry),
  ];
  return publish(tables, sources, packageIdentity(sources, registry));
}
