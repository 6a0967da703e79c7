// The docs' promise to a user: add a source to raw/ as README.md says (the file, its entry with its
// sha256), run make all, and `make test` stays green. Done in a copy of the project: the whole suite runs
// there once more, this file excepted (it would start itself again).
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addScratchSource } from '../pipeline/lib/scratch.ts';

const INSIDE = 'PIPELINE_USER_SOURCE_COPY';
let project = '';
afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

// a news report of our own: the 2021 shares as the results give them, and a regional turnout no seed
// source states
const REPORT = [
  'Steppe Courier, 12 January 2021',
  '',
  'Nur Otan keeps its majority in the Mazhilis',
  '',
  "Nur Otan won 71.09% of the vote in Sunday's election, the Central Election Commission said. Ak Zhol received 10.95% and the People's Party of Kazakhstan 9.10%.",
  'Auyl (5.29%) and Adal (3.57%) fell short of the 7% threshold.',
  'In the Kyzylorda Region turnout reached 81.4%, the commission added.',
  '',
].join('\n');

describe.skipIf(process.env[INSIDE])('a source a user adds, as the docs say', () => {
  it('leaves make test green', { timeout: 1_200_000 }, () => {
    project = mkdtempSync(join(tmpdir(), 'user-source-'));
    // the tests that run as user nobody reach node_modules through this folder
    chmodSync(project, 0o755);
    // the project's files as git would give them to a fresh clone: tracked and new, never ignored ones
    const listed = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
      encoding: 'utf8',
    });
    expect(listed.status, listed.stderr).toBe(0);
    for (const file of listed.stdout.split('\0').filter((f) => f !== '' && f !== 'node_modules')) {
      mkdirSync(join(project, dirname(file)), { recursive: true });
      cpSync(file, join(project, file), { preserveTimestamps: true });
    }
    symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
    writeFileSync(join(project, '.npm-installed'), '');

    addScratchSource(project, '005_steppe_courier.txt', REPORT, {
      kind: 'news',
      title: 'Nur Otan keeps its majority in the Mazhilis',
      publisher: 'Steppe Courier',
      published: '2021-01-12',
    });
    const env = { ...process.env, STRICT: '', VERBOSE: '', [INSIDE]: '1' };
    const all = spawnSync('make', ['all'], { cwd: project, encoding: 'utf8', env });
    expect(all.status, all.stderr).toBe(0);
    expect(all.stderr).toMatch(/^ingest {4}6 of 6 sources re-read/m);
    const test = spawnSync('make', ['test'], { cwd: project, encoding: 'utf8', env, maxBuffer: 64 << 20 });
    const failed = (test.stdout + test.stderr).split('\n').filter((line) => /FAIL|×/.test(line));
    expect(failed, test.stdout.slice(-4000) + test.stderr.slice(-4000)).toEqual([]);
    expect(test.status).toBe(0);
  });
});
