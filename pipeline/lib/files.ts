import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { asWriteError } from './folders.ts';
import { message, PipelineError } from './messages.ts';
import { unchanged } from './stale.ts';

/**
 * Writes next to the target and renames into place, so a failed run never leaves half a file; a file
 * that already holds these bytes is left alone, time stamp included (the staleness rule, lib/stale.ts).
 * Returns whether the file was written.
 */
export function writeFileAtomic(path: string, content: string): boolean {
  // encoded once, for the comparison and the write (a 9 MB claims file took 0.3 s each time)
  const bytes = Buffer.from(content);
  if (unchanged(path, bytes)) return false;
  const temporary = `${path}.tmp-${process.pid}`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(temporary, bytes);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw asWriteError(dirname(path), error);
  }
  return true;
}

// the bytes decoded apart: node 20's readFileSync(path, 'utf8') takes about twice as long on a large file
// with non-ASCII text (an 18 MB ingest output: 260 ms against 150 ms), the same string
export const readJson = <T>(path: string) => JSON.parse(readFileSync(path).toString('utf8')) as T;

export function writeJsonAtomic(path: string, value: unknown): boolean {
  return writeFileAtomic(path, `${JSON.stringify(value, null, 1)}\n`);
}

/** The same, but a file that already holds the value is left alone: its time stays, so what reads it is not stale. */
export function writeJsonIfChanged(path: string, value: unknown): void {
  const text = `${JSON.stringify(value, null, 1)}\n`;
  if (!existsSync(path) || readFileSync(path, 'utf8') !== text) writeFileAtomic(path, text);
}

/** A C0 control character but tab and line ends, or DEL: no part of a text. */
export const CONTROL_CHARACTER = /[\u0000-\u0008\u000B-\u001F\u007F]/;
/** Bidirectional embeddings, overrides, isolates and marks: U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C. */
export const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Decodes a source file as UTF-8 text with LF line ends: a byte-order mark is dropped and CRLF or CR
 * line ends become LF (the line numbers stay those an editor shows). Bytes that are not UTF-8, and an
 * empty file, stop the run with the file and line named.
 */
export function decodeSourceText(file: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new PipelineError([message.fileEmpty(file)]);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const { line, column, byte } = locateBadUtf8(bytes);
    throw new PipelineError([message.notUtf8(file, line, column, byte)]);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (text.trim() === '') throw new PipelineError([message.fileEmpty(file)]);
  // a NUL or other control character is no part of a text: it would reach the CSV files and the reports
  const control = CONTROL_CHARACTER.exec(text);
  if (control) {
    const { line, column } = lineAndColumn(text, control.index);
    throw new PipelineError([message.controlCharacter(file, line, column, control[0].charCodeAt(0))]);
  }
  // an override, embedding or isolate shows characters in another order than they are read (an excerpt
  // displays 63.3% where the text says %3.36); a mark alone moves a minus sign (RLM -5 shows as 5-), and no
  // source in a left-to-right script needs one
  const bidi = BIDI_CONTROL.exec(text);
  if (bidi) {
    const { line, column } = lineAndColumn(text, bidi.index);
    throw new PipelineError([message.bidiCharacter(file, line, column, bidi[0].charCodeAt(0))]);
  }
  return text;
}

function locateBadUtf8(bytes: Uint8Array): { line: number; column: number; byte: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i]!;
    const length =
      lead < 0x80
        ? 1
        : lead >= 0xc2 && lead < 0xe0
          ? 2
          : lead >= 0xe0 && lead < 0xf0
            ? 3
            : lead >= 0xf0 && lead < 0xf5
              ? 4
              : 0;
    const continuationOk =
      length > 0 && bytes.subarray(i + 1, i + length).every((b) => (b & 0xc0) === 0x80) && i + length <= bytes.length;
    if (!continuationOk) return { line, column, byte: lead };
    if (lead === 0x0a) {
      line++;
      column = 1;
    } else {
      column++;
    }
    i += length;
  }
  // the decoder also rejects overlong and surrogate forms, which this scan lets through: point at the start
  return { line: 1, column: 1, byte: bytes[0] ?? 0 };
}

/** 1-based line and column of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: offset - lastBreak };
}

/** Where and why JSON.parse refused `text`: its line and column, and V8's reason without its position. */
export function jsonProblem(text: string, error: Error): { line: number; column: number; detail: string } {
  const { line, column } = lineAndColumn(text, jsonErrorOffset(text, error.message));
  const detail = error.message.replace(
    /(?: in JSON)? at position \d+$|, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s,
    '',
  );
  return { line, column, detail };
}

/** Where JSON.parse stopped in `text`, as a character offset. */
export function jsonErrorOffset(text: string, detail: string): number {
  const at = /at position (\d+)/.exec(detail);
  if (at) return Number(at[1]);
  // V8 gives no position for an unexpected token: the shortest prefix failing before its end ends with it
  let low = 0;
  let high = text.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (failsBeforeEnd(text.slice(0, middle + 1))) high = middle;
    else low = middle + 1;
  }
  return low;
}

function failsBeforeEnd(prefix: string): boolean {
  try {
    JSON.parse(prefix);
    return false;
  } catch (error) {
    const at = /at position (\d+)/.exec((error as Error).message);
    return at ? Number(at[1]) < prefix.length : !/Unexpected end/.test((error as Error).message);
  }
}

/** Modification time in ms, or null when the file does not exist. */
export function modifiedAt(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

export { replaceFolder } from './folders.ts';
