import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceFolder, writeFolder } from '../../pipeline/lib/folders.ts';
import { PipelineError } from '../../pipeline/lib/messages.ts';
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
    spawnSync('umount', [join(root, 'disk')], { stdio: 'ignore' });
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
      `${target}/: cannot write here (EROFS); nothing was replaced: ` +
        `make the folder and the one it is in writable (chmod u+w), then run make all again`,
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
