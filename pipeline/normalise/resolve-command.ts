// `npm run --silent resolve -- "<name>" [--type party]`: one name → one JSON object on stdout.
// Exits 0 when the name resolves, 3 when it does not (with ranked candidates), 2 on a usage error.
import { parseArgs } from 'node:util';
import { message } from '../lib/messages.ts';
import { ENTITY_TYPES, loadRegistry, type EntityType } from '../registry/registry.ts';
import { buildResolver } from './resolver.ts';

const { values, positionals } = parseArgs({ options: { type: { type: 'string' } }, allowPositionals: true, strict: false });
const type = values.type as string | undefined;
if (positionals.length !== 1 || (type !== undefined && !ENTITY_TYPES.includes(type as EntityType))) {
  process.stderr.write(`${message.resolveUsage(positionals.length, type, ENTITY_TYPES)}\n`);
  process.exit(2);
}
const resolution = buildResolver(loadRegistry()).resolve(positionals[0]!, type as EntityType | undefined);
const { input, id, type: entityType, method, candidates, matched, name_kind, renamed } = resolution;
process.stdout.write(`${JSON.stringify({ input, id, type: entityType, method, candidates, matched, name_kind, renamed })}\n`);
process.exitCode = id ? 0 : 3;
