// The git plumbing: which commit a revision names, and the files of processed/ at that commit.
// git runs without a shell (execFile), and every revision a user names comes after --end-of-options.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { diffMessage } from '../lib/messages-diff.ts';
import { PipelineError } from '../lib/messages.ts';
import type { ReadFile } from './side.ts';

const run = promisify(execFile);
/** git with `args`, no shell: its exit status and standard output. */
const git = (...args: string[]) =>
  run('git', args, { encoding: 'utf8' }).then(
    ({ stdout }) => ({ exitCode: 0, stdout }),
    (error: { code?: unknown; stdout?: string }) => ({
      exitCode: typeof error.code === 'number' ? error.code : -1,
      stdout: error.stdout ?? '',
    }),
  );

export interface Revision {
  /** FROM or TO: the make variable that named it. */
  option: string;
  name: string;
}

/** The commit each revision names, checked together so that every unknown one is reported at once. */
export async function resolveRevisions(revisions: Revision[]): Promise<string[]> {
  if ((await git('rev-parse', '--show-toplevel')).exitCode !== 0)
    throw new PipelineError([diffMessage.notGitRepository(process.cwd())]);
  const commits = await Promise.all(
    revisions.map(async ({ name }) => {
      const found = await git('rev-parse', '--verify', '--quiet', '--end-of-options', `${name}^{commit}`);
      return found.exitCode === 0 ? found.stdout.trim() : null;
    }),
  );
  const unknown = revisions.filter((_, i) => commits[i] === null);
  if (unknown.length > 0) throw new PipelineError(unknown.map((r) => diffMessage.unknownRevision(r.option, r.name)));
  return commits as string[];
}

/** Reads `folder/path` as committed: `git show <commit>:<folder>/<path>`, the folder relative to where make runs. */
export function readAtCommit(commit: string, folder: string): ReadFile {
  return async (path) => {
    // read as bytes and decoded once: zx decodes each pipe chunk alone, and a chunk can end inside a character
    const shown = await new Promise<Buffer | null>((done) => {
      execFile(
        'git',
        ['show', '--end-of-options', `${commit}:./${folder}/${path}`],
        { encoding: 'buffer', maxBuffer: 2 ** 31 - 1 },
        (error, stdout) => done(error ? null : stdout),
      );
    });
    return shown === null ? null : shown.toString('utf8');
  };
}

export function readWorkingTree(folder: string): ReadFile {
  return async (path) => {
    try {
      return await readFile(join(folder, path), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  };
}
