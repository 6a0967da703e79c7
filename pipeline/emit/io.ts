// The emit stage's files: the manifest and the raw files' sizes, the alias table in; processed/ out.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { trackerFor } from '../lib/attention.ts';
import { readJson } from '../lib/files.ts';
import { writeFolder } from '../lib/folders.ts';
import { readManifest } from '../lib/manifest.ts';
import { message } from '../lib/messages.ts';
import type { AliasRow } from '../names/aliases.ts';
import { emitTo, type EmitInput } from './emit.ts';

/** The sources of raw/sources.json with their files' sizes, and normalise's alias table. */
export function readEmitFiles({
  raw,
  aliases,
}: {
  raw: string;
  aliases: string;
}): Pick<EmitInput, 'sources' | 'aliases'> {
  return {
    sources: readManifest(join(raw, 'sources.json')).map((s) => ({ ...s, bytes: statSync(join(raw, s.file)).size })),
    aliases: readJson<{ aliases: AliasRow[] }>(aliases).aliases,
  };
}

/** Emits, replaces the folder `out` as a whole (each file written as it is made), and returns the stage's one-line summary. */
export function writeProcessed(out: string, input: EmitInput): string {
  const { descriptor, rows } = writeFolder(out, (put) => emitTo(put, input, trackerFor('emit')));
  const tables = (descriptor.resources as unknown[]).length;
  return message.emitted(input.reconciled.facts.length, tables, rows, out, String(descriptor.version));
}
