// What replacing a whole folder needs before it starts (lib/folders.ts): the real folder behind a link, one
// that a rename can move (not a mount point), and a folder the user can write, everything in it included.
import {
  accessSync,
  chmodSync,
  constants,
  existsSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { message, PipelineError } from './messages.ts';

const DENIED = new Set(['EACCES', 'EPERM', 'EROFS']);
const codeOf = (error: unknown) => (error as NodeJS.ErrnoException).code ?? '';

/**
 * The folder the files of `path` go to: `path` itself, or the folder a link at `path` leads to (so that the
 * link keeps pointing at the new files). Refuses a link that leads nowhere, a file and a mount point.
 */
export function folderTarget(path: string): string {
  const entry = lstatOrNull(path);
  if (!entry) return path;
  let target = path;
  if (entry.isSymbolicLink()) {
    if (!existsSync(path))
      throw new PipelineError([message.folderLinkDangling(path, resolve(dirname(path), readlinkSync(path)))]);
    target = realpathSync(path);
  }
  if (!statSync(target).isDirectory()) throw new PipelineError([message.folderNotAFolder(path, target)]);
  if (isMountPoint(target)) throw new PipelineError([message.folderMountPoint(path, target)]);
  return target;
}

const lstatOrNull = (path: string) => {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
};

/**
 * A mount point, which no rename moves (EBUSY): on another device than its parent, or in the kernel's list
 * (a bind mount keeps the device).
 */
function isMountPoint(folder: string): boolean {
  const real = realpathSync(folder);
  if (real === dirname(real) || statSync(real).dev !== statSync(dirname(real)).dev) return true;
  return mountPoints().has(real);
}

function mountPoints(): Set<string> {
  if (!existsSync('/proc/self/mountinfo')) return new Set();
  // the fifth field of each line, with spaces and other bytes written as \040 octal escapes
  return new Set(
    readFileSync('/proc/self/mountinfo', 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) =>
        line.split(' ')[4]!.replace(/\\([0-7]{3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8))),
      ),
  );
}

/**
 * Refuses, naming `folder` as the user wrote it, when `real`'s parent, `real` itself or anything in it cannot
 * be written by this user: the swap needs to write the parent, and to remove the old folder afterwards.
 * Files read-only on purpose count too: a folder made read-only is not replaced behind the user's back.
 */
export function refuseUnwritable(folder: string, real: string, inside: boolean): void {
  const parent = dirname(real);
  const denied = deniedCode(parent, constants.W_OK | constants.X_OK);
  if (denied) throw new PipelineError([message.folderParentNotWritable(folder, resolve(parent), denied)]);
  if (!inside || !existsSync(real)) return;
  for (const entry of [real, ...readdirSync(real, { recursive: true }).map((name) => join(real, String(name)))]) {
    const directory = lstatSync(entry).isDirectory();
    const code = deniedCode(entry, constants.W_OK | (directory ? constants.X_OK : 0));
    if (code)
      throw new PipelineError([message.folderEntryNotWritable(folder, directory ? `${entry}/` : entry, real, code)]);
  }
}

function deniedCode(path: string, mode: number): string | null {
  try {
    accessSync(path, mode);
    return null;
  } catch (error) {
    if (DENIED.has(codeOf(error))) return codeOf(error);
    throw error;
  }
}

/**
 * Removes a folder this pipeline made (a temporary copy, an old folder set aside), making its folders
 * writable first when that is what stops it; when even that fails (another user's files), says so.
 */
export function removeOwnFolder(folder: string): void {
  try {
    return rmSync(folder, { recursive: true, force: true });
  } catch (error) {
    if (!DENIED.has(codeOf(error))) throw error;
  }
  try {
    makeWritable(folder);
    rmSync(folder, { recursive: true, force: true });
  } catch (error) {
    if (!DENIED.has(codeOf(error))) throw error;
    throw new PipelineError([message.leftoverStuck(folder, codeOf(error))]);
  }
}

function makeWritable(folder: string): void {
  chmodSync(folder, statSync(folder).mode | 0o700);
  for (const entry of readdirSync(folder, { withFileTypes: true }))
    if (entry.isDirectory()) makeWritable(join(folder, entry.name));
}
