// emit: the reconciled facts and claims → processed/: the analysis (run here, in the same process:
// process starts dominate a build this small), CSV tables and their Frictionless Data Package.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { AnalysisInput } from '../analyse/inputs.ts';
import type { Claim } from '../extract/claims.ts';
import type { ExtractedSource } from '../extract/extract.ts';
import { count, readOptions, runStage } from '../lib/cli.ts';
import { replaceFolder } from '../lib/files.ts';
import { readManifest } from '../lib/manifest.ts';
import type { AliasRow } from '../normalise/aliases.ts';
import type { Conflict } from '../reconcile/conflicts.ts';
import type { Fact } from '../reconcile/facts.ts';
import { elections, loadRegistry } from '../registry/registry.ts';
import { publish } from './package.ts';
import { analysisTables, openElectionsTables } from './tables-analysis.ts';
import { aliasesTable, claimsTable, conflictsTable, entitiesTable, factsTable, sourcesTable } from './tables-core.ts';

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

await runStage('emit', () => {
  const { raw, claims, reconcile, aliases, out } = readOptions('emit', ['raw', 'claims', 'reconcile', 'aliases', 'out'] as const);
  const registry = loadRegistry();
  const sources = readManifest(join(raw, 'sources.json'));
  const polls = readJson<{ sources: { output: string }[] }>(join(claims, 'index.json')).sources.flatMap((s) => readJson<ExtractedSource>(s.output).polls);
  const facts = readJson<{ facts: Fact[] }>(join(reconcile, 'facts.json')).facts;
  const input: AnalysisInput = { facts, polls, registry, elections: elections(registry) };
  const tables = [
    sourcesTable(sources.map((s) => ({ ...s, bytes: statSync(join(raw, s.file)).size }))),
    entitiesTable(registry),
    aliasesTable(readJson<{ aliases: AliasRow[] }>(aliases).aliases),
    claimsTable(readJson<{ claims: Claim[] }>(join(reconcile, 'claims.json')).claims),
    factsTable(facts),
    conflictsTable(readJson<{ conflicts: Conflict[] }>(join(reconcile, 'conflicts.json')).conflicts),
    ...analysisTables(input),
    ...openElectionsTables(input),
  ];
  const { files, descriptor } = publish(tables, sources);
  replaceFolder(out, files);
  const rows = tables.reduce((n, t) => n + t.rows.length, 0);
  return `${count(facts.length)} facts → ${count(tables.length)} tables, ${count(rows)} rows in ${out}/ (version ${String(descriptor.version)})`;
});
