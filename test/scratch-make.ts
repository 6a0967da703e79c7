// What the end-to-end tests do in a scratch copy of the project (pipeline/lib/scratch.ts): run make, and
// look at a folder it wrote.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** setpriv's arguments that run a command as user nobody, as a normal user meets permissions (root passes all). */
export const AS_NOBODY = ['--reuid=65534', '--regid=65534', '--clear-groups'];
/** Whether this machine lets the tests run a command as nobody (root, with util-linux's setpriv). */
export const canRunAsNobody = () =>
  process.getuid?.() === 0 && spawnSync('setpriv', [...AS_NOBODY, 'true']).status === 0;

/**
 * `make` with `goals` in `project`, not STRICT unless `env` says so, as user nobody when `asNobody`: its exit
 * status and everything it printed (standard output, then standard error).
 */
export function makeIn(
  project: string,
  goals: string[] = ['all'],
  env: Record<string, string> = {},
  asNobody = false,
): { status: number | null; out: string } {
  const [command, args] = asNobody ? ['setpriv', [...AS_NOBODY, 'make', ...goals]] : ['make', goals];
  const run = spawnSync(command, args, { cwd: project, encoding: 'utf8', env: { ...process.env, STRICT: '', ...env } });
  return { status: run.status, out: run.stdout + run.stderr };
}

/** Every file under a folder, sub-folders included (processed/parquet/), by its path in the folder, sorted. */
export const filesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

/** A folder's every file, path and bytes, as one string to compare: the same string, the same folder. */
export function folderSnapshot(dir: string): string {
  if (!existsSync(dir)) return `${dir} is missing`;
  return filesIn(dir)
    .map((f) => `${f}\n${readFileSync(join(dir, f)).toString('base64')}`)
    .join('\n\u0000\n');
}
