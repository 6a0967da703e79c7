// Replacing a whole output folder (processed/, reports/) so that it holds the old or the new files at every instant.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { message, PipelineError } from './messages.ts';
import { unchanged } from './stale.ts';

/** A file's content: text, bytes, or text in pieces (written one after the other, never joined in memory). */
export type FileContent = string | Uint8Array | Iterable<string>;
export type PutFile = (name: string, content: FileContent) => void;

/**
 * API: replaceFolder(path, files) writes `files` (a Map of path relative to the folder → content) into
 * `<path>.tmp-<pid>` beside it, then swaps the two folders in one rename-exchange and removes the old one.
 * Leftovers of killed runs (`<path>.tmp-<pid>`, `<path>.old-<pid>` whose process is gone) are removed
 * first. A full disk or an unwritable folder throws a PipelineError naming the folder; `path` is untouched.
 * When the new files are exactly the folder's, byte for byte, the folder is left alone, time stamps
 * included (the staleness rule, lib/stale.ts).
 */
export function replaceFolder(path: string, files: Map<string, FileContent>): void {
  writeFolder(path, (put) => {
    for (const [name, content] of files) put(name, content);
  });
}

/**
 * The same, with the files given one at a time to `put` by `fill` (whose result it returns), so that a
 * large output is written as it is made rather than held whole; an error thrown by `fill` leaves `path` untouched.
 */
export function writeFolder<T>(path: string, fill: (put: PutFile) => T): T {
  removeLeftovers(path);
  const fresh = `${path}.tmp-${process.pid}`;
  let result: T;
  try {
    // made on its own first: a recursive mkdir reports a read-only disk as ENOENT
    mkdirSync(fresh);
    result = fill((name, content) => {
      mkdirSync(dirname(join(fresh, name)), { recursive: true });
      writeContent(join(fresh, name), content);
    });
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw asWriteError(path, error);
  }
  if (sameFiles(fresh, path)) {
    rmSync(fresh, { recursive: true, force: true });
    return result;
  }
  faultPoint('before-swap');
  try {
    swap(fresh, path);
  } catch (error) {
    if (existsSync(path)) rmSync(fresh, { recursive: true, force: true });
    throw asWriteError(path, error);
  }
  return result;
}

/** Whether folder `b` holds the same files as `a`, byte for byte. */
function sameFiles(a: string, b: string): boolean {
  if (!existsSync(b)) return false;
  const files = (dir: string) =>
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => !e.isDirectory())
      .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
      .sort();
  const names = files(a);
  const others = files(b);
  if (names.length !== others.length || names.some((name, k) => name !== others[k])) return false;
  return names.every((name) => unchanged(join(b, name), readFileSync(join(a, name))));
}

function writeContent(file: string, content: FileContent): void {
  if (typeof content === 'string' || content instanceof Uint8Array) return writeFileSync(file, content);
  const fd = openSync(file, 'w');
  try {
    for (const piece of content) writeSync(fd, piece);
  } finally {
    closeSync(fd);
  }
}

function swap(fresh: string, path: string): void {
  if (!existsSync(path)) return renameSync(fresh, path);
  if (exchange(fresh, path)) {
    // `fresh` now holds the old folder
    faultPoint('mid-swap');
    return rmSync(fresh, { recursive: true, force: true });
  }
  // no rename-exchange on this system: two renames, and the next run puts the old folder back if killed between
  const old = `${path}.old-${process.pid}`;
  renameSync(path, old);
  faultPoint('mid-swap');
  renameSync(fresh, path);
  rmSync(old, { recursive: true, force: true });
}

// renameat2(RENAME_EXCHANGE) swaps two paths atomically (Linux 3.15+); Node has no binding, Python's ctypes reaches it
const EXCHANGE =
  'import ctypes,sys\nf=ctypes.CDLL(None).renameat2\nsys.exit(0 if f(-100,sys.argv[1].encode(),-100,sys.argv[2].encode(),2)==0 else 3)';

function exchange(a: string, b: string): boolean {
  return spawnSync('python3', ['-c', EXCHANGE, a, b], { stdio: 'ignore' }).status === 0;
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes the temporary and old folders of runs that were killed; restores the old folder if the swap was cut between its renames. */
export function removeLeftovers(path: string): void {
  const parent = dirname(path);
  if (!existsSync(parent)) return;
  const pattern = new RegExp(`^${basename(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);
  for (const name of readdirSync(parent)) {
    const found = pattern.exec(name);
    if (!found || isAlive(Number(found[2]))) continue;
    if (found[1] === 'old' && !existsSync(path)) renameSync(join(parent, name), path);
    else rmSync(join(parent, name), { recursive: true, force: true });
  }
}

const FULL = new Set(['ENOSPC', 'EDQUOT']);
const DENIED = new Set(['EACCES', 'EPERM', 'EROFS']);

/** A full disk or an unwritable folder as a message naming the folder and what to do; other errors unchanged. */
export function asWriteError(folder: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (FULL.has(code)) return new PipelineError([message.diskFull(folder, code)]);
  if (DENIED.has(code)) return new PipelineError([message.notWritable(folder, code)]);
  return error;
}

// PIPELINE_KILL_AT=before-swap|mid-swap kills the run there: the tests' way to cut a swap in half
function faultPoint(name: string): void {
  if (process.env.PIPELINE_KILL_AT === name) process.kill(process.pid, 'SIGKILL');
}
