// build/reconcile/claims.json runs to 150 MB at a thousand sources: written row by row, never as one
// string (which, with its UTF-8 copy, would hold twice the file in memory), in the very bytes
// writeJsonAtomic writes for `{ [name]: rows }`.
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { asWriteError } from '../lib/folders.ts';

// rows stringified a few hundred at a time: one call per row costs more than the writing
const BATCH = 250;

/**
 * Writes `{ "<name>": [rows] }` as JSON.stringify(…, null, 1) plus a newline would, next door and renamed
 * into place; as writeFileAtomic, a failed write leaves no half file and names the folder.
 */
export function writeRowsJsonAtomic(path: string, name: string, rows: unknown[]): void {
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const file = openSync(temporary, 'w');
    try {
      writeSync(file, `{\n ${JSON.stringify(name)}: [${rows.length === 0 ? ']\n}\n' : '\n'}`);
      for (let i = 0; i < rows.length; i += BATCH) {
        // `[\n {…},\n {…}\n]` at one level deep: unwrapped, every line moves one more space in
        const batch = JSON.stringify(rows.slice(i, i + BATCH), null, 1)
          .slice(2, -2)
          .replaceAll('\n', '\n ');
        writeSync(file, ` ${batch}${i + BATCH < rows.length ? ',' : ''}\n`);
      }
      if (rows.length > 0) writeSync(file, ' ]\n}\n');
    } finally {
      closeSync(file);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw asWriteError(dirname(path), error);
  }
}
