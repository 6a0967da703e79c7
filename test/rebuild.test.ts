// End to end: what `make all` reruns after each kind of change, in a scratch copy of the project, and
// what it prints (one line a stage, short lists, VERBOSE=1 for the detail).
import { spawnSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIn } from './scratch-make.ts';
import { seedManifest, seedProject } from './seed-corpus.ts';

let project = '';
const make = (env: Record<string, string> = {}) => makeIn(project, ['all'], env);
/** The stages a run printed its line for (its last, ending in the time taken), in the order they printed. */
const stagesRan = (out: string) =>
  [...out.matchAll(/^(bundle|ingest|normalise|extract|reconcile|analyse|emit|report) +\S.* \d+ ms$/gm)].map(
    (m) => m[1],
  );
// file times advance in clock ticks of a few ms: a change made in the tick make's last stamp was written
// in would look no newer than it (a person's edit never is), so each change waits for the next tick
const nextTick = () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
const touch = (path: string) => {
  nextTick();
  const now = new Date();
  utimesSync(join(project, path), now, now);
};
const sources = seedManifest();

let first = '';
beforeAll(() => {
  project = seedProject('rebuild-');
  const run = make();
  if (run.status !== 0) throw new Error(run.out);
  first = run.out;
}, 120_000);
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('make all reruns only what changed', { timeout: 120_000 }, () => {
  it('runs nothing when nothing changed', () => {
    const { status, out } = make();
    expect(status, out).toBe(0);
    expect(stagesRan(out)).toEqual([]);
  });

  it('reruns nothing after ingest when a raw file is touched without a change', () => {
    touch(`raw/${sources[0]!.file}`);
    const { status, out } = make();
    expect(status, out).toBe(0);
    expect(stagesRan(out)).toEqual(['ingest']);
    expect(out).toMatch(
      new RegExp(`^ingest {4}0 of ${sources.length} sources re-read, 0 lines → 0 blocks in build/ingest/`, 'm'),
    );
    expect(stagesRan(make().out)).toEqual([]);
  });

  it('bundles nothing when registry files and libraries are touched without a change: their content decides', () => {
    for (const file of [
      'pipeline/registry/parties.json',
      'pipeline/registry/decisions.json',
      'pipeline/lib/numbers.ts',
    ])
      touch(file);
    const { status, out } = make();
    expect(status, out).toBe(0);
    expect(stagesRan(out)).toEqual(['bundle', 'bundle']);
    expect(out).toMatch(
      /^bundle {4}ingest, normalise, extract, publish → build\/bin\/ \(esbuild\), every file they are made of unchanged, nothing bundled {2}\d+ ms$/m,
    );
  });

  it('reruns only what reads a registry file that changed: decisions.json is read by reconcile alone, no bundle', () => {
    // the registry is data the stages read when they run: no bundle is made of it
    for (const stage of ['normalise', 'publish'])
      expect(readFileSync(join(project, `build/deps/${stage}.d`), 'utf8')).not.toMatch(/pipeline\/registry\/\w+\.json/);
    const file = join(project, 'pipeline/registry/decisions.json');
    const registry = JSON.parse(readFileSync(file, 'utf8'));
    registry.decisions[0].reason += ' Checked again.';
    nextTick();
    writeFileSync(file, `${JSON.stringify(registry, null, 2)}\n`);
    const { status, out } = make();
    expect(status, out).toBe(0);
    expect(stagesRan(out)).toEqual(['reconcile', 'analyse', 'emit', 'report']);
  });

  it('rebuilds only the reports when a report page is edited', () => {
    nextTick();
    appendFileSync(join(project, 'pipeline/report/pages/results.md'), '\nA paragraph added by the test.\n');
    const { status, out } = make();
    expect(status, out).toBe(0);
    expect(stagesRan(out)).toEqual(['report']);
    expect(readFileSync(join(project, 'reports/results.html'), 'utf8')).toContain('A paragraph added by the test.');
  });

  it('reruns only the name check with STRICT=1 on an up-to-date tree', () => {
    const { status, out } = make({ STRICT: '1' });
    expect(status, out).toBe(0);
    expect(stagesRan(out)).toEqual(['normalise']);
  });
});

describe('what make all prints', { timeout: 120_000 }, () => {
  it('one line a stage, and the open conflicts as a short list naming where the rest are', () => {
    expect(stagesRan(first).sort()).toEqual(
      ['bundle', 'bundle', 'ingest', 'normalise', 'extract', 'reconcile', 'analyse', 'emit', 'report'].sort(),
    );
    // the first three open conflicts, then one line with the count and where they all are
    const open = first.split('\n').filter((line) => line.startsWith('  open: '));
    expect(open).toHaveLength(3);
    expect(first).toContain(
      '  … 9 more: all 12 open conflicts in build/reconcile/conflicts.json and on reports/sources.html#conflicts (VERBOSE=1 prints every one here)\n',
    );
    expect(first).not.toMatch(/^ {2}wiki-2021-older: /m);
  });

  it('VERBOSE=1 prints every open conflict and a line for each source extract reads', () => {
    expect(spawnSync('make', ['clean'], { cwd: project }).status).toBe(0);
    const { status, out } = make({ VERBOSE: '1' });
    expect(status, out).toBe(0);
    const open = [...out.matchAll(/^ {2}open: (wiki-2021-(?:older|newer)):(\d+) /gm)].map((m) => `${m[1]}:${m[2]}`);
    expect(open.sort()).toEqual([
      'wiki-2021-newer:105',
      'wiki-2021-newer:256',
      'wiki-2021-newer:257',
      'wiki-2021-newer:258',
      'wiki-2021-newer:259',
      'wiki-2021-newer:289',
      'wiki-2021-older:147',
      'wiki-2021-older:148',
      'wiki-2021-older:149',
      'wiki-2021-older:150',
      'wiki-2021-older:187',
      'wiki-2021-older:43',
    ]);
    expect(out).toContain("  open: wiki-2021-older:187 The older revision prints Adal's share in Almaty as 5.21%");
    expect(out).not.toContain('more: all');
    // the older revision's 7 opinion polls (its 2016 and 2021 result rows are no polls) and 3 exit polls
    expect(out).toMatch(
      /^ {2}wiki-2021-older: [\d,]+ figures read, [\d,]+ linked, [\d,]+ unlinked \(linked: false in build\/claims\/wiki-2021-older.json\), 10 polls$/m,
    );
    for (const s of sources) expect(out).toMatch(new RegExp(`^ {2}${s.source_id}: [\\d,]+ figures? read, `, 'm'));
  });
});
