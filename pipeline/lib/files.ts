import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { message, PipelineError } from './messages.ts';

/** Writes next to the target and renames into place, so a failed run never leaves half a file. */
export function writeFileAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.tmp-${process.pid}`;
  writeFileSync(temporary, content);
  renameSync(temporary, path);
}

export const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

export function writeJsonAtomic(path: string, value: unknown): void {
  writeFileAtomic(path, `${JSON.stringify(value, null, 1)}\n`);
}

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
  return text;
}

function locateBadUtf8(bytes: Uint8Array): { line: number; column: number; byte: number } {
  let line = 1;
  let column = 1;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
    const continuationOk = length > 0 && bytes.subarray(i + 1, i + length).every((b) => (b & 0xc0) === 0x80) && i + length <= bytes.length;
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

/** Modification time in ms, or null when the file does not exist. */
export function modifiedAt(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}

/**
 * Replaces a whole folder at once: the files are written into a sibling folder which then takes the
 * old one's place, so a failed run leaves the previous folder as it was.
 */
export function replaceFolder(path: string, files: Map<string, string | Uint8Array>): void {
  const fresh = `${path}.tmp-${process.pid}`;
  const old = `${path}.old-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  try {
    for (const [name, content] of files) {
      mkdirSync(dirname(join(fresh, name)), { recursive: true });
      writeFileSync(join(fresh, name), content);
    }
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw error;
  }
  const hadOld = existsSync(path);
  if (hadOld) renameSync(path, old);
  renameSync(fresh, path);
  if (hadOld) rmSync(old, { recursive: true, force: true });
}
