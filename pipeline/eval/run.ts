// The real stages on one text, in-process with their pure cores as their main.ts call them: ingest, the
// names normalise resolves, extract; then reconcile with the seed corpus, whose sources are read once.
import type { Claim, Poll } from '../extract/claims.ts';
import { buildTools, sourceContext } from '../extract/context.ts';
import { extractClaims } from '../extract/extract.ts';
import type { IngestedSource, TableBlock } from '../ingest/blocks.ts';
import { ingestSource } from '../ingest/ingest.ts';
import type { Source } from '../lib/manifest.ts';
import { evalMessage } from '../lib/messages-eval.ts';
import { PipelineError } from '../lib/messages.ts';
import { aliasTable, type SurfaceMention } from '../names/aliases.ts';
import { recordedNames, recordOf, registryNames } from '../names/names.ts';
import { surfaceMentions } from '../normalise/surfaces.ts';
import type { Conflict } from '../reconcile/conflicts.ts';
import type { Decision } from '../reconcile/decisions.ts';
import { reconcile } from '../reconcile/reconcile.ts';
import { isRevision } from '../reconcile/revisions.ts';
import { registryFile } from '../registry/files.ts';
import { buildRegistry, REGISTRY_FILES, type Registry } from '../registry/registry.ts';
import { figureLabels } from '../registry/vocabulary.ts';

/** One source read by the stages before reconcile. */
export interface ReadSource {
  source: Source;
  ingested: IngestedSource;
  mentions: SurfaceMention[];
  claims: Claim[];
  polls: Poll[];
}

/** The project's registry with a text's `registry` additions (entity file name → records), checked. */
export function registryWith(additions: Record<string, unknown> | undefined, answersFile: string): Registry {
  const extra = additions ?? {};
  const entityFiles = REGISTRY_FILES.filter((name) => name !== 'metrics.json');
  const problems = Object.entries(extra).flatMap(([name, records]) =>
    !entityFiles.includes(name)
      ? [evalMessage.field(answersFile, `registry.${name}`, `a registry file: ${entityFiles.join(', ')}`, name)]
      : Array.isArray(records)
        ? []
        : [evalMessage.field(answersFile, `registry["${name}"]`, 'a list of entity records', records)],
  );
  if (problems.length > 0) throw new PipelineError(problems);
  return buildRegistry(
    REGISTRY_FILES.map((name) => {
      const file = registryFile(name);
      const records = extra[name] as Record<string, unknown>[] | undefined;
      if (!records) return file;
      const content = file.content as { entities: unknown[] };
      return {
        file: `${file.file} with ${answersFile}`,
        content: { ...content, entities: [...content.entities, ...records] },
      };
    }),
  );
}

/** Ingest, normalise and extract on one source, as the stages do. */
export function readSource(source: Source, text: string, registry: Registry): ReadSource {
  const ingested = ingestSource(source, text);
  const names = registryNames(registry);
  const mentions = surfaceMentions(ingested.blocks, { names, labels: figureLabels() });
  const tools = buildTools(registry);
  const record = recordOf(
    source.source_id,
    mentions.map((m) => m.resolution),
  );
  const reader = recordedNames(record, tools.scanner);
  const { claims, polls } = extractClaims(ingested, sourceContext(tools, source, reader));
  return { source, ingested, mentions, claims, polls };
}

/** Reconcile over the sources read, as publish runs it: the claims with rows filled in, and the conflicts. */
export function reconcileAll(
  read: ReadSource[],
  registry: Registry,
  decisions: Decision[],
): { claims: Claim[]; conflicts: Conflict[] } {
  const tables = new Map(
    read
      .filter((r) => isRevision(r.source))
      .map((r) => [r.source.source_id, r.ingested.blocks.filter((b): b is TableBlock => b.kind === 'table')]),
  );
  const output = reconcile({
    claims: read.flatMap((r) => r.claims),
    polls: read.flatMap((r) => r.polls),
    sources: read.map((r) => r.source),
    registry,
    decisions,
    aliases: aliasTable(
      read.flatMap((r) => r.mentions),
      read.map((r) => r.source.source_id),
    ),
    tables,
  });
  return { claims: output.claims, conflicts: output.conflicts };
}
