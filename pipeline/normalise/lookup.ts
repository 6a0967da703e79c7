// The resolve command's work, without the process: arguments in, what to print and the exit code out.
import { parseArgs } from 'node:util';
import { message } from '../lib/messages.ts';
import { ENTITY_TYPES, type EntityType } from '../registry/registry.ts';
import type { Resolver } from '../names/resolver.ts';

export interface CommandResult {
  stdout: string;
  stderr: string;
  /** 0: resolved (or help asked for); 3: the name resolves to no entity; 2: a usage error. */
  exitCode: 0 | 2 | 3;
}

/** `"<name>" [--type party]` → one JSON object; `--help` → the usage. */
export function resolveCommand(args: string[], resolver: () => Resolver): CommandResult {
  const options = { type: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: false });
  if (values.help === true) return { stdout: `${message.resolveHelp(ENTITY_TYPES)}\n`, stderr: '', exitCode: 0 };
  const type = values.type as string | undefined;
  if (positionals.length !== 1 || (type !== undefined && !ENTITY_TYPES.includes(type as EntityType))) {
    return { stdout: '', stderr: `${message.resolveUsage(positionals.length, type, ENTITY_TYPES)}\n`, exitCode: 2 };
  }
  const resolution = resolver().resolve(positionals[0]!, type as EntityType | undefined);
  const { input, id, type: entityType, method, candidates, matched, name_kind, renamed } = resolution;
  const printed = JSON.stringify({ input, id, type: entityType, method, candidates, matched, name_kind, renamed });
  return { stdout: `${printed}\n`, stderr: '', exitCode: id ? 0 : 3 };
}
