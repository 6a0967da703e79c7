// The registry's files, read when a stage runs (never bundled into its code, so that a data edit is not a
// code change), each parsed once; a problem in one names the file and the line of the entry or field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonProblem, lineAndColumn } from '../lib/files.ts';
import { message, PipelineError } from '../lib/messages.ts';

/** Where the registry's files are, from the project's folder, as the stages run. */
export const REGISTRY_FOLDER = 'pipeline/registry';

export interface RegistryFile {
  /** Its path, as messages name it (`pipeline/registry/parties.json`). */
  file: string;
  text: string;
  content: unknown;
}

const read = new Map<string, RegistryFile>();

/** A registry file by its name (`parties.json`), read and parsed on first use. */
export function registryFile(name: string, folder = REGISTRY_FOLDER): RegistryFile {
  const file = join(folder, name);
  const known = read.get(file);
  if (known) return known;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new PipelineError([message.registryUnreadable(file, (error as NodeJS.ErrnoException).code ?? 'error')]);
  }
  try {
    const loaded = { file, text, content: JSON.parse(text) as unknown };
    read.set(file, loaded);
    return loaded;
  } catch (error) {
    const { line, column, detail } = jsonProblem(text, error as Error);
    throw new PipelineError([message.registryNotJson(file, line, column, detail)]);
  }
}

/**
 * Where an entry of a registry file is, as `file:line` for messages: the line of its `"id"`, or of `field`
 * within it (before the next entry's id); the file alone when the id is not found.
 */
export function entryAt(registry: Pick<RegistryFile, 'file' | 'text'>, id: unknown, field?: string): string {
  if (typeof id !== 'string' || id === '') return registry.file;
  const idAt = new RegExp(`"id"\\s*:\\s*${escaped(JSON.stringify(id))}`).exec(registry.text)?.index;
  if (idAt === undefined) return registry.file;
  let offset = idAt;
  if (field !== undefined && field !== 'id') {
    const next = registry.text.slice(idAt + 1).search(/"id"\s*:/);
    const entry = registry.text.slice(idAt, next === -1 ? undefined : idAt + 1 + next);
    const fieldAt = new RegExp(`${escaped(JSON.stringify(field))}\\s*:`).exec(entry)?.index;
    if (fieldAt !== undefined) offset = idAt + fieldAt;
  }
  return `${registry.file}:${lineAndColumn(registry.text, offset).line}`;
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
