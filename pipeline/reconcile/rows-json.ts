// build/reconcile/claims.json runs to 150 MB at a thousand sources: written row by row, never as one
// string (which, with its UTF-8 copy, would hold twice the file in memory), in the very bytes
// writeJsonAtomic writes for `{ [name]: rows }`.
import { closeSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

const CHUNK = 1 << 20;

/** Writes `{ "<name>": [rows] }` as JSON.stringify(…, null, 1) plus a newline would, next door and renamed into place. */
export function writeRowsJsonAtomic(path: string, name: string, rows: unknown[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  const file = openSync(temporary, 'w');
  try {
    let text = rows.length === 0 ? `{\n ${JSON.stringify(name)}: []\n}\n` : `{\n ${JSON.stringify(name)}: [\n`;
    rows.forEach((row, i) => {
      // a row nests two levels deep: every line of it moves two spaces in
      text += `  ${JSON.stringify(row, null, 1).replaceAll('\n', '\n  ')}${i < rows.length - 1 ? ',' : ''}\n`;
      if (text.length >= CHUNK) {
        writeSync(file, text);
        text = '';
      }
    });
    writeSync(file, rows.length === 0 ? text : `${text} ]\n}\n`);
  } finally {
    closeSync(file);
  }
  renameSync(temporary, path);
}
