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
import { folderTarget, refuseUnwritable, removeOwnFolder } from './folder-checks.ts';
import { printUnder } from './attention.ts';
import { message, PipelineError } from './messages.ts';
import { unchanged } from './stale.ts';

/** A file's content: text, bytes, or text in pieces (written one after the other, never joined in memory). */
export type FileContent = string | Uint8Array | Iterable<string>;
export type PutFile = (name: string, content: FileContent) => void;

/**
 * API: replaceFolder(path, files) writes `files` (a Map of path relative to the folder → content) into
 * `<path>.tmp-<pid>` beside it, then swaps the two folders in one rename-exchange and removes the old one.
 * Leftovers of killed runs (`<path>.tmp-<pid>`, `<path>.old-<pid>` whose process is gone) are removed
 * first. A full disk, or a folder this user cannot write (its parent, itself, or anything in it), throws a
 * PipelineError naming the folder; `path` is untouched. A link is written through: the swap happens beside
 * the folder it leads to, and the link stays. A mount point, which no rename can move, is refused.
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
  let real: string;
  try {
    real = folderTarget(path);
    removeLeftovers(real);
    refuseUnwritable(path, real, false);
  } catch (error) {
    throw asWriteError(path, error);
  }
  const fresh = `${real}.tmp-${process.pid}`;
  let result: T;
  try {
    // made on its own first: a recursive mkdir reports a read-only disk as ENOENT
    mkdirSync(fresh);
    result = fill((name, content) => {
      mkdirSync(dirname(join(fresh, name)), { recursive: true });
      writeContent(join(fresh, name), content);
    });
    if (sameFiles(fresh, real)) {
      rmSync(fresh, { recursive: true, force: true });
      return result;
    }
    // checked only now: a folder whose files stay the same is left alone even when it is read-only
    refuseUnwritable(path, real, true);
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    throw asWriteError(path, error);
  }
  faultPoint('before-swap');
  swap(fresh, real, path);
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

function swap(fresh: string, real: string, path: string): void {
  let old = fresh;
  try {
    if (!existsSync(real)) return renameSync(fresh, real);
    // with rename-exchange, `fresh` now holds the old folder
    if (!exchange(fresh, real)) {
      // no rename-exchange on this system: two renames, and the next run puts the old folder back if killed between
      old = `${real}.old-${process.pid}`;
      renameSync(real, old);
      faultPoint('mid-swap');
      renameSync(fresh, real);
    } else faultPoint('mid-swap');
  } catch (error) {
    if (existsSync(real)) rmSync(fresh, { recursive: true, force: true });
    throw asWriteError(path, error);
  }
  try {
    removeOwnFolder(old);
  } catch (error) {
    // the new folder is in place: the old copy left beside it (made unwritable since the check) is only named
    if (!(error instanceof PipelineError)) throw error;
    printUnder(error.messages.map(message.warning));
  }
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
    else removeOwnFolder(join(parent, name));
  }
}

const FULL = new Set(['ENOSPC', 'EDQUOT']);
const DENIED = new Set(['EACCES', 'EPERM', 'EROFS']);

/** A full disk or an unwritable folder as a message naming the folder and what to do; other errors unchanged. */
export function asWriteError(folder: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (FULL.has(code)) return new PipelineError([message.diskFull(folder, code)]);
  if (DENIED.has(code)) return new PipelineError([message.notWritable(folder, code)]);
  // a mount point found by no check (a kernel that lists none): rename refuses to move it
  if (code === 'EBUSY') return new PipelineError([message.folderMountPoint(folder, folder)]);
  return error;
}

// PIPELINE_KILL_AT=before-swap|mid-swap kills the run there: the tests' way to cut a swap in half
function faultPoint(name: string): void {
  if (process.env.PIPELINE_KILL_AT === name) process.kill(process.pid, 'SIGKILL');
}
