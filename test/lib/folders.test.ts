import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceFolder, writeFolder } from '../../pipeline/lib/folders.ts';
import { message, PipelineError } from '../../pipeline/lib/messages.ts';
import { AS_NOBODY, canRunAsNobody, folderSnapshot } from '../scratch-make.ts';
import { messagesOf } from './errors.ts';

const roots: string[] = [];
const scratch = () => {
  const root = mkdtempSync(join(tmpdir(), 'folders-'));
  roots.push(root);
  const target = join(root, 'processed');
  mkdirSync(target);
  writeFileSync(join(target, 'old.csv'), 'old\n');
  return { root, target };
};
// the pid of a process that has ended: what a killed run leaves in its folder names
const deadPid = () => spawnSync('true').pid!;
afterEach(() => {
  for (const root of roots.splice(0)) {
    for (const mount of ['disk', 'processed']) spawnSync('umount', [join(root, mount)], { stdio: 'ignore' });
    rmSync(root, { recursive: true, force: true });
  }
});

describe('replaceFolder', () => {
  it('swaps the new files in and leaves nothing beside the folder', () => {
    const { root, target } = scratch();
    replaceFolder(
      target,
      new Map([
        ['a.csv', 'a\n'],
        ['sub/b.csv', 'b\n'],
      ]),
    );
    expect(readdirSync(target).sort()).toEqual(['a.csv', 'sub']);
    expect(readFileSync(join(target, 'sub/b.csv'), 'utf8')).toBe('b\n');
    expect(readdirSync(root)).toEqual(['processed']);
  });

  it('removes the temporary folders of killed runs, and puts back a folder a killed run had moved aside', () => {
    const { root, target } = scratch();
    const pid = deadPid();
    mkdirSync(join(root, `processed.tmp-${pid}`));
    writeFileSync(join(root, `processed.tmp-${pid}`, 'half.csv'), 'half\n');
    replaceFolder(target, new Map([['a.csv', 'a\n']]));
    expect(readdirSync(root)).toEqual(['processed']);

    // cut between the two renames of a system without rename-exchange: processed/ is gone, processed.old-<pid> holds it
    execFileSync('mv', [target, join(root, `processed.old-${pid}`)]);
    replaceFolder(target, new Map([['b.csv', 'b\n']]));
    expect(readdirSync(root)).toEqual(['processed']);
    expect(readdirSync(target)).toEqual(['b.csv']);
  });

  it("leaves a live run's temporary folder alone", () => {
    const { root, target } = scratch();
    mkdirSync(join(root, `processed.tmp-${process.ppid}`));
    replaceFolder(target, new Map([['a.csv', 'a\n']]));
    expect(readdirSync(root).sort()).toEqual(['processed', `processed.tmp-${process.ppid}`]);
  });

  const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;
  it.skipIf(!canMount)('names a full disk and an unwritable folder, and leaves the old folder as it was', () => {
    const { root } = scratch();
    const disk = join(root, 'disk');
    mkdirSync(disk);
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', disk]);
    const target = join(disk, 'processed');
    replaceFolder(target, new Map([['old.csv', 'old\n']]));
    expect(messagesOf(() => replaceFolder(target, new Map([['big.csv', 'x'.repeat(200_000)]])))).toEqual([
      `${target}/: the disk is full (ENOSPC); nothing was replaced: free some space, then run make all again`,
    ]);
    expect(readdirSync(disk)).toEqual(['processed']);
    expect(readFileSync(join(target, 'old.csv'), 'utf8')).toBe('old\n');

    execFileSync('mount', ['-o', 'remount,ro', disk]);
    expect(messagesOf(() => replaceFolder(target, new Map([['a.csv', 'a\n']])))).toEqual([
      `${target}/: the folder it is in, ${disk}/, cannot be written (EROFS); nothing was replaced: ` +
        'mount the disk read-write, then run make all again',
    ]);
    expect(readFileSync(join(target, 'old.csv'), 'utf8')).toBe('old\n');
    expect(existsSync(join(disk, `processed.tmp-${process.pid}`))).toBe(false);
  });
});

describe('writeFolder', () => {
  it('writes each file as it is given, text in pieces one after the other, and returns what the filling returns', () => {
    const { root, target } = scratch();
    const pieces = function* () {
      yield 'id,n\n';
      yield 'a,1\n';
      yield 'b,2\n';
    };
    const result = writeFolder(target, (put) => {
      put('t.csv', pieces());
      put('parquet/t.parquet', new Uint8Array([80, 65, 82, 49]));
      return 'sha256:x';
    });
    expect(result).toBe('sha256:x');
    expect(readFileSync(join(target, 't.csv'), 'utf8')).toBe('id,n\na,1\nb,2\n');
    expect([...readFileSync(join(target, 'parquet/t.parquet'))]).toEqual([80, 65, 82, 49]);
    expect(readdirSync(root)).toEqual(['processed']);
  });

  it('leaves the folder as it was when the filling stops half way, and passes its error on', () => {
    const { root, target } = scratch();
    expect(
      messagesOf(() =>
        writeFolder(target, (put) => {
          put('a.csv', 'a\n');
          throw new PipelineError(['claims: row 3 has no claim_id, which is required']);
        }),
      ),
    ).toEqual(['claims: row 3 has no claim_id, which is required']);
    expect(readdirSync(target)).toEqual(['old.csv']);
    expect(readdirSync(root)).toEqual(['processed']);
  });
});

// replaceFolder run by user nobody, in a process of its own: what a normal user meets (root may write anything)
const RUN_AS_NOBODY = `
import { replaceFolder } from ${JSON.stringify(resolve('pipeline/lib/folders.ts'))};
import { PipelineError } from ${JSON.stringify(resolve('pipeline/lib/messages.ts'))};
try {
  replaceFolder(process.argv[1], new Map(Object.entries(JSON.parse(process.argv[2]))));
  console.log('[]');
} catch (error) {
  if (!(error instanceof PipelineError)) throw error;
  console.log(JSON.stringify(error.messages));
}`;
const replaceAsNobody = (target: string, files: Record<string, string>): string[] => {
  const run = spawnSync(
    'setpriv',
    [...AS_NOBODY, resolve('node_modules/.bin/tsx'), '-e', RUN_AS_NOBODY, target, JSON.stringify(files)],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
};
/** A scratch folder owned by nobody: processed/ with old.csv and parquet/old.parquet. */
const nobodysScratch = () => {
  const { root, target } = scratch();
  mkdirSync(join(target, 'parquet'));
  writeFileSync(join(target, 'parquet/old.parquet'), 'PAR1');
  for (const path of [
    root,
    target,
    join(target, 'old.csv'),
    join(target, 'parquet'),
    join(target, 'parquet/old.parquet'),
  ])
    chownSync(path, 65534, 65534);
  return { root, target, before: folderSnapshot(target) };
};

// each case starts node as nobody (about a second, more on a busy machine)
describe.skipIf(!canRunAsNobody())('a folder a normal user cannot write (run as nobody)', { timeout: 60_000 }, () => {
  it('refuses a read-only folder before the swap, names it, and leaves it and its parent as they were', () => {
    const { root, target, before } = nobodysScratch();
    chmodSync(target, 0o555);
    expect(replaceAsNobody(target, { 'a.csv': 'a\n' })).toEqual([
      `${target}/: it cannot be written (EACCES); nothing was replaced: ` +
        `make the folder and everything in it writable (chmod -R u+w ${target}), then run make all again`,
    ]);
    expect(folderSnapshot(target)).toBe(before);
    expect(readdirSync(root)).toEqual(['processed']);
  });

  it('refuses a read-only subfolder or file inside it, naming that one', () => {
    const { root, target, before } = nobodysScratch();
    chmodSync(join(target, 'parquet'), 0o555);
    expect(replaceAsNobody(target, { 'a.csv': 'a\n' })).toEqual([
      message.folderEntryNotWritable(target, `${join(target, 'parquet')}/`, target, 'EACCES'),
    ]);
    chmodSync(join(target, 'parquet'), 0o755);
    chmodSync(join(target, 'old.csv'), 0o444);
    expect(replaceAsNobody(target, { 'a.csv': 'a\n' })).toEqual([
      message.folderEntryNotWritable(target, join(target, 'old.csv'), target, 'EACCES'),
    ]);
    expect(folderSnapshot(target)).toBe(before);
    expect(readdirSync(root)).toEqual(['processed']);
  });

  it('refuses a folder whose parent is read-only, naming the parent', () => {
    const { root, target, before } = nobodysScratch();
    chmodSync(root, 0o555);
    expect(replaceAsNobody(target, { 'a.csv': 'a\n' })).toEqual([
      `${target}/: the folder it is in, ${root}/, cannot be written (EACCES); nothing was replaced: ` +
        `make it writable (chmod u+w ${root}), then run make all again`,
    ]);
    chmodSync(root, 0o755);
    expect(folderSnapshot(target)).toBe(before);
    expect(readdirSync(root)).toEqual(['processed']);
  });

  it('leaves a read-only folder alone when its files stay the same', () => {
    const { target, before } = nobodysScratch();
    chmodSync(target, 0o555);
    expect(replaceAsNobody(target, { 'old.csv': 'old\n', 'parquet/old.parquet': 'PAR1' })).toEqual([]);
    expect(folderSnapshot(target)).toBe(before);
  });

  it("removes a killed run's read-only leftover, and names one it cannot remove", () => {
    const { root, target } = nobodysScratch();
    const pid = deadPid();
    // what the swap of a read-only folder left before this check existed: the old files, read-only
    const stale = join(root, `processed.tmp-${pid}`);
    mkdirSync(join(stale, 'parquet'), { recursive: true });
    writeFileSync(join(stale, 'parquet/old.parquet'), 'PAR1');
    for (const path of [stale, join(stale, 'parquet'), join(stale, 'parquet/old.parquet')])
      chownSync(path, 65534, 65534);
    chmodSync(join(stale, 'parquet'), 0o555);
    chmodSync(stale, 0o555);
    expect(replaceAsNobody(target, { 'a.csv': 'a\n' })).toEqual([]);
    expect(readdirSync(root)).toEqual(['processed']);
    expect(readdirSync(target)).toEqual(['a.csv']);

    // root's leftover: nobody may not change its permissions (EPERM), so it stays, named whole
    mkdirSync(join(stale, 'sub'), { recursive: true });
    writeFileSync(join(stale, 'sub/x'), 'x');
    const after = folderSnapshot(target);
    expect(replaceAsNobody(target, { 'b.csv': 'b\n' })).toEqual([message.leftoverStuck(stale, 'EPERM')]);
    expect(folderSnapshot(target)).toBe(after);
  });
});

describe('a folder that is a link or a mount point', () => {
  it('writes through a link: the folder it leads to is swapped beside it, and the link stays', () => {
    const { root, target } = scratch();
    const data = join(root, 'data');
    mkdirSync(data);
    execFileSync('mv', [target, join(data, 'kept')]);
    symlinkSync(join(data, 'kept'), target);
    replaceFolder(target, new Map([['a.csv', 'a\n']]));
    expect(lstatSync(target).isSymbolicLink()).toBe(true);
    expect(readdirSync(join(data, 'kept'))).toEqual(['a.csv']);
    expect(readdirSync(data)).toEqual(['kept']);
    expect(readdirSync(root).sort()).toEqual(['data', 'processed']);
  });

  it('refuses a link that leads nowhere, and a file', () => {
    const { root, target } = scratch();
    rmSync(target, { recursive: true });
    symlinkSync(join(root, 'gone'), target);
    expect(messagesOf(() => replaceFolder(target, new Map([['a.csv', 'a\n']])))).toEqual([
      `${target}: a link to ${join(root, 'gone')}, which does not exist; nothing was replaced: ` +
        `expected a link to a folder: make it (mkdir -p ${join(root, 'gone')}) or remove the link, ` +
        'then run make all again',
    ]);
    rmSync(target);
    writeFileSync(target, 'a file\n');
    expect(messagesOf(() => replaceFolder(target, new Map([['a.csv', 'a\n']])))).toEqual([
      message.folderNotAFolder(target, target),
    ]);
    expect(readFileSync(target, 'utf8')).toBe('a file\n');
    expect(readdirSync(root)).toEqual(['processed']);
  });

  const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;
  it.skipIf(!canMount)('refuses a mount point, and a link to one, before writing anything', () => {
    const { root, target } = scratch();
    execFileSync('mount', ['--bind', target, target]);
    const before = folderSnapshot(target);
    expect(messagesOf(() => replaceFolder(target, new Map([['a.csv', 'a\n']])))).toEqual([
      `${target}/: a mount point, which a rename cannot swap for the new folder; nothing was replaced: ` +
        'expected a plain folder or a link to one: mount the disk elsewhere and make ' +
        `${target} a link to a folder on it (ln -s /mnt/disk/data ${target}), then run make all again`,
    ]);
    expect(folderSnapshot(target)).toBe(before);
    expect(readdirSync(root)).toEqual(['processed']);

    const link = join(root, 'link');
    symlinkSync(target, link);
    expect(messagesOf(() => replaceFolder(link, new Map([['a.csv', 'a\n']])))).toEqual([
      message.folderMountPoint(link, realpathSync(target)),
    ]);
    expect(folderSnapshot(target)).toBe(before);
    expect(readdirSync(root).sort()).toEqual(['link', 'processed']);
  });
});
