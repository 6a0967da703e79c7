// The emit stage's pure core: the reconciled data and the analysis → every file of processed/, as data.
import type { AnalysisTables } from '../analyse/analyse.ts';
import { silent, type Tracker } from '../lib/attention.ts';
import type { Source } from '../lib/manifest.ts';
import type { AliasRow } from '../names/aliases.ts';
import type { ReconcileOutput } from '../reconcile/reconcile.ts';
import type { Registry } from '../registry/registry.ts';
import { packageIdentity } from './identity.ts';
import type { PutFile } from '../lib/folders.ts';
import { publish, publishTo, type Publication } from './package.ts';
import type { TableSpec } from './schema.ts';
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
export function emit(input: EmitInput): Publication {
  return publish(tablesOf(input), input.sources, packageIdentity(input.sources, input.registry));
}

/**
 * The same files, each handed to `put` as soon as it is made, so that no table is held as text: at a thousand
 * sources processed/ held whole took 0.7 GB. Returns the package descriptor and the number of rows.
 */
export function emitTo(put: PutFile, input: EmitInput, track: Tracker = silent): Omit<Publication, 'files'> {
  const tables = tablesOf(input);
  const descriptor = publishTo(put, tables, input.sources, packageIdentity(input.sources, input.registry), track);
  return { descriptor, rows: tables.reduce((n, t) => n + t.rows.length, 0) };
}

function tablesOf({ sources, registry, aliases, reconciled, analysis }: EmitInput): TableSpec[] {
  return [
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
}
